// Buttons, and links that look like one: one set of tones and sizes for every page.
import Link from "next/link";
import type { ComponentProps } from "react";

export type ButtonTone = "primary" | "secondary" | "outline" | "danger" | "quiet";
/** sm: in tables and lists; md: the teacher's forms; lg: a 44 px touch target (student pages). */
export type ButtonSize = "sm" | "md" | "lg";

const TONES: Record<ButtonTone, string> = {
  primary: "border border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  outline: "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  quiet: "border border-transparent text-brand-700 underline-offset-2 hover:underline",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "gap-1.5 rounded px-2.5 py-1 text-sm",
  md: "gap-1.5 rounded px-4 py-2",
  lg: "min-h-11 gap-2 rounded-md px-4 py-2 transition-colors",
};

/** Classes for a button or a link that looks like one. */
export function buttonClass(tone: ButtonTone = "secondary", size: ButtonSize = "md"): string {
  return `inline-flex items-center justify-center font-medium ${SIZES[size]} ${TONES[tone]} disabled:cursor-not-allowed disabled:opacity-60`;
}

export function ButtonLink({
  tone = "primary",
  size = "md",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { tone?: ButtonTone; size?: ButtonSize }) {
  return <Link className={`${buttonClass(tone, size)} ${className}`} {...props} />;
}
