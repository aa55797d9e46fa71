"use client";
// The viewer's locale for client components: the server reads it from the browser's
// Accept-Language and hands it down, so the server's render and the browser's agree.
import { createContext, useContext } from "react";
import { FALLBACK_LOCALE, formatNumber } from "./locale-format";

const LocaleContext = createContext(FALLBACK_LOCALE);

export function LocaleProvider({
  locale,
  children,
}: {
  locale: string;
  children: React.ReactNode;
}) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): string {
  return useContext(LocaleContext);
}

/** A number in the viewer's locale: "11,280", "11.280". */
export function Num({ value }: { value: number }) {
  return <>{formatNumber(value, useLocale())}</>;
}
