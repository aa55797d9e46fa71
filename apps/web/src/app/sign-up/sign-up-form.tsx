"use client";
// Sign-up makes a student's account; with a teacher's invitation (from an invitation link), a
// teacher's. The server decides the role from the invitation, never from the form.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "~/lib/auth-client";
import { Field } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export function SignUpForm({ invitation }: { invitation: string | null }) {
  const router = useRouter();
  const teacher = invitation !== null;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const name = String(data.get("name") ?? "").trim();
        const username = String(data.get("username") ?? "")
          .trim()
          .toLowerCase();
        const email = String(data.get("email") ?? "").trim();
        const password = String(data.get("password") ?? "");
        if (!name) return setError("Enter your name.");
        if (!/^[a-z0-9_.]{3,40}$/.test(username))
          return setError("A username is 3–40 letters, digits, dots or underscores.");
        if (teacher && !email) return setError("Teachers sign up with an email address.");
        if (password.length < 8) return setError("Choose a password of at least 8 characters.");
        setBusy(true);
        setError(null);
        // Students may leave the email empty; the server gives them an address that receives no mail.
        const result = await authClient.signUp.email({
          name,
          username,
          email,
          password,
          ...(teacher ? { invitation } : {}),
        } as Parameters<typeof authClient.signUp.email>[0]);
        setBusy(false);
        if (result.error) {
          setError(result.error.message ?? "The account could not be created.");
          return;
        }
        router.push(teacher ? "/teacher" : "/student");
        router.refresh();
      }}
    >
      <FormError message={error} />
      {teacher ? (
        <p className="text-slate-700">
          A colleague invited you to StudyKit as a teacher. The invitation works once.
        </p>
      ) : (
        <p className="text-slate-700">
          A student&apos;s account: join your class with its code once you are in. Teachers sign up
          with an invitation link from a colleague.
        </p>
      )}
      <Field id="name" name="name" label="Your name" autoComplete="name" required />
      <Field
        id="username"
        name="username"
        label="Username"
        autoComplete="username"
        hint="You sign in with this."
        required
      />
      <Field
        id="email"
        name="email"
        type="email"
        label={teacher ? "Email" : "Email (optional)"}
        autoComplete="email"
        required={teacher}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        hint="At least 8 characters."
        required
      />
      <SubmitButton busy={busy}>Create account</SubmitButton>
    </form>
  );
}
