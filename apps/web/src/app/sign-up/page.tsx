import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ invitation?: string | string[] }>;
}) {
  const { invitation } = await searchParams;
  const code = typeof invitation === "string" && invitation ? invitation : null;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">
        {code ? "Create your teacher account" : "Create an account"}
      </h1>
      <SignUpForm invitation={code} />
    </div>
  );
}
