"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Field } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export function WelcomeForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const complete = useMutation(trpc.account.completeFirstSignIn.mutationOptions());
  return (
    <form
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const currentPassword = String(data.get("current") ?? "");
        const newPassword = String(data.get("new") ?? "");
        if (newPassword !== String(data.get("confirm") ?? ""))
          return setError("The two new passwords differ.");
        if (newPassword.length < 8) return setError("Choose a password of at least 8 characters.");
        setError(null);
        try {
          await complete.mutateAsync({ currentPassword, newPassword });
          router.push("/student");
          router.refresh();
        } catch (err) {
          setError(err instanceof Error ? err.message : "Your password could not be changed.");
        }
      }}
    >
      <FormError message={error} />
      <Field
        id="current"
        name="current"
        type="password"
        label="One-time password from your teacher"
        autoComplete="current-password"
        required
      />
      <Field
        id="new"
        name="new"
        type="password"
        label="New password"
        autoComplete="new-password"
        hint="At least 8 characters."
        required
      />
      <Field
        id="confirm"
        name="confirm"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
      />
      <SubmitButton busy={complete.isPending}>Save my password</SubmitButton>
    </form>
  );
}
