import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <SignUpForm />
    </div>
  );
}
