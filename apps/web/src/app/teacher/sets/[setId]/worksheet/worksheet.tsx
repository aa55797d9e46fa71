"use client";
// A set on paper: the questions numbered with room to answer, name/class/date lines, and the
// answer key on a page of its own. The teacher chooses what to print and prints from the browser
// (which also saves it as a PDF).
import type { Question } from "@studykit/content";
import Link from "next/link";
import { useState } from "react";
import "./worksheet.css";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";

type PrintChoice = "both" | "worksheet" | "key";

const CHOICES: { value: PrintChoice; label: string }[] = [
  { value: "both", label: "Worksheet and answer key" },
  { value: "worksheet", label: "Worksheet only" },
  { value: "key", label: "Answer key only" },
];

const LETTERS = "ABCDEFGHIJKL";
const letter = (i: number) => LETTERS[i] ?? String(i + 1);

export function Worksheet({
  setId,
  title,
  articleTitles,
  questions,
  disabled,
}: {
  setId: string;
  title: string;
  /** The articles the questions come from (a set may draw on several). */
  articleTitles: string[];
  questions: Question[];
  disabled: number;
}) {
  const [choice, setChoice] = useState<PrintChoice>("both");
  const showSheet = choice !== "key";
  const showKey = choice !== "worksheet";
  return (
    <div className="worksheet">
      <PageHeader
        crumbs={[
          { href: "/teacher/sets", label: "Sets" },
          { href: `/teacher/sets/${setId}`, label: title },
          { label: "Worksheet" },
        ]}
        title={`Worksheet: ${title}`}
        description={
          <p>
            Print it for the class, or choose “Save as PDF” as the printer. The answer key starts on
            a page of its own.
          </p>
        }
        actions={
          questions.length > 0 && (
            <button type="button" className={buttonClass("primary")} onClick={() => window.print()}>
              Print / save as PDF
            </button>
          )
        }
      />
      {questions.length === 0 ? (
        <EmptyState
          title="Nothing to print"
          action={
            <Link href={`/teacher/sets/${setId}`} className={buttonClass("secondary")}>
              Back to the set
            </Link>
          }
        >
          This set has no questions that students can answer
          {disabled > 0 ? ` (${plural(disabled, "question")} disabled in the bank)` : ""}.
        </EmptyState>
      ) : (
        <>
          <div className="no-print mb-6 space-y-3">
            {disabled > 0 && (
              <Notice tone="warning">
                {plural(disabled, "disabled question")} {disabled === 1 ? "is" : "are"} left off, as{" "}
                {disabled === 1 ? "it is" : "they are"} from new attempts.
              </Notice>
            )}
            <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
              <legend className="mb-1 font-semibold">What to print</legend>
              {CHOICES.map((c) => (
                <label key={c.value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="print-choice"
                    value={c.value}
                    checked={choice === c.value}
                    onChange={() => setChoice(c.value)}
                  />
                  {c.label}
                </label>
              ))}
            </fieldset>
          </div>
          {showSheet && (
            <WorksheetPart title={title} articleTitles={articleTitles} questions={questions} />
          )}
          {showKey && (
            <AnswerKey
              title={title}
              questions={questions}
              // Only a key that follows the worksheet needs a page break before it.
              newPage={showSheet}
            />
          )}
        </>
      )}
    </div>
  );
}

function WorksheetPart({
  title,
  articleTitles,
  questions,
}: {
  title: string;
  articleTitles: string[];
  questions: Question[];
}) {
  return (
    <section
      aria-labelledby="worksheet-heading"
      data-part="worksheet"
      className="worksheet-part rounded-lg border border-slate-200 bg-white p-6"
    >
      <h2 id="worksheet-heading" className="text-2xl font-bold">
        {title}
      </h2>
      {articleTitles.length > 0 && (
        <p className="text-slate-700">
          Based on the {articleTitles.length === 1 ? "article" : "articles"}{" "}
          {articleTitles.map((t) => `“${t}”`).join(", ")}.
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-x-6 gap-y-3">
        <WriteIn label="Name" width="w-64" />
        <WriteIn label="Class" width="w-32" />
        <WriteIn label="Date" width="w-32" />
      </div>
      <ol className="mt-6 space-y-6">
        {questions.map((q, i) => (
          <li key={q.id} className="worksheet-item">
            <WorksheetQuestion q={q} n={i + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function WriteIn({ label, width }: { label: string; width: string }) {
  return (
    <p className="flex items-end gap-2">
      <span className="font-medium">{label}:</span>
      <span aria-hidden="true" className={`worksheet-line ${width} border-b border-slate-700`} />
    </p>
  );
}

function Box() {
  return (
    <span
      aria-hidden="true"
      className="worksheet-box mt-0.5 inline-block h-4 w-4 shrink-0 border-2 border-slate-700"
    />
  );
}

function Lines({ count }: { count: number }) {
  return (
    <div aria-hidden="true" className="mt-2 space-y-0">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="worksheet-line h-8 border-b border-slate-500" />
      ))}
    </div>
  );
}

function Prompt({ q, n }: { q: Question; n: number }) {
  const number = <span className="mr-1 font-bold">{n}.</span>;
  if (q.type !== "cloze")
    return (
      <p className="font-medium">
        {number}
        {q.prompt}
      </p>
    );
  const [before, ...rest] = q.prompt.split("____");
  return (
    <p className="font-medium">
      {number}
      {before}
      <span
        role="img"
        aria-label="blank"
        className="worksheet-line mx-1 inline-block w-40 border-b-2 border-slate-700 align-baseline"
      >
        &nbsp;
      </span>
      {rest.join("____")}
    </p>
  );
}

function WorksheetQuestion({ q, n }: { q: Question; n: number }) {
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      return (
        <div className="space-y-2">
          <Prompt q={q} n={n} />
          <ul className="space-y-1.5 pl-6" aria-label={`Options for question ${n}`}>
            {q.options.map((o, i) => (
              <li key={`${o}-${i}`} className="flex items-start gap-2">
                <Box />
                <span>
                  <span className="font-semibold">{letter(i)}.</span> {o}
                </span>
              </li>
            ))}
          </ul>
        </div>
      );
    case "true_false":
      return (
        <div className="space-y-2">
          <Prompt q={q} n={n} />
          <ul className="flex gap-8 pl-6" aria-label={`Options for question ${n}`}>
            {["True", "False"].map((o) => (
              <li key={o} className="flex items-start gap-2">
                <Box />
                {o}
              </li>
            ))}
          </ul>
        </div>
      );
    case "cloze":
      return (
        <div className="space-y-1">
          <Prompt q={q} n={n} />
          <p className="pl-6 text-sm text-slate-700">Write the missing words on the line.</p>
        </div>
      );
    case "matching":
      return (
        <div className="space-y-2">
          <Prompt q={q} n={n} />
          <p className="pl-6 text-sm text-slate-700">
            Write the letter of the matching item beside each number.
          </p>
          <div className="grid grid-cols-2 gap-6 pl-6">
            <ol className="space-y-1.5" aria-label={`Items to match in question ${n}`}>
              {q.options.left.map((l, i) => (
                <li key={l} className="flex items-end gap-2">
                  <span
                    aria-hidden="true"
                    className="worksheet-line inline-block w-8 shrink-0 border-b border-slate-700"
                  />
                  <span>
                    <span className="font-semibold">{i + 1}.</span> {l}
                  </span>
                </li>
              ))}
            </ol>
            <ol className="space-y-1.5" aria-label={`Partners in question ${n}`}>
              {q.options.right.map((r, i) => (
                <li key={r}>
                  <span className="font-semibold">{letter(i)}.</span> {r}
                </li>
              ))}
            </ol>
          </div>
        </div>
      );
    case "open":
      return (
        <div>
          <Prompt q={q} n={n} />
          <Lines count={5} />
        </div>
      );
  }
}

/** The answer as a teacher marks it, in the letters and numbers the worksheet shows. */
function KeyEntry({ q }: { q: Question }) {
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution": {
      const i = q.options.indexOf(q.answer);
      return (
        <p>
          <span className="font-semibold">{letter(i)}</span> — {q.answer}
        </p>
      );
    }
    case "true_false":
      return <p className="font-semibold">{q.answer ? "True" : "False"}</p>;
    case "cloze": {
      const also = q.acceptableAnswers.filter((a) => a.toLowerCase() !== q.answer.toLowerCase());
      return (
        <p>
          <span className="font-semibold">{q.answer}</span>
          {also.length > 0 && <span className="text-slate-700"> (also: {also.join(", ")})</span>}
        </p>
      );
    }
    case "matching":
      return (
        <ul className="space-y-0.5">
          {q.options.left.map((l, i) => {
            const right = q.answer.find((p) => p.left === l)?.right ?? "";
            return (
              <li key={l}>
                <span className="font-semibold">
                  {i + 1} → {letter(q.options.right.indexOf(right))}
                </span>{" "}
                ({l} — {right})
              </li>
            );
          })}
        </ul>
      );
    case "open":
      return (
        <div className="space-y-1">
          <p>
            <span className="font-semibold">Model answer:</span> {q.modelAnswer}
          </p>
          {q.rubric.length > 0 && (
            <ul className="list-disc pl-5">
              {q.rubric.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      );
  }
}

function AnswerKey({
  title,
  questions,
  newPage,
}: {
  title: string;
  questions: Question[];
  newPage: boolean;
}) {
  return (
    <section
      aria-labelledby="answer-key-heading"
      data-part="key"
      className={`worksheet-part mt-8 rounded-lg border border-slate-200 bg-white p-6 ${newPage ? "worksheet-new-page" : ""}`}
    >
      <h2 id="answer-key-heading" className="text-2xl font-bold">
        Answer key: {title}
      </h2>
      <ol className="mt-4 space-y-3">
        {questions.map((q, i) => (
          <li key={q.id} className="worksheet-item flex gap-2">
            <span className="font-bold">{i + 1}.</span>
            <div className="min-w-0 flex-1">
              <KeyEntry q={q} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
