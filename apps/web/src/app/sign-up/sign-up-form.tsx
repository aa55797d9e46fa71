"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormError, SubmitButton } from "~/components/form";
import { authClient } from "~/lib/auth-client";

type Role = "teacher" | "student";

export function SignUpForm() {
  const router = useRouter();
  const [role, setRole] = useState<Role>("student");
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
        if (role === "teacher" && !email)
          return setError("Teachers sign up with an email address.");
        if (password.length < 8) return setError("Choose a password of at least 8 characters.");
        setBusy(true);
        setError(null);
        // Students may leave the email empty; the server gives them an address that receives no mail.
        const result = await authClient.signUp.email({
          name,
          username,
          email,
          password,
          role,
        } as Parameters<typeof authClient.signUp.email>[0]);
        setBusy(false);
        if (result.error) {
          setError(result.error.message ?? "The account could not be created.");
          return;
        }
        router.push(role === "teacher" ? "/teacher" : "/student");
        router.refresh();
      }}
    >
      <FormError message={error} />
      <fieldset className="space-y-2">
        <legend className="font-medium">I am a</legend>
        <div className="flex gap-4">
          {(["student", "teacher"] as const).map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input
                type="radio"
                name="role"
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
              />
              {r === "student" ? "Student" : "Teacher"}
            </label>
          ))}
        </div>
      </fieldset>
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
        label={role === "teacher" ? "Email" : "Email (optional)"}
        autoComplete="email"
        required={role === "teacher"}
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
