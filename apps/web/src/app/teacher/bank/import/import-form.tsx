"use client";
// Questions from another tool into the bank: the teacher picks a Moodle XML or GIFT file, and sees
// how many questions came in, which were left out and why, and where to find them.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { apiProblem } from "~/lib/api-error";

const kb = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
    : `${Math.round(bytes / 1024)} KB`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ImportForm({
  maxFileBytes,
  maxRequestBytes,
}: {
  maxFileBytes: number;
  maxRequestBytes: number;
}) {
  const trpc = useTRPC();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importFile = useMutation(trpc.exchange.importQuestions.mutationOptions());
  // Its callbacks go with each call: they use refs, which rendering must not read.
  const importFileCallbacks: Parameters<typeof importFile.mutate>[1] = {
    onSettled: () => requestAnimationFrame(() => outcomeRef.current?.focus()),
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    importFile.reset();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError("Choose a Moodle XML or GIFT file first.");
      fileRef.current?.focus();
      return;
    }
    const content = await file.text();
    // Checked here too, so a large file is refused before it is sent, with the limit named.
    const request = new Blob([JSON.stringify({ json: { filename: file.name, content } })]).size;
    if (new Blob([content]).size > maxFileBytes || request > maxRequestBytes) {
      setFileError(
        `“${file.name}” is larger than ${kb(maxFileBytes)}. Split it into smaller files and import each.`,
      );
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    importFile.mutate({ filename: file.name, content }, importFileCallbacks);
  }

  const result = importFile.data;
  const error = importFile.error
    ? apiProblem(importFile.error, "The file could not be imported.")
    : null;
  return (
    <div>
      <PageHeader
        crumbs={[{ href: "/teacher/bank", label: "Question bank" }, { label: "Import questions" }]}
        title="Import questions"
        description={
          <p>
            Bring questions you wrote in another tool into your bank as your own. StudyKit reads
            Moodle XML and GIFT files (in Moodle: Question bank › Export). Multiple choice with one
            right answer, true/false, short answer, matching and essays with a model answer come in;
            anything else is listed with the reason.
          </p>
        }
      />
      <Section title="Choose a file" id={`${id}-choose`}>
        <form onSubmit={submit} noValidate className="space-y-4">
          <div className="space-y-1">
            <label htmlFor={`${id}-file`} className="block font-medium">
              Question file
            </label>
            <p id={`${id}-hint`} className="text-sm text-slate-700">
              A .xml (Moodle XML), .gift or .txt (GIFT) file of at most {kb(maxFileBytes)}.
            </p>
            <input
              ref={fileRef}
              id={`${id}-file`}
              name="file"
              type="file"
              accept=".xml,.gift,.txt,text/xml,application/xml,text/plain"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${id}-hint${fileError ? ` ${id}-file-error` : ""}`}
              onChange={() => setFileError(null)}
              className="block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
            />
            {fileError && (
              <p id={`${id}-file-error`} className="text-sm text-red-800">
                {fileError}
              </p>
            )}
          </div>
          <button
            type="submit"
            className={buttonClass("primary")}
            disabled={importFile.isPending}
            aria-busy={importFile.isPending}
          >
            {importFile.isPending ? "Importing…" : "Import questions"}
          </button>
        </form>
      </Section>
      <div ref={outcomeRef} tabIndex={-1} className="space-y-3 focus:outline-none">
        {error?.message && <Notice tone="error">{error.message}</Notice>}
        {result && (
          <Section title={result.duplicate ? "Already imported" : "Imported"} id={`${id}-result`}>
            <Notice tone={result.duplicate ? "info" : "success"}>
              {result.duplicate ? (
                <>
                  This file was imported before: its {plural(result.imported, "question")} are in “
                  {result.title}”. Nothing new was added.
                </>
              ) : (
                <>
                  {plural(result.imported, "question")} imported into “{result.title}”, accepted and
                  ready to put into a set.
                </>
              )}
            </Notice>
            {result.skipped.length > 0 && (
              <div className="mt-4">
                <h3 className="font-semibold">
                  {plural(result.skipped.length, "question")} left out
                </h3>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {result.skipped.map((s) => (
                    <li key={s.index}>
                      Question {s.index + 1}
                      {s.name ? ` (“${s.name}”)` : ""}: {capitalise(s.reason)}.
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-4 flex flex-wrap gap-2">
              <Link
                href={`/teacher/bank?${new URLSearchParams({ article: result.articleId })}`}
                className={buttonClass("primary")}
              >
                See them in the bank
              </Link>
              <Link href="/teacher/sets/new" className={buttonClass("secondary")}>
                Build a set
              </Link>
            </div>
          </Section>
        )}
      </div>
    </div>
  );
}
