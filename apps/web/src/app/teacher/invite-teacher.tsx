"use client";
// Inviting a colleague: a sign-up link, used once within a week, that makes a teacher's account.
// Sign-up without one makes a student's.
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { buttonClass } from "~/components/ui/button";
import { CopyButton } from "~/components/ui/copy-button";
import { Notice } from "~/components/ui/notice";
import { Section } from "~/components/ui/section";
import { apiProblem } from "~/lib/api-error";
import { useDeviceValue } from "~/hooks/use-device-value";

const pageOrigin = () => window.location.origin;

export function InviteTeacher() {
  const trpc = useTRPC();
  const origin = useDeviceValue(pageOrigin, "");
  const invite = useMutation(trpc.account.inviteTeacher.mutationOptions());
  const link = invite.data
    ? `${origin}/sign-up?invitation=${encodeURIComponent(invite.data.code)}`
    : null;
  return (
    <Section
      title="Invite a teacher"
      id="invite-teacher"
      description={
        <p>
          A colleague signs up as a teacher only with an invitation link. Each link works once, for
          seven days; anyone who signs up without one gets a student&apos;s account.
        </p>
      }
    >
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={invite.isPending}
          onClick={() => invite.mutate({})}
        >
          {invite.isPending
            ? "Creating…"
            : link
              ? "Create another link"
              : "Create an invitation link"}
        </button>
        {link && (
          <>
            <input
              readOnly
              aria-label="Invitation link"
              value={link}
              className="min-w-0 flex-1 basis-full rounded border border-slate-300 px-2 py-1 font-mono text-sm sm:basis-0"
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={link} label="Copy link" />
          </>
        )}
      </div>
      {invite.isError && (
        <div className="mt-3">
          <Notice tone="error">
            {apiProblem(invite.error, "The invitation could not be created.").message}
          </Notice>
        </div>
      )}
    </Section>
  );
}
