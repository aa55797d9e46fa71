"use client";
// The class dashboard: who has done what, how each question performed (facility,
// discrimination, the wrong options chosen), the facts the class finds hardest, progress over
// the weeks, and the results as CSV.
import { MasteryChart, ScoresChart } from "~/components/charts/progress-charts";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import type { ClassDashboard } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { percent, plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { Section } from "~/components/ui/section";
import { ShareBar } from "~/components/ui/share-bar";
import { Skeleton } from "~/components/ui/skeleton";
import { Ago, DateTime, viewerUtcOffset } from "~/components/ui/time";
import { useHydrated } from "~/hooks/use-hydrated";
import { apiProblem } from "~/lib/api-error";
import { downloadText } from "~/lib/download";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";
import { QueryError } from "~/components/ui/query-state";

type StudentRow = ClassDashboard["students"][number];
type ItemAnalysis = NonNullable<ClassDashboard["itemAnalysis"]>;

export function ClassDashboardView({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const assignmentId = params.get("assignment") || undefined;
  const dashboard = useQuery({
    ...trpc.dashboard.class.queryOptions({ classId, ...(assignmentId ? { assignmentId } : {}) }),
    placeholderData: keepPreviousData,
  });

  const chooseAssignment = (id: string) => {
    const next = new URLSearchParams(params);
    if (id) next.set("assignment", id);
    else next.delete("assignment");
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };

  if (!dashboard.data) {
    if (dashboard.isError) {
      const problem = apiProblem(dashboard.error, "the dashboard could not be loaded");
      return (
        <div className="space-y-3">
          <PageHeader
            crumbs={[{ href: "/teacher", label: "Classes" }, { label: "Dashboard" }]}
            title="Class dashboard"
          />
          {assignmentId ? (
            <Notice tone="error">
              {problem.code === "NOT_FOUND"
                ? "That assignment is not in this class any more (it may have been archived)."
                : problem.message}{" "}
              <button type="button" className="underline" onClick={() => chooseAssignment("")}>
                Show the latest assignment instead
              </button>
            </Notice>
          ) : (
            <QueryError
              title={problem.message ?? ""}
              error={dashboard.error}
              onRetry={dashboard.refetch}
            />
          )}
        </div>
      );
    }
    return <DashboardSkeleton />;
  }

  const d = dashboard.data;
  return (
    <div>
      <PageHeader
        crumbs={[
          { href: "/teacher", label: "Classes" },
          { href: `/teacher/classes/${classId}`, label: d.class.name },
          { label: "Dashboard" },
        ]}
        title={`${d.class.name}: dashboard`}
        actions={<ExportButton classId={classId} />}
      />
      <Summary d={d} />
      <StudentsTable classId={classId} d={d} />
      <ItemAnalysisSection
        d={d}
        chosen={assignmentId ?? d.itemAnalysis?.assignmentId ?? ""}
        onChoose={chooseAssignment}
        updating={dashboard.isFetching && dashboard.isPlaceholderData}
      />
      <WeakestFacts d={d} />
      <ClassProgress classId={classId} />
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">Loading the dashboard…</span>
      <Skeleton className="h-8 w-72 max-w-full" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}

function ExportButton({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        className={buttonClass("primary")}
        disabled={state.busy}
        aria-busy={state.busy}
        onClick={async () => {
          setState({ busy: true, error: null });
          try {
            // Always fresh: the file is the record a teacher keeps.
            const file = await queryClient.fetchQuery({
              ...trpc.dashboard.exportCsv.queryOptions({ classId }),
              staleTime: 0,
            });
            downloadText(file.filename, file.csv);
            setState({ busy: false, error: null });
          } catch (e) {
            setState({
              busy: false,
              error: apiProblem(e, "the results could not be exported").message,
            });
          }
        }}
      >
        {state.busy ? "Preparing…" : "Download results (CSV)"}
      </button>
      {state.error && (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
    </div>
  );
}

function Summary({ d }: { d: ClassDashboard }) {
  const assigned = d.students.reduce((s, x) => s + x.assigned, 0);
  const completed = d.students.reduce((s, x) => s + x.completed, 0);
  const scored = d.students.filter((s) => s.averageScore !== null);
  const average = scored.length
    ? scored.reduce((s, x) => s + x.averageScore!, 0) / scored.length
    : null;
  const cards = [
    { label: "Students", value: String(d.students.length) },
    {
      label: "Assignments open so far",
      value: String(d.assignments.filter((a) => a.opensAt <= new Date()).length),
    },
    { label: "Completion", value: assigned ? percent(completed / assigned) : "—" },
    { label: "Class average", value: percent(average) },
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {cards.map((c) => (
        <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">{c.label}</dt>
          <dd className="text-2xl font-bold">{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}

type SortKey = "name" | "completed" | "averageScore" | "lastActive";

function sortStudents(rows: StudentRow[], key: SortKey, ascending: boolean): StudentRow[] {
  const value = (s: StudentRow): string | number =>
    key === "name"
      ? s.name.toLowerCase()
      : key === "completed"
        ? s.assigned
          ? s.completed / s.assigned
          : 0
        : key === "averageScore"
          ? (s.averageScore ?? -1)
          : (s.lastActive?.getTime() ?? 0);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return ascending ? order : -order;
  });
}

function StudentsTable({ classId, d }: { classId: string; d: ClassDashboard }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: "name",
    ascending: true,
  });
  const rows = sortStudents(d.students, sort.key, sort.ascending);
  const header = (key: SortKey, label: string, className = "") => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={`${th} ${className}`}
        aria-sort={active ? (sort.ascending ? "ascending" : "descending") : undefined}
      >
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded font-semibold hover:underline"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : key === "name" })}
        >
          {label}
          <span aria-hidden="true" className="text-slate-700">
            {active ? (sort.ascending ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <Section
      id="students-heading"
      title="Students"
      description="Completion counts assignments that have opened; the average is each student’s best score per assignment."
    >
      {d.students.length === 0 ? (
        <EmptyState
          title="No students in this class yet"
          action={
            <Link href={`/teacher/classes/${classId}`} className={buttonClass("primary")}>
              Add students
            </Link>
          }
        >
          <p>Results appear here as soon as students join and submit their first assignment.</p>
        </EmptyState>
      ) : (
        <ScrollTable label="Students’ completion and scores">
          <table className="w-full text-left sm:min-w-[36rem]">
            <caption className="sr-only">
              Completion, average score and last activity per student. Column headers sort the
              table.
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                {header("name", "Student")}
                {header("completed", "Completed")}
                {header("averageScore", "Average score")}
                {header("lastActive", "Last active", "hidden sm:table-cell")}
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-b border-slate-100">
                  <th scope="row" className={`${td} font-medium`}>
                    <Link
                      href={`/teacher/classes/${classId}/students/${s.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {s.name}
                    </Link>
                    {s.username && (
                      <span className="block font-mono text-xs font-normal text-slate-700">
                        {s.username}
                      </span>
                    )}
                    {/* On a phone the last column folds in here. */}
                    <span className="block text-xs font-normal text-slate-700 sm:hidden">
                      {s.lastActive ? (
                        <>
                          Active <Ago value={s.lastActive} />
                        </>
                      ) : (
                        "Not active yet"
                      )}
                    </span>
                  </th>
                  <td className={td}>
                    <ShareBar
                      value={s.assigned ? s.completed / s.assigned : 0}
                      label={`${s.completed} of ${s.assigned}`}
                      inTable
                    />
                  </td>
                  <td className={td}>
                    {s.averageScore === null ? (
                      <span className="text-slate-700">No results yet</span>
                    ) : (
                      <>
                        {percent(s.averageScore)}{" "}
                        {s.averageScore < 0.5 && <Badge tone="warning">Needs support</Badge>}
                      </>
                    )}
                  </td>
                  <td className={`${td} hidden sm:table-cell`}>
                    <Ago value={s.lastActive} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Section>
  );
}

/** Fewer first attempts than this, and a correlation says more about chance than the item. */
const FEW_ATTEMPTS = 5;

/** Moodle's reading of a discrimination index. */
function discriminationWord(
  value: number | null,
  attempts: number,
): { word: string; tone: "success" | "neutral" | "warning" | "danger" } {
  if (value === null) return { word: "Not enough spread", tone: "neutral" };
  if (attempts < FEW_ATTEMPTS) return { word: "Too few students to judge", tone: "neutral" };
  if (value < 0) return { word: "Negative: check the answer key", tone: "danger" };
  if (value < 0.2) return { word: "Weak", tone: "warning" };
  if (value < 0.3) return { word: "Fair", tone: "neutral" };
  return { word: "Good", tone: "success" };
}

function ItemAnalysisSection({
  d,
  chosen,
  onChoose,
  updating,
}: {
  d: ClassDashboard;
  chosen: string;
  onChoose: (id: string) => void;
  updating: boolean;
}) {
  const ia = d.itemAnalysis;
  return (
    <Section
      id="item-analysis-heading"
      title="Item analysis"
      description={
        <details>
          <summary className="cursor-pointer text-brand-700 underline">
            What these numbers mean
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Facility</strong>: the average score on the question. Below 30% the class
              found it hard; above 90% it may be too easy.
            </li>
            <li>
              <strong>Discrimination</strong>: how well the question separates stronger from weaker
              students (from −1 to 1). 0.3 or more is good; below 0.2 is weak; a negative value
              often means a wrong answer key or a misleading wording.
            </li>
            <li>
              <strong>Wrong options chosen</strong>: the wrong answers students picked, most common
              first. A popular wrong option points at a misconception.
            </li>
          </ul>
          <p className="mt-2">Each student&rsquo;s first submitted attempt counts.</p>
        </details>
      }
    >
      {d.assignments.length === 0 ? (
        <EmptyState title="No assignments yet">
          <p>Item analysis appears once students have submitted an assignment.</p>
        </EmptyState>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end gap-3">
            <div className="w-full min-w-0 sm:w-auto sm:max-w-md sm:flex-1">
              <label htmlFor="item-analysis-assignment" className="block font-medium">
                Assignment
              </label>
              <select
                id="item-analysis-assignment"
                className={`${inputClass} mt-1`}
                value={chosen}
                onChange={(e) => onChoose(e.target.value)}
              >
                {!chosen && <option value="">Choose an assignment</option>}
                {d.assignments.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            </div>
            <span role="status" className="text-sm text-slate-700">
              {updating ? "Updating…" : ia ? `Based on ${plural(ia.attempts, "student")}.` : ""}
            </span>
          </div>
          {!ia ? (
            <EmptyState title="No submissions yet">
              <p>Choose an assignment above, or wait until students submit one.</p>
            </EmptyState>
          ) : ia.attempts === 0 ? (
            <EmptyState title={`No one has submitted “${ia.title}” yet`}>
              <p>The analysis fills in as students hand it in.</p>
            </EmptyState>
          ) : (
            <ItemTable ia={ia} />
          )}
        </>
      )}
    </Section>
  );
}

type Item = ItemAnalysis["items"][number];

/** What the table and the phone cards both show for one question. */
function itemCells(item: Item, attempts: number) {
  const wrong = Object.entries(item.optionCounts)
    .filter(([option]) => option !== item.correctAnswer)
    .sort((a, b) => b[1] - a[1]);
  const disc = discriminationWord(item.discrimination, attempts);
  return {
    question: (
      <>
        <span className="block">{item.prompt}</span>
        <span className="mt-1 block text-sm text-slate-700">
          {QUESTION_TYPE_LABEL[item.type]} · Answer:{" "}
          <span className="font-medium text-slate-900">{item.correctAnswer}</span>
        </span>
      </>
    ),
    facility: (
      <>
        <span className="font-semibold">{percent(item.facility)}</span>
        {item.facility !== null && item.facility < 0.3 && (
          <span className="mt-1 block">
            <Badge tone="warning">Hard for this class</Badge>
          </span>
        )}
      </>
    ),
    discrimination: (
      <>
        <span className="font-semibold">
          {item.discrimination === null ? "—" : item.discrimination.toFixed(2)}
        </span>
        <span className="mt-1 block">
          <Badge tone={disc.tone}>{disc.word}</Badge>
        </span>
      </>
    ),
    wrong:
      item.type === "cloze" || item.type === "open" || item.type === "matching" ? (
        <span className="text-sm text-slate-700">Typed or paired answers: not counted</span>
      ) : wrong.length === 0 ? (
        <span className="text-sm text-slate-700">None</span>
      ) : (
        <ul className="space-y-0.5 text-sm">
          {wrong.map(([option, count]) => (
            <li key={option}>
              {option}{" "}
              <span className="whitespace-nowrap text-slate-700">— {plural(count, "student")}</span>
            </li>
          ))}
        </ul>
      ),
  };
}

function ItemTable({ ia }: { ia: ItemAnalysis }) {
  const rows = ia.items.map((item) => ({ item, cells: itemCells(item, ia.attempts) }));
  return (
    <>
      {/* A phone gets one card per question; wider screens get the table. */}
      <ol className="space-y-3 sm:hidden" aria-label={`Item analysis for ${ia.title}`}>
        {rows.map(({ item, cells }, i) => (
          <li key={item.questionId} className="rounded border border-slate-200 p-3">
            <p className="text-sm font-semibold text-slate-700">Question {i + 1}</p>
            <div className="mt-1">{cells.question}</div>
            <dl className="mt-2 grid grid-cols-2 gap-2">
              <div>
                <dt className="text-sm text-slate-700">Facility</dt>
                <dd>{cells.facility}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-700">Discrimination</dt>
                <dd>{cells.discrimination}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-sm text-slate-700">Wrong options chosen</dt>
                <dd>{cells.wrong}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
      <div className="hidden sm:block">
        <ScrollTable label={`Item analysis for ${ia.title}`}>
          <table className="w-full min-w-[44rem] text-left">
            <caption className="sr-only">
              Facility, discrimination and wrong options chosen for each question of {ia.title}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>
                  #
                </th>
                <th scope="col" className={`${th} w-[40%]`}>
                  Question
                </th>
                <th scope="col" className={th}>
                  Facility
                </th>
                <th scope="col" className={th}>
                  Discrimination
                </th>
                <th scope="col" className={th}>
                  Wrong options chosen
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, cells }, i) => (
                <tr key={item.questionId} className="border-b border-slate-100">
                  <td className={`${td} text-slate-700`}>{i + 1}</td>
                  <th scope="row" className={`${td} font-normal`}>
                    {cells.question}
                  </th>
                  <td className={td}>{cells.facility}</td>
                  <td className={td}>{cells.discrimination}</td>
                  <td className={td}>{cells.wrong}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </>
  );
}

function WeakestFacts({ d }: { d: ClassDashboard }) {
  const trpc = useTRPC();
  // The bank is per article: find each fact's article so its questions are one click away.
  const articles = useQuery(trpc.articles.list.queryOptions());
  const onlyArticle = articles.data?.length === 1 ? articles.data[0] : undefined;
  return (
    <Section
      id="weakest-facts-heading"
      title="Facts the class finds hardest"
      description="The key facts with the lowest average score across all answers in this class (at least two answers each)."
    >
      {d.weakestFacts.length === 0 ? (
        <EmptyState title="Nothing to show yet">
          <p>Once students have answered questions, the facts they miss most appear here.</p>
        </EmptyState>
      ) : (
        <ol className="space-y-3">
          {d.weakestFacts.map((f, i) => (
            <li key={f.factId} className="flex gap-3 rounded border border-slate-200 p-3">
              <span aria-hidden="true" className="font-bold text-slate-700">
                {i + 1}.
              </span>
              <div className="min-w-0 flex-1">
                <p>{f.text}</p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  <ShareBar value={f.averageScore} label={`${percent(f.averageScore)} average`} />
                  <span>{plural(f.answers, "answer")}</span>
                  <Link
                    href={`/teacher/bank?${new URLSearchParams({
                      ...(onlyArticle ? { article: onlyArticle.id } : {}),
                      fact: f.factId,
                    })}`}
                    className="text-brand-700 underline"
                  >
                    See its questions<span className="sr-only">: {f.text}</span>
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Who is falling behind: overdue reviews, falling scores, assignments not started. */
function FallingBehind({
  rows,
  classId,
}: {
  rows: { id: string; name: string; reasons: string[] }[];
  classId: string;
}) {
  const behind = rows.filter((r) => r.reasons.length > 0);
  return (
    <div className="mb-6">
      <h3 className="mb-2 font-semibold">Falling behind</h3>
      {behind.length === 0 ? (
        <p className="text-slate-700">Nobody: every student is up to date.</p>
      ) : (
        <ul className="space-y-1">
          {behind.map((r) => (
            <li key={r.id}>
              <a
                className="text-brand-700 underline"
                href={`/teacher/classes/${classId}/students/${r.id}`}
              >
                {r.name}
              </a>
              : {r.reasons.join(", ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ClassProgress({ classId }: { classId: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  // Weeks follow the teacher's own calendar, which only the browser knows.
  const progress = useQuery({
    ...trpc.progress.class.queryOptions({ classId, utcOffsetMinutes: viewerUtcOffset(), weeks: 8 }),
    enabled: hydrated,
  });
  return (
    <Section
      id="progress-heading"
      title="Progress over time"
      description="Submitted assignments per week, and how many key facts the students have mastered."
    >
      {!progress.data ? (
        progress.isError ? (
          <QueryError
            title="Progress could not be loaded."
            error={progress.error}
            onRetry={progress.refetch}
          />
        ) : (
          <div role="status">
            <span className="sr-only">Loading progress…</span>
            <Skeleton className="h-40" />
          </div>
        )
      ) : progress.data.students === 0 ? (
        <EmptyState title="No progress to show yet">
          <p>Week-by-week scores and mastered facts appear once students join and work.</p>
        </EmptyState>
      ) : (
        <>
          <div className="mb-6 grid gap-4 lg:grid-cols-2">
            <ScoresChart weeks={progress.data.weeks} title="Class scores by week" />
            <MasteryChart mastery={progress.data.mastery} />
          </div>
          <FallingBehind rows={progress.data.fallingBehind} classId={classId} />
          <div className="grid gap-6 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 font-semibold">Scores by week</h3>
              <ScrollTable label="Scores by week">
                <table className="w-full text-left">
                  <caption className="sr-only">
                    Attempts submitted and their average score, week by week
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={th}>
                        Week of
                      </th>
                      <th scope="col" className={th}>
                        Attempts
                      </th>
                      <th scope="col" className={th}>
                        Average score
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {progress.data.weeks.map((w) => (
                      <tr key={w.weekStart} className="border-b border-slate-100">
                        <th scope="row" className={`${td} font-normal`}>
                          <DateTime value={`${w.weekStart}T12:00:00Z`} style="date" />
                        </th>
                        <td className={td}>{w.attempts}</td>
                        <td className={td}>
                          {w.averageScore === null ? (
                            <span className="text-slate-700">—</span>
                          ) : (
                            <ShareBar
                              value={w.averageScore}
                              label={percent(w.averageScore)}
                              inTable
                            />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </div>
            <div>
              <h3 className="mb-2 font-semibold">Key facts mastered</h3>
              <ScrollTable label="Key facts mastered per article">
                <table className="w-full text-left">
                  <caption className="sr-only">
                    Key facts per article, summed over the{" "}
                    {plural(progress.data.students, "student")}: new, learning and mastered
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={th}>
                        Article
                      </th>
                      <th scope="col" className={th}>
                        Mastered
                      </th>
                      <th scope="col" className={th}>
                        Learning
                      </th>
                      <th scope="col" className={th}>
                        New
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {progress.data.mastery.map((m) => {
                      const total = m.mastered + m.learning + m.new;
                      return (
                        <tr key={m.articleId} className="border-b border-slate-100">
                          <th scope="row" className={`${td} font-normal`}>
                            {m.title}
                          </th>
                          <td className={td}>
                            {m.mastered}
                            {total > 0 && (
                              <span className="text-slate-700">
                                {" "}
                                ({percent(m.mastered / total)})
                              </span>
                            )}
                          </td>
                          <td className={td}>{m.learning}</td>
                          <td className={td}>{m.new}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollTable>
              <p className="mt-2 text-sm text-slate-700">
                Counted per student and fact: {plural(progress.data.students, "student")} × each
                article&rsquo;s key facts.
              </p>
            </div>
          </div>
        </>
      )}
    </Section>
  );
}
