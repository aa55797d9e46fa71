"use client";
import { useState } from "react";
import { authClient } from "~/lib/auth-client";
import { Field } from "~/components/ui/field";
import { FormError } from "~/components/ui/form-error";
import { SubmitButton } from "~/components/ui/submit-button";

export function SignInForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const identifier = String(data.get("identifier") ?? "").trim();
        const password = String(data.get("password") ?? "");
        if (!identifier || !password) {
          setError("Enter your username or email and your password.");
          return;
        }
        setBusy(true);
        setError(null);
        // An "@" means an email; anything else is a username (many students have no email).
        const result = identifier.includes("@")
          ? await authClient.signIn.email({ email: identifier, password })
          : await authClient.signIn.username({ username: identifier, password });
        if (result.error) {
          setBusy(false);
          setError(
            result.error.status === 429
              ? (result.error.message ??
                  "Too many failed sign-ins. Wait a few minutes and try again.")
              : "That username or password is not right.",
          );
          return;
        }
        // A full load of home, which the server redirects to the right area: the form stays
        // on screen, busy, until that page paints. A client push showed an empty page between
        // home's redirect and the area's first render.
        window.location.assign("/");
      }}
    >
      <FormError message={error} />
      <Field
        id="identifier"
        name="identifier"
        label="Username or email"
        autoComplete="username"
        required
      />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      <SubmitButton busy={busy}>Sign in</SubmitButton>
    </form>
  );
}
