"use client";
// Adding an article: paste its text or choose (or drop) a .txt, .md or .html file. Size and type
// are checked here first; the server derives the kit while this page shows its progress, then
// opens the new article's review. Whatever goes wrong, the text and the file stay as they were.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { apiProblem } from "~/lib/api-error";
import { formatNumber } from "~/lib/locale-format";
import { useLocale } from "~/lib/use-locale";

type Kind = "paste" | "txt" | "md" | "html";

// The server's limits (MAX_INPUT_TEXT_CHARS and MAX_INPUT_HTML_CHARS in @studykit/content).
const TEXT_LIMIT = 500_000;
const HTML_LIMIT = 2_000_000;
/** A file this large cannot hold an accepted page, whatever its encoding: refused unread. */
const FILE_BYTES_LIMIT = 6 * 1024 * 1024;
/** The limits in words, with figures in the viewer's locale. */
const limitsText = (count: (n: number) => string) =>
  `Up to ${count(TEXT_LIMIT)} characters of text; a web page (.html) may be up to ${count(HTML_LIMIT)} characters.`;

const KIND_BY_EXTENSION: Record<string, Exclude<Kind, "paste">> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
};
const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

interface ChosenFile {
  name: string;
  kind: Exclude<Kind, "paste">;
  content: string;
}

function fileSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a chosen file after checking its type and size; the reason when it cannot be used. */
async function readChosenFile(
  file: File,
  count: (n: number) => string,
): Promise<ChosenFile | string> {
  const extension = file.name.includes(".") ? file.name.split(".").pop()!.toLowerCase() : "";
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) {
    return `“${file.name}” is not a .txt, .md or .html file. Choose one of those, or paste the article's text.`;
  }
  if (file.size > FILE_BYTES_LIMIT) {
    return `“${file.name}” is ${fileSize(file.size)}, too large to be an article. ${limitsText(count)}`;
  }
  const content = await file.text();
  const limit = kind === "html" ? HTML_LIMIT : TEXT_LIMIT;
  if (content.length > limit) {
    return `“${file.name}” is ${count(content.length)} characters long; the limit is ${count(limit)} characters.`;
  }
  if (content.trim() === "") return `“${file.name}” is empty.`;
  return { name: file.name, kind, content };
}

export function ImportForm() {
  const locale = useLocale();
  const count = (n: number) => formatNumber(n, locale);
  const trpc = useTRPC();
  const router = useRouter();
  const ids = useId();
  const [text, setText] = useState("");
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const start = useMutation(trpc.imports.start.mutationOptions());
  const status = useQuery({
    ...trpc.imports.status.queryOptions({ importId: importId ?? "" }),
    enabled: importId !== null,
    refetchInterval: (q) =>
      q.state.data?.status === "done" || q.state.data?.status === "failed" ? false : 400,
  });
  const job = importId ? status.data : undefined;
  const working =
    start.isPending || (importId !== null && job?.status !== "done" && job?.status !== "failed");

  // The job ended: open a new article's review; show a duplicate or a failure here.
  useEffect(() => {
    if (job?.status === "done" && !job.duplicate && job.articleId) {
      router.push(`/teacher/articles/${job.articleId}/review`);
    }
  }, [job, router]);
  // A failed job says why, once (set while rendering: React re-renders before painting).
  const [failureShown, setFailureShown] = useState<string | null>(null);
  if (job?.status === "failed" && importId !== null && failureShown !== importId) {
    setFailureShown(importId);
    setProblem(job.errorMessage ?? "The article could not be added.");
  }

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setImportId(null);
    const read = await readChosenFile(chosen, count);
    if (typeof read === "string") {
      setProblem(read);
      return;
    }
    setProblem(null);
    setFile(read);
  }

  function removeFile() {
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
    setImportId(null);
    setProblem(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (working) return;
    setProblem(null);
    setImportId(null);
    const input = file
      ? { kind: file.kind, name: file.name, content: file.content }
      : { kind: "paste" as const, content: text };
    if (!file) {
      if (text.trim() === "") {
        setProblem("Paste the article's text, or choose a file.");
        return;
      }
      if (text.length > TEXT_LIMIT) {
        setProblem(
          `The text is ${count(text.length)} characters long; the limit is ${count(TEXT_LIMIT)} characters.`,
        );
        return;
      }
    }
    try {
      const { importId: id } = await start.mutateAsync(input);
      setImportId(id);
    } catch (error) {
      const found = apiProblem(error, "The article could not be sent.");
      // This form has no per-field messages: a refused field's reason is the form's.
      setProblem(Object.values(found.fieldErrors)[0] ?? found.message);
    }
  }

  const percent = job ? Math.round(job.progress * 100) : 0;
  const duplicate = job?.status === "done" && job.duplicate ? job : null;
  const stageText = start.isPending
    ? "Sending the article…"
    : job?.status === "done"
      ? job.duplicate
        ? "Already in the library."
        : "Done. Opening the review…"
      : (job?.message ?? (importId ? "Waiting to start…" : ""));

  return (
    <div>
      <PageHeader
        title="Add an article"
        crumbs={[{ href: "/teacher/articles", label: "Articles" }, { label: "Add an article" }]}
        description={
          <p>
            Paste a news article or upload it as a file. StudyKit finds its key facts and writes
            questions; you review them before they can go into a set.
          </p>
        }
      />
      <form
        onSubmit={submit}
        noValidate
        className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes("Files")) {
            e.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void choose(e.dataTransfer.files[0]);
        }}
      >
        <div className="space-y-1">
          <label htmlFor={`${ids}-text`} className="block font-medium">
            Article text
          </label>
          <p id={`${ids}-limits`} className="text-sm text-slate-700">
            {limitsText(count)} Put the headline on the first line.
          </p>
          <textarea
            id={`${ids}-text`}
            name="text"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={file !== null}
            aria-describedby={`${ids}-limits${file ? ` ${ids}-file-used` : ""}`}
            className={`${inputClass} font-mono text-sm disabled:bg-slate-100`}
            placeholder="Headline&#10;&#10;First paragraph…"
          />
          <p className="text-sm text-slate-700" aria-live="polite">
            {text.length > 0 && `${count(text.length)} characters`}
          </p>
        </div>

        <div
          className={`space-y-2 rounded border-2 border-dashed p-4 ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}
        >
          <label htmlFor={`${ids}-file`} className="block font-medium">
            Or upload a file (.txt, .md or .html)
          </label>
          <p className="text-sm text-slate-700">
            You can also drop the file anywhere on this form.
          </p>
          <input
            ref={fileInput}
            id={`${ids}-file`}
            type="file"
            accept={ACCEPT}
            onChange={(e) => void choose(e.target.files?.[0])}
            className="block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-medium"
          />
          {file && (
            <p id={`${ids}-file-used`} className="flex flex-wrap items-center gap-2 text-sm">
              <span>
                Using <strong>{file.name}</strong> ({count(file.content.length)} characters) instead
                of the text above.
              </span>
              <button
                type="button"
                onClick={removeFile}
                className={buttonClass("quiet", "sm")}
                disabled={working}
              >
                Remove the file
              </button>
            </p>
          )}
        </div>

        {problem && (
          <div ref={problemRef} tabIndex={-1} className="outline-none">
            <Notice tone="error">
              <p>{problem}</p>
              <p className="text-sm">
                Your text and file are still here; change them and try again.
              </p>
            </Notice>
          </div>
        )}

        {duplicate && (
          <Notice tone="info">
            <p>
              “{duplicate.articleTitle}” is already in the library, so it was not added again.{" "}
              {duplicate.articleId && (
                <Link
                  href={`/teacher/articles/${duplicate.articleId}/review`}
                  className="font-medium text-brand-700 underline"
                >
                  Open it
                </Link>
              )}
            </p>
          </Notice>
        )}

        {start.isPending || (importId !== null && job?.status !== "failed") ? (
          <div className="space-y-1">
            <div
              role="progressbar"
              aria-label="Preparing the article"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${percent}% — ${stageText}`}
              className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
            >
              <div
                className="h-full rounded-full bg-brand-600 transition-[width] duration-300"
                style={{ width: `${percent}%` }}
              />
            </div>
            <p role="status" aria-live="polite" className="text-sm text-slate-800">
              {stageText} {job && job.status !== "failed" ? `${percent}%` : ""}
            </p>
          </div>
        ) : null}

        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass("primary")} disabled={working}>
            {working ? "Adding…" : "Add to the library"}
          </button>
          <Link href="/teacher/articles" className={buttonClass("secondary")}>
            Back to the library
          </Link>
        </div>
      </form>
    </div>
  );
}
