import Link from "next/link";
import type { SessionUser } from "@studykit/api";
import { SignOutButton } from "./sign-out-button";

const STUDENT_LINKS = [
  { href: "/student", label: "Home" },
  { href: "/student/study", label: "Study" },
  { href: "/student/practice", label: "Practice" },
  { href: "/student/progress", label: "Progress" },
];
const TEACHER_LINKS = [
  { href: "/teacher", label: "Classes" },
  { href: "/teacher/articles", label: "Articles" },
  { href: "/teacher/bank", label: "Question bank" },
  { href: "/teacher/sets", label: "Sets" },
];

export function SiteHeader({ user }: { user: SessionUser | null }) {
  const links = user ? (user.role === "teacher" ? TEACHER_LINKS : STUDENT_LINKS) : [];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="text-lg font-bold text-brand-700">
          StudyKit
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                className="rounded px-1 py-1 text-slate-700 hover:text-brand-700 hover:underline"
              >
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="text-slate-600">
                {user.name} <span className="sr-only">signed in as a</span>
                <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                  {user.role}
                </span>
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-brand-700 underline">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
