// E2E helpers: Debian's Chromium through playwright-core, sign-in, and an axe-core check.
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

const require = createRequire(import.meta.url);
export const ARTIFACTS = fileURLToPath(new URL("../test-results/", import.meta.url));

export const baseURL = () => inject("baseURL");

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport });
  return context.newPage();
}

/**
 * Clicks a sign-in or sign-up form's button. The server takes 20 sign-ins and 10 sign-ups a minute
 * from one address, and the whole run comes from one: when it says to wait, wait out the window
 * and send the form again.
 */
export async function submitAuthForm(
  page: Page,
  button: string,
  endpoint: "sign-in" | "sign-up",
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().includes(`/api/auth/${endpoint}/`) && r.request().method() === "POST",
      ),
      page.getByRole("button", { name: button }).click(),
    ]);
    if (response.status() !== 429 || attempt >= 2) break;
    const headers = response.headers();
    const seconds = Number(headers["x-retry-after"] ?? headers["retry-after"] ?? 30);
    await page.waitForTimeout(Math.min(61, Math.max(1, seconds || 30)) * 1000);
  }
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(password);
  await submitAuthForm(page, "Sign in", "sign-in");
  // Home sends each role on to its own area.
  await page.waitForURL(/\/(student|teacher|welcome)(\/|$)/);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
