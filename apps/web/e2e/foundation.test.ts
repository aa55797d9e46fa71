// The shell every user meets: home with the demo accounts, sign-in by username, sign-up, and
// role-based redirects. Each main page passes axe-core with no serious or critical violation.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, seriousViolations, signIn, submitAuthForm } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the shell", () => {
  it("says what StudyKit is and offers the demo accounts on a fresh install", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /Learn the news/,
    );
    await expect(
      page.getByRole("table", { name: "Demo accounts" }).textContent(),
    ).resolves.toContain("amira");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("signs a student in by username and a teacher in by email, each to their own home", async () => {
    const student = await newPage(browser);
    await signIn(student, "amira", "learn-studykit");
    expect(new URL(student.url()).pathname).toBe("/student");
    const teacher = await newPage(browser);
    await signIn(teacher, "teacher@demo.studykit.example", "teach-studykit");
    expect(new URL(teacher.url()).pathname).toBe("/teacher");
    // A student who opens a teacher page is sent home.
    await student.goto("/teacher");
    expect(new URL(student.url()).pathname).toBe("/student");
  });

  it("says clearly when a password is wrong, and changes nothing", async () => {
    const page = await newPage(browser);
    await page.goto("/sign-in");
    await page.getByLabel("Username or email").fill("ben");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Next's route announcer is an alert too: look for ours by its text.
    await page.getByRole("alert").filter({ hasText: "not right" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("creates a student account with a username and no email", async () => {
    const page = await newPage(browser);
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Sam Student");
    await page.getByLabel("Username").fill(`sam${Date.now() % 100000}`);
    await page.getByLabel("Password").fill("a-good-password");
    expect(await seriousViolations(page)).toEqual([]);
    await submitAuthForm(page, "Create account", "sign-up");
    await page.waitForURL("**/student");
  });
});
