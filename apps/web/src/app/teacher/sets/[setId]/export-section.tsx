"use client";
// The set in other tools' formats: one download per format, what each tool takes, how much of
// the set each will hold (before the download, by the formats' own rules) and what it leaves out
// and why. The printable worksheet is one link away.
import type { ExportCoverage, ExportFormat } from "@studykit/formats";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { Section } from "~/components/ui/section";
import { apiProblem } from "~/lib/api-error";
import { downloadBlob } from "~/lib/download";
import { formatNumber } from "~/lib/locale-format";
import { useLocale } from "~/lib/use-locale";

/** Where each file goes, in the words of the tools' own import menus. */
const ACCEPTED_BY: Record<ExportFormat, string> = {
  qti3: "QTI 3.0 item banks and players; LMSs that import QTI 3.0 packages",
  "moodle-xml": "Moodle: Question bank › Import › Moodle XML format",
  gift: "Moodle: Question bank › Import › GIFT format; other LMSs with a GIFT importer",
  aiken: "Moodle: Question bank › Import › Aiken format; other quiz tools that read Aiken",
  "quizlet-tsv": "Quizlet: Create › Import, with “Tab” between term and definition",
  "anki-csv": "Anki 2.1.55 or later: File › Import",
  "kahoot-xlsx": "Kahoot!: Create › Add question › Import spreadsheet",
};

interface Result {
  label: string;
  filename: string;
  skipped: { questionId: string; reason: string }[];
}

/** The items a file leaves out, each with the reason. */
function LeftOut({
  skipped,
  nameOf,
}: {
  skipped: { questionId: string; reason: string }[];
  nameOf: (id: string) => string;
}) {
  return (
    <ul aria-label="Left out of the file" className="mt-1 list-disc space-y-0.5 pl-5">
      {skipped.map((s) => (
        <li key={s.questionId}>
          {nameOf(s.questionId)}: {s.reason}.
        </li>
      ))}
    </ul>
  );
}

/** "Holds all 11 questions" or "Holds 4 of 11 questions", with what it leaves out a click away. */
function Holds({
  coverage,
  nameOf,
}: {
  coverage: ExportCoverage | undefined;
  nameOf: (id: string) => string;
}) {
  const locale = useLocale();
  if (!coverage) return null;
  const { held, of, holds, skipped } = coverage;
  const n = (v: number) => formatNumber(v, locale);
  const unit =
    holds === "facts" ? (of === 1 ? "key fact" : "key facts") : of === 1 ? "question" : "questions";
  if (skipped.length === 0)
    return (
      <p className="text-sm font-medium text-green-900">
        Holds {held === 1 ? "the" : `all ${n(held)}`} {unit} of the set.
      </p>
    );
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-amber-900">
        Holds {n(held)} of the set&apos;s {n(of)} {unit}: see what it leaves out
      </summary>
      <LeftOut skipped={skipped} nameOf={nameOf} />
    </details>
  );
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function ExportSection({
  setId,
  questions,
  facts,
}: {
  setId: string;
  /** The set's questions in order (ids and prompts), to name skipped ones. */
  questions: { id: string; prompt: string }[];
  /** The article's key facts, to name a fact the flashcard formats left out. */
  facts: ReadonlyMap<string, string>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formats = useQuery(trpc.exchange.formats.queryOptions());
  const coverage = useQuery(trpc.exchange.exportCoverage.queryOptions({ setId }));
  const coverageOf = new Map((coverage.data ?? []).map((c) => [c.format, c]));
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function download(format: ExportFormat, label: string) {
    setBusy(format);
    setError(null);
    setResult(null);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.exchange.exportSet.queryOptions({ setId, format }),
        staleTime: 0,
        retry: false,
      });
      const blob = new Blob([file.encoding === "base64" ? bytesOf(file.body) : file.body], {
        type: file.mimeType,
      });
      downloadBlob(file.filename, blob);
      setResult({ label, filename: file.filename, skipped: file.skipped });
    } catch (e) {
      setError(apiProblem(e, "The file could not be made.").message);
    } finally {
      setBusy(null);
      // Tell keyboard and screen-reader users what happened, where it is written.
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  }

  function nameOf(id: string): string {
    const index = questions.findIndex((q) => q.id === id);
    if (index >= 0) return `Question ${index + 1} (“${questions[index]!.prompt}”)`;
    const fact = facts.get(id);
    return fact ? `Key fact “${fact}”` : "An item";
  }

  return (
    <Section
      title="Export"
      id="set-export"
      description={
        <p>
          Download the set for another tool. Disabled questions are left out, as they are from new
          attempts. For paper, print the{" "}
          <Link href={`/teacher/sets/${setId}/worksheet`} className="text-brand-700 underline">
            worksheet with its answer key
          </Link>
          .
        </p>
      }
    >
      <div ref={resultRef} tabIndex={-1} className="mb-3 space-y-2 empty:hidden focus:outline-none">
        {error && <Notice tone="error">{error}</Notice>}
        {result && (
          <Notice tone={result.skipped.length ? "warning" : "success"}>
            <p>
              Downloaded <span className="font-semibold">{result.filename}</span> ({result.label}).
              {result.skipped.length === 0
                ? " Everything in the set is in it."
                : ` ${plural(result.skipped.length, "item")} ${result.skipped.length === 1 ? "is" : "are"} not in it:`}
            </p>
            {result.skipped.length > 0 && <LeftOut skipped={result.skipped} nameOf={nameOf} />}
          </Notice>
        )}
      </div>
      {formats.isError ? (
        <Notice tone="error">The export formats could not be loaded. Reload the page.</Notice>
      ) : (
        <ul className="divide-y divide-slate-200">
          {(formats.data ?? []).map((f) => (
            <li
              key={f.format}
              className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0">
                <p>
                  <span className="font-semibold">{f.label}</span>{" "}
                  <span className="text-sm text-slate-700">(.{f.extension})</span>
                </p>
                <p className="text-sm text-slate-700">{f.description}</p>
                <p className="text-sm text-slate-700">
                  <span className="font-medium">Import it in:</span> {ACCEPTED_BY[f.format]}
                </p>
                <Holds coverage={coverageOf.get(f.format)} nameOf={nameOf} />
              </div>
              <button
                type="button"
                className={`${buttonClass("secondary", "sm")} shrink-0`}
                disabled={busy !== null}
                onClick={() => download(f.format, f.label)}
              >
                {busy === f.format ? "Preparing…" : "Download"}
                <span className="sr-only"> {f.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
