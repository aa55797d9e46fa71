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

  it("lets a teacher invite a colleague with a link that signs them up as a teacher, once", async () => {
    const teacher = await newPage(browser);
    await signIn(teacher, "teacher", "teach-studykit");
    await teacher.getByRole("button", { name: "Create an invitation link" }).click();
    const field = teacher.getByLabel("Invitation link");
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/\/sign-up\?invitation=[A-Za-z0-9_-]{22}$/);

    const colleague = await newPage(browser);
    await colleague.goto(link);
    await colleague.getByRole("heading", { name: "Create your teacher account" }).waitFor();
    expect(await seriousViolations(colleague)).toEqual([]);
    const username = `inv${Date.now() % 100000}`;
    await colleague.getByLabel("Your name").fill("Invited Teacher");
    await colleague.getByLabel("Username").fill(username);
    await colleague.getByLabel("Email").fill(`${username}@school.example`);
    await colleague.getByLabel("Password").fill("a-teacher-password");
    await submitAuthForm(colleague, "Create account", "sign-up");
    await colleague.waitForURL("**/teacher");

    // The same link again makes no second account.
    const latecomer = await newPage(browser);
    await latecomer.goto(link);
    await latecomer.getByLabel("Your name").fill("Second Comer");
    await latecomer.getByLabel("Username").fill(`${username}b`);
    await latecomer.getByLabel("Email").fill(`${username}b@school.example`);
    await latecomer.getByLabel("Password").fill("a-teacher-password");
    await submitAuthForm(latecomer, "Create account", "sign-up");
    await latecomer
      .getByText("this invitation is not valid, has been used or has expired")
      .waitFor();
    expect(new URL(latecomer.url()).pathname).toBe("/sign-up");
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
