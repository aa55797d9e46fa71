// The generator's recommended set in the product, as the demo teacher in Chromium: the review
// opens on the recommended questions best first with the other candidates one click away,
// "Accept all recommended" accepts them in one action, the set builder draws accepted questions
// best first, and the demo seed's sets are made of recommended questions. Expectations come
// from the stored kit at test time, never from fixed counts or texts.
import { readDefaultArticle } from "@studykit/content/default-article";
import { DEMO_TEACHER, effectiveQuestion } from "@studykit/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eDatabase } from "./student-fixtures";
import { screenshot, seriousViolations } from "./support";
import {
  closeSession,
  deleteArticle,
  open,
  openAsDemoTeacher,
  reviewPath,
  storePendingArticle,
  unique,
} from "./teacher-support";

let browser: Browser;
let teacher: Page;
let articleId = "";
const title = `Recommended check ${unique()}`;

beforeAll(async () => {
  // The whole shipped article under a new title: a new text, so a new article, all pending.
  articleId = await storePendingArticle(
    [title, ...readDefaultArticle().split("\n").slice(1)].join("\n"),
  );
  ({ browser, teacher } = await openAsDemoTeacher());
});

afterAll(() => closeSession(browser, () => deleteArticle(articleId)));

/** The article's live questions, best first as the kit ranked them. */
const rows = () =>
  e2eDatabase().question.findMany({
    where: { articleId, retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      score: true,
      recommended: true,
      reviewStatus: true,
      generated: true,
      override: true,
    },
  });

/** Ids of the question cards in page order. */
const cardIds = async (page: Page) =>
  (await page.locator('article[id^="review-q-"]').evaluateAll((els) => els.map((e) => e.id))).map(
    (id) => id.slice("review-q-".length),
  );

describe("the recommended set in the product", () => {
  it("opens the review on the recommended questions, best first, the rest one click away", async () => {
    const all = await rows();
    const recommended = all.filter((r) => r.recommended);
    const candidates = all.filter((r) => !r.recommended);
    expect(recommended.length).toBeGreaterThan(0);
    expect(candidates.length).toBeGreaterThan(0);

    await open(teacher, reviewPath(articleId));
    const recommendedButton = teacher.getByRole("button", {
      name: `Recommended (${recommended.length})`,
      exact: true,
    });
    const moreButton = teacher.getByRole("button", {
      name: `More candidates (${candidates.length})`,
      exact: true,
    });
    expect(await recommendedButton.getAttribute("aria-pressed")).toBe("true");
    expect(await moreButton.getAttribute("aria-pressed")).toBe("false");
    await teacher.getByLabel(`Pending (${recommended.length})`).waitFor();
    // Best first: the page lists exactly the recommended set in the kit's order, scores falling.
    expect(await cardIds(teacher)).toEqual(recommended.map((r) => r.id));
    const scores = recommended.map((r) => r.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(await seriousViolations(teacher)).toEqual([]);

    // One key press away from the keyboard: Tab to the button, Enter.
    await moreButton.focus();
    await teacher.keyboard.press("Enter");
    await expect.poll(() => moreButton.getAttribute("aria-pressed")).toBe("true");
    await teacher.getByLabel(`Pending (${candidates.length})`).waitFor();
    expect((await cardIds(teacher)).sort()).toEqual(candidates.map((r) => r.id).sort());
    // Their groups come best first too: the first card is the best candidate.
    expect((await cardIds(teacher))[0]).toBe(candidates[0]!.id);
    await recommendedButton.click();
    expect(await cardIds(teacher)).toEqual(recommended.map((r) => r.id));
  });

  it("accepts every recommended question in one action and says what happened", async () => {
    const before = await rows();
    // A decision made first stands: one recommended question rejected by hand.
    const rejected = before.find((r) => r.recommended)!;
    await open(teacher, reviewPath(articleId));
    await teacher
      .locator(`#review-q-${rejected.id}`)
      .getByRole("button", { name: /^Reject question \d+$/ })
      .click();
    await teacher.locator(`#review-q-${rejected.id}`).getByText("Saved: rejected.").waitFor();

    const recommended = before.filter((r) => r.recommended).length;
    const waiting = recommended - 1;
    await teacher.getByRole("button", { name: `Accept all recommended (${waiting})` }).click();
    await teacher
      .getByText(
        `Accepted ${waiting} recommended question${waiting === 1 ? "" : "s"}. ${waiting} of the ${recommended} recommended questions`,
        { exact: false },
      )
      .waitFor();
    await teacher.getByText("1 question you rejected stays rejected.", { exact: false }).waitFor();
    await teacher.getByRole("button", { name: "Accept all recommended (0)" }).waitFor();
    expect(
      await teacher.getByRole("button", { name: "Accept all recommended (0)" }).isDisabled(),
    ).toBe(true);
    await teacher.getByText(/^All \d+ recommended questions are reviewed/).waitFor();

    const after = await rows();
    for (const r of after) {
      const expected = r.id === rejected.id ? "rejected" : r.recommended ? "accepted" : "pending";
      expect(r.reviewStatus, r.id).toBe(expected);
    }
    await screenshot(teacher, "teacher-recommended");
  });

  it("builds a mix from the accepted questions best first, and lists them best first", async () => {
    // Accept the best two other candidates as well: a mix must rank them among the rest.
    const db = e2eDatabase();
    const extra = (await rows()).filter((r) => !r.recommended).slice(0, 2);
    await db.question.updateMany({
      where: { id: { in: extra.map((r) => r.id) } },
      data: { reviewStatus: "accepted", reviewedById: DEMO_TEACHER.id, reviewedAt: new Date() },
    });
    const accepted = (await rows())
      .filter((r) => r.reviewStatus === "accepted")
      .sort((a, b) => b.score! - a.score!);

    await open(teacher, `/teacher/sets/new?article=${articleId}`);
    // The hand-picker lists the accepted questions best first, the recommended ones marked.
    const list = teacher.getByRole("region", { name: "Questions in the bank" });
    await list.locator("li").first().waitFor();
    const listed = await list.locator("li label").allTextContents();
    expect(listed).toEqual(accepted.map((r) => effectiveQuestion(r).prompt));
    expect(await list.getByText("Recommended", { exact: true }).count()).toBe(
      accepted.filter((r) => r.recommended).length,
    );

    const setTitle = `Best first ${unique()}`;
    await teacher.getByLabel("Title").fill(setTitle);
    await teacher.getByLabel("Ask for a mix").check();
    const count = Math.min(5, accepted.length);
    await teacher.getByLabel("Number of questions").fill(String(count));
    await teacher.getByRole("button", { name: "Create set from the mix" }).click();
    await teacher.waitForURL(/\/teacher\/sets\/[^/?]+\?created=mix/);
    await teacher.getByRole("heading", { level: 1, name: setTitle }).waitFor();

    const set = await db.questionSet.findFirstOrThrow({
      where: { title: setTitle },
      select: {
        items: {
          orderBy: { position: "asc" },
          select: { question: { select: { id: true, score: true, reviewStatus: true } } },
        },
      },
    });
    const picked = set.items.map((i) => i.question);
    expect(picked).toHaveLength(count);
    expect(picked.every((q) => q.reviewStatus === "accepted")).toBe(true);
    // Best first, starting from the best accepted question.
    expect(picked[0]!.id).toBe(accepted[0]!.id);
    const scores = picked.map((q) => q.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // The set page shows them in that order.
    const headings = await teacher.locator("main article h2").allTextContents();
    expect(headings).toEqual(picked.map((_, i) => `Question ${i + 1}`));
  });

  it("shows the demo's sets made of recommended questions", async () => {
    const db = e2eDatabase();
    const sets = await db.questionSet.findMany({
      where: { ownerId: DEMO_TEACHER.id, id: { startsWith: "seed-set-" } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        items: {
          orderBy: { position: "asc" },
          select: { question: { select: { id: true, recommended: true } } },
        },
      },
    });
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      expect(set.items.length, set.id).toBeGreaterThan(0);
      expect(
        set.items.every((i) => i.question.recommended),
        set.id,
      ).toBe(true);
    }
    // As the teacher sees the first of them: those questions, in that order.
    const first = sets[0]!;
    await open(teacher, `/teacher/sets/${first.id}`);
    await teacher.locator("main article").first().waitFor();
    const shown = await teacher
      .locator("main article h2")
      .evaluateAll((els) => els.map((e) => e.id.slice("set-question-".length)));
    expect(shown).toEqual(first.items.map((i) => i.question.id));
  });
});
