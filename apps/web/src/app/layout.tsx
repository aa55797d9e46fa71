import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteHeader } from "~/components/site-header";
import { currentUser } from "~/server/session";
import { localeFromAcceptLanguage } from "~/lib/locale-format";
import { LocaleProvider } from "~/lib/use-locale";
import { TRPCReactProvider } from "~/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "StudyKit", template: "%s · StudyKit" },
  description: "Key facts, quizzes and spaced review from a news article.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  // Dates and numbers follow the browser's language; read here so server and browser agree.
  const locale = localeFromAcceptLanguage((await headers()).get("accept-language"));
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader user={user} />
        <LocaleProvider locale={locale}>
          <TRPCReactProvider>
            <main id="main" className="mx-auto max-w-5xl px-4 py-6">
              {children}
            </main>
          </TRPCReactProvider>
        </LocaleProvider>
      </body>
    </html>
  );
}
