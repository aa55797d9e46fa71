import { redirect } from "next/navigation";
import { currentUser } from "~/server/session";
import { WelcomeForm } from "./welcome-form";

export const metadata = { title: "Choose your password" };

export default async function WelcomePage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (!user.mustChangePassword) redirect("/");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
      <p className="text-slate-700">
        Your teacher gave you a one-time password. Choose your own password to start.
      </p>
      <WelcomeForm />
    </div>
  );
}
