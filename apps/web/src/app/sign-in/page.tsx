import Link from "next/link";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <SignInForm />
      <p className="text-sm text-slate-700">
        New here?{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          Create an account
        </Link>
        .
      </p>
    </div>
  );
}
