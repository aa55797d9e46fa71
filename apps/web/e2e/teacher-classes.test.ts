// A new teacher's first class: the empty state, creating and renaming a class, adding students
// in bulk (sign-in details shown once, downloaded as CSV, printed as a clean sheet), a created
// student's first sign-in, removing a student and archiving a class.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, screenshot, seriousViolations, signIn } from "./support";
import { csvRows, downloadOf, focused, signUpTeacher, unique, open } from "./teacher-support";

let browser: Browser;
let teacher: Page;
const className = `Year 9 Media ${unique()}`;
const renamed = `${className} Studies`;
let classPath = "";
const created: { name: string; username: string; password: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  teacher = await newPage(browser);
  await signUpTeacher(teacher, "Priya Shah");
});
afterAll(() => browser?.close());

describe("a teacher's classes", () => {
  it("shows a new teacher what to do first, and no accessibility problems", async () => {
    await open(teacher, "/teacher");
    await teacher.getByText("No classes yet").waitFor();
    expect(await teacher.getByText("Name your first class above").isVisible()).toBe(true);
    expect(await seriousViolations(teacher)).toEqual([]);
  });

  it("refuses a class without a name, then creates one with a join code", async () => {
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByText("Give the class a name.").waitFor();
    expect(await teacher.getByLabel("New class name").getAttribute("aria-invalid")).toBe("true");

    await teacher.getByLabel("New class name").fill(className);
    await teacher.getByLabel("New class name").press("Enter");
    await teacher.waitForURL(/\/teacher\/classes\/[^/?]+\?created=1$/);
    classPath = new URL(teacher.url()).pathname;
    await teacher.getByRole("heading", { level: 1, name: className }).waitFor();
    await teacher.getByText("Your class is ready.").waitFor();
    const code = await teacher.locator("[data-join-code]").textContent();
    expect(code).toMatch(/^[A-Z0-9]{4,12}$/);
    await teacher.getByText("No students yet").waitFor();
    await teacher.getByText("Nothing assigned yet").waitFor();
  });

  it("renames the class in place, and Esc cancels a rename", async () => {
    await open(teacher, "/teacher");
    await teacher.getByRole("button", { name: `Rename ${className}` }).click();
    const input = teacher.getByLabel(`New name for ${className}`);
    await input.fill("Something else");
    await input.press("Escape");
    expect(await input.count()).toBe(0);
    // Focus returns to the Rename button, so a keyboard user is not lost (on the next frame,
    // once the form has gone: wait for it, a loaded machine can take longer than one check).
    await expect.poll(() => focused(teacher), { timeout: 5000 }).toBe(`Rename ${className}`);

    await teacher.getByRole("button", { name: `Rename ${className}` }).click();
    await teacher.getByLabel(`New name for ${className}`).fill(renamed);
    await teacher.getByRole("button", { name: "Save name" }).click();
    await teacher.getByText(`Renamed the class to “${renamed}”.`).waitFor();
    await teacher.getByRole("link", { name: renamed, exact: true }).waitFor();
  });

  it("adds students in bulk and shows their sign-in details once, as CSV and as a printable sheet", async () => {
    await open(teacher, classPath);
    const names = teacher.getByLabel("Students’ names, one per line");
    await teacher.getByRole("button", { name: "Create account" }).click();
    await teacher.getByText("Type or paste at least one name, one per line.").waitFor();

    await names.fill("Zoë Adams\n  Yusuf Ali \n\nMaria García\n");
    await teacher.getByText("3 names to add.").waitFor();
    await teacher.getByRole("button", { name: "Create 3 accounts" }).click();

    const sheet = teacher.getByRole("table", {
      name: `Usernames and one-time passwords for ${renamed}`,
    });
    await sheet.waitFor();
    const rows = sheet.locator("tbody tr");
    expect(await rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const cells = await rows.nth(i).locator("th, td").allTextContents();
      created.push({ name: cells[0]!, username: cells[1]!, password: cells[2]! });
    }
    expect(created.map((c) => c.name)).toEqual(["Zoë Adams", "Yusuf Ali", "Maria García"]);
    for (const c of created) {
      expect(c.username).toMatch(/^[a-z0-9]{3,}$/);
      expect(c.password).toMatch(/^[a-z2-9]{10}$/);
    }
    expect(created[0]!.username.startsWith("zoea")).toBe(true);
    await teacher.getByText("The one-time passwords are shown only this once.").waitFor();

    // The CSV holds exactly what the screen shows, with the class and its join code.
    const { filename, text } = await downloadOf(teacher, () =>
      teacher.getByRole("button", { name: "Download CSV" }).click(),
    );
    expect(filename).toMatch(/^year-9-media-.*-studies-sign-in-details\.csv$/);
    const [header, ...body] = csvRows(text);
    expect(header).toEqual(["class", "join code", "name", "username", "one-time password"]);
    expect(body).toHaveLength(3);
    const code = (await teacher.locator("[data-join-code]").textContent())!;
    for (const [i, row] of body.entries()) {
      expect(row).toEqual([
        renamed,
        code,
        created[i]!.name,
        created[i]!.username,
        created[i]!.password,
      ]);
    }

    // The roster lists them as not signed in yet.
    const roster = teacher.getByRole("table", { name: `Students in ${renamed}` });
    await roster.getByRole("rowheader", { name: /Yusuf Ali/ }).waitFor();
    expect(await roster.getByText("Not signed in yet").count()).toBe(3);
    expect(await seriousViolations(teacher)).toEqual([]);

    // Printed, the page is only the sheet: no navigation, roster or forms.
    await teacher.emulateMedia({ media: "print" });
    expect(await teacher.getByText("StudyKit sign-in details").isVisible()).toBe(true);
    expect(await sheet.isVisible()).toBe(true);
    expect(await teacher.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await roster.isVisible()).toBe(false);
    expect(await names.isVisible()).toBe(false);
    expect(await teacher.getByRole("button", { name: "Download CSV" }).isVisible()).toBe(false);
    await screenshot(teacher, "teacher-sign-in-sheet-print");
    await teacher.emulateMedia({ media: "screen" });
  });

  it("lets a created student sign in with the one-time password, and asks them to choose their own", async () => {
    const yusuf = created[1]!;
    const student = await newPage(browser);
    await signIn(student, yusuf.username, yusuf.password);
    expect(new URL(student.url()).pathname).toBe("/welcome");
    await student.getByRole("heading", { name: `Welcome, ${yusuf.name}` }).waitFor();
    await student.getByLabel("One-time password from your teacher").fill(yusuf.password);
    await student.getByLabel("New password", { exact: true }).fill("yusufs-own-password");
    await student.getByLabel("New password again").fill("yusufs-own-password");
    await student.getByRole("button", { name: "Save my password" }).click();
    await student.waitForURL("**/student");
    // The teacher area is not theirs: every page of it sends them home.
    for (const path of [classPath, "/teacher/bank", "/teacher/sets/new"]) {
      await student.goto(path);
      expect(new URL(student.url()).pathname).toBe("/student");
    }
    await student.context().close();

    // The teacher's roster now shows Yusuf as joined.
    await teacher.reload();
    const row = teacher
      .getByRole("table", { name: `Students in ${renamed}` })
      .getByRole("row", { name: /Yusuf Ali/ });
    await row.getByText(/^Joined /).waitFor();
  });

  it("removes a student only after confirming, and Esc backs out", async () => {
    const maria = created[2]!;
    const remove = teacher.getByRole("button", { name: `Remove ${maria.name}` });
    await remove.click();
    const dialog = teacher.getByRole("dialog", { name: `Remove ${maria.name} from ${renamed}?` });
    await dialog.waitFor();
    // Cancel has focus, so Enter does no harm.
    await expect.poll(() => focused(teacher), { timeout: 5000 }).toBe("Cancel");
    await teacher.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => focused(teacher), { timeout: 5000 }).toBe(`Remove ${maria.name}`);

    await remove.click();
    await dialog.getByRole("button", { name: "Remove student" }).click();
    await teacher.getByText(`Removed ${maria.name} from ${renamed}.`).waitFor();
    expect(await teacher.getByRole("rowheader", { name: new RegExp(maria.name) }).count()).toBe(0);
    await teacher.getByRole("heading", { name: "Students (2)" }).waitFor();
  });

  it("archives the class after confirming, and brings it back", async () => {
    await open(teacher, "/teacher");
    await teacher.getByRole("button", { name: `Archive ${renamed}` }).click();
    await teacher
      .getByRole("dialog", { name: `Archive “${renamed}”?` })
      .getByRole("button", { name: "Archive class" })
      .click();
    await teacher.getByText(`Archived “${renamed}”.`).waitFor();
    await teacher.getByText("No classes yet").waitFor();
    await teacher.getByText("Archived classes (1)").click();
    await teacher.getByRole("button", { name: `Unarchive ${renamed}` }).click();
    await teacher.getByText(`“${renamed}” is back among your current classes.`).waitFor();
    await teacher.getByRole("link", { name: renamed, exact: true }).waitFor();
  });

  it("sends a signed-out visitor to sign in", async () => {
    const visitor = await newPage(browser);
    await visitor.goto("/teacher/sets");
    expect(new URL(visitor.url()).pathname).toBe("/sign-in");
    await visitor.context().close();
  });

  it("says a class that is not the teacher's was not found", async () => {
    await open(teacher, "/teacher/classes/seed-class");
    await teacher.getByRole("heading", { name: "Class not found" }).waitFor();
    await teacher.getByRole("link", { name: "Go to your classes" }).waitFor();
  });
});
