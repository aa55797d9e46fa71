"use client";
// Joining a class by the code the teacher hands out, and the classes the student is in.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Field } from "~/components/ui/field";
import { Notice } from "~/components/ui/notice";
import { SubmitButton } from "~/components/ui/submit-button";
import { describeError, errorCode } from "~/lib/api-error";

const CODE = /^[A-Z0-9]{4,12}$/;

export function JoinClassForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const classes = useQuery(trpc.classes.mine.queryOptions());
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [joined, setJoined] = useState<string | null>(null);
  const join = useMutation(trpc.classes.join.mutationOptions());
  // The field describes its error; focusing it makes a screen reader read it out.
  const fail = (message: string) => {
    setError(message);
    document.getElementById("join-code")?.focus();
  };

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const joinCode = code.trim().toUpperCase();
        setJoined(null);
        if (!joinCode) return fail("Enter the code your teacher gave you.");
        if (!CODE.test(joinCode))
          return fail("A class code is 4 to 12 letters and numbers, like NEWS24.");
        setError(undefined);
        const already = new Set(classes.data?.map((c) => c.id));
        join.mutate(
          { joinCode },
          {
            onSuccess: async (cls) => {
              setCode("");
              setJoined(
                already.has(cls.id)
                  ? `You're already in ${cls.name}.`
                  : `You've joined ${cls.name}. Its assignments are listed on this page.`,
              );
              await Promise.all([
                queryClient.invalidateQueries(trpc.classes.mine.queryFilter()),
                queryClient.invalidateQueries(trpc.assignments.mine.queryFilter()),
              ]);
            },
            onError: (err) =>
              fail(
                errorCode(err) === "NOT_FOUND"
                  ? `No open class has the code ${joinCode}. Check it with your teacher.`
                  : describeError(err),
              ),
          },
        );
      }}
    >
      <Field
        id="join-code"
        name="joinCode"
        label="Class code"
        hint="Your teacher gives you a code of letters and numbers, like NEWS24."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        value={code}
        error={error}
        onChange={(e) => {
          setCode(e.target.value);
          if (error) setError(undefined);
        }}
      />
      <SubmitButton busy={join.isPending}>Join class</SubmitButton>
      <div role="status" aria-live="polite">
        {joined && (
          <Notice size="lg" role={null} tone="success">
            {joined}
          </Notice>
        )}
      </div>
    </form>
  );
}

export function ClassList() {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.classes.mine.queryOptions());
  if (!data) return null;
  if (data.length === 0)
    return <p className="text-sm text-slate-700">You haven&apos;t joined a class yet.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {data.map((c) => (
        <li key={c.id}>
          <span className="font-medium text-slate-900">{c.name}</span>
          <span className="text-slate-700"> · {c.teacher}</span>
        </li>
      ))}
    </ul>
  );
}
