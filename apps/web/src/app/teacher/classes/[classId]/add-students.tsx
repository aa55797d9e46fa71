"use client";
// Adding students in bulk: paste names, get usernames and one-time passwords back once, then
// print them (a clean sheet for the class) or download them as CSV.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { ClassDetail, RouterOutputs } from "~/components/teacher/types";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { plural } from "~/components/ui/format";
import { inputClass } from "~/components/ui/input";
import { Notice } from "~/components/ui/notice";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { apiProblem } from "~/lib/api-error";
import { downloadText, fileSlug } from "~/lib/download";
import { focusFirstInvalid } from "~/lib/focus";
import { useWarnBeforeUnload } from "~/hooks/use-warn-before-unload";
import { useRosterChanged } from "./use-roster-changed";

const MAX_NAMES = 200;

type Created = RouterOutputs["classes"]["addStudents"] & { className: string; joinCode: string };

export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

export function AddStudents({ cls }: { cls: ClassDetail }) {
  const trpc = useTRPC();
  const rosterChanged = useRosterChanged(cls.id);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const names = parseNames(text);
  const duplicates = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  const add = useMutation(
    trpc.classes.addStudents.mutationOptions({
      onSuccess: async (result) => {
        setCreated({ ...result, className: cls.name, joinCode: cls.joinCode });
        setText("");
        await rosterChanged();
      },
      onError: (e) => {
        const problem = apiProblem(e, "the accounts could not be created");
        setError(problem.fieldErrors.names ?? problem.message);
      },
    }),
  );

  return (
    <>
      {created && (
        <SignInSheet key={created.csv} created={created} onDone={() => setCreated(null)} />
      )}
      <section
        aria-labelledby="add-students-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5 print:hidden"
      >
        <h2 id="add-students-heading" className="text-lg font-semibold">
          Add students
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          For students without an account: StudyKit makes each one a username and a one-time
          password. They choose their own password the first time they sign in.
        </p>
        <form
          noValidate
          className="mt-3 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (names.length === 0) {
              setError("Type or paste at least one name, one per line.");
              return focusFirstInvalid(e.currentTarget);
            }
            if (names.length > MAX_NAMES)
              return setError(
                `Add at most ${MAX_NAMES} students at a time; you have ${names.length}.`,
              );
            const tooLong = names.find((n) => n.length > 80);
            if (tooLong)
              return setError(`“${tooLong.slice(0, 30)}…” is longer than 80 characters.`);
            setError(null);
            add.mutate({ classId: cls.id, names });
          }}
        >
          <div>
            <label htmlFor="student-names" className="block font-medium">
              Students&rsquo; names, one per line
            </label>
            <textarea
              id="student-names"
              rows={6}
              className={`${inputClass} mt-1 font-mono`}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
              placeholder={"Amira Haddad\nBen Okafor\nChen Wei"}
              aria-invalid={error ? true : undefined}
              aria-describedby={`student-names-count${error ? " student-names-error" : ""}`}
            />
            <p id="student-names-count" className="mt-1 text-sm text-slate-700" aria-live="polite">
              {names.length === 0 ? "No names yet." : `${plural(names.length, "name")} to add.`}
              {duplicates.length > 0 &&
                ` ${duplicates.map((d) => `“${d}”`).join(", ")} appears more than once; each line becomes its own account.`}
            </p>
            {error && (
              <p id="student-names-error" role="alert" className="mt-1 text-sm text-red-800">
                {error}
              </p>
            )}
          </div>
          <button
            type="submit"
            className={buttonClass("primary")}
            disabled={add.isPending}
            aria-busy={add.isPending}
          >
            {add.isPending
              ? "Creating accounts…"
              : names.length > 1
                ? `Create ${names.length} accounts`
                : "Create account"}
          </button>
        </form>
      </section>
    </>
  );
}

function SignInSheet({ created, onDone }: { created: Created; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const [confirmHide, setConfirmHide] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Take the teacher (and their screen reader) straight to the new details.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, []);
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  // The passwords exist only on this screen: warn before the tab closes or reloads.
  useWarnBeforeUnload(!saved);

  const count = created.students.length;
  return (
    <section
      aria-labelledby="sign-in-sheet-heading"
      className="mb-6 rounded-lg border-2 border-amber-400 bg-white p-4 sm:p-5 print:m-0 print:border-0 print:p-0"
    >
      <div className="hidden print:mb-4 print:block">
        <p className="text-sm">StudyKit sign-in details</p>
        <p className="text-2xl font-bold">{created.className}</p>
        <p className="mt-2">
          Go to <strong>{origin}/sign-in</strong>, enter your username and one-time password, then
          choose your own password. Class join code: <strong>{created.joinCode}</strong>.
        </p>
      </div>
      <div className="print:hidden">
        <h2
          id="sign-in-sheet-heading"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-semibold"
        >
          Sign-in details for {plural(count, "new student")}
        </h2>
        <div className="mt-2">
          <Notice tone="warning" role="status">
            <strong>Save these now.</strong> The one-time passwords are shown only this once. Print
            the sheet or download the CSV before you leave this page.
          </Notice>
        </div>
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass("primary")}
            onClick={() => {
              setSaved(true);
              window.print();
            }}
          >
            Print sign-in sheet
          </button>
          <button
            type="button"
            className={buttonClass("secondary")}
            onClick={() => {
              downloadText(`${fileSlug(created.className)}-sign-in-details.csv`, created.csv);
              setSaved(true);
            }}
          >
            Download CSV
          </button>
          <button
            type="button"
            className={buttonClass("secondary")}
            onClick={() => (saved ? onDone() : setConfirmHide(true))}
          >
            Done
          </button>
        </div>
      </div>
      <div className="mt-4 print:mt-0">
        <ScrollTable label="New students’ sign-in details">
          <table className="w-full min-w-[26rem] border-collapse text-left print:text-base">
            <caption className="sr-only">
              Usernames and one-time passwords for {created.className}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className={th}>
                  Name
                </th>
                <th scope="col" className={th}>
                  Username
                </th>
                <th scope="col" className={th}>
                  One-time password
                </th>
              </tr>
            </thead>
            <tbody>
              {created.students.map((s) => (
                <tr
                  key={s.username}
                  className="break-inside-avoid border-b border-dashed border-slate-400"
                >
                  <th scope="row" className={`${td} font-medium print:py-4`}>
                    {s.name}
                  </th>
                  <td className={`${td} font-mono text-lg print:py-4`}>{s.username}</td>
                  <td className={`${td} font-mono text-lg print:py-4`}>{s.oneTimePassword}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
      <ConfirmDialog
        open={confirmHide}
        title="Hide the passwords without saving them?"
        confirmLabel="Hide them"
        busy={false}
        onCancel={() => setConfirmHide(false)}
        onConfirm={() => {
          setConfirmHide(false);
          onDone();
        }}
      >
        You have not printed or downloaded them, and they cannot be shown again. A student without
        their one-time password would need a new account.
      </ConfirmDialog>
    </section>
  );
}
