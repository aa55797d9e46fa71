// Progress reporting never changes the kit: deriveStudyKit with and without onProgress, and
// deriveStudyKitAsync, give byte-identical output; the async one lets timers run between steps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "./default-article";
import { deriveStudyKit, deriveStudyKitAsync } from "./derive";
import { QUESTION_TYPES, type DeriveProgress } from "./types";

const SHIPPED = readDefaultArticle();
const [TITLE, , ...BODY] = SHIPPED.split("\n\n");
const PARAGRAPHS = BODY.filter((p) => p.length > 80 && !/Scroll to Top/.test(p));

/** A long article built from the shipped one: its paragraphs again and again, figures varied. */
function longArticle(targetChars: number): string {
  const out = [`${TITLE} (extended)`];
  let size = out[0]!.length;
  for (let round = 0; size < targetChars; round++) {
    for (const p of PARAGRAPHS) {
      const varied = p.replace(/\d+/g, (n) => String(Number(n) + round));
      out.push(varied);
      size += varied.length + 2;
      if (size >= targetChars) break;
    }
  }
  return out.join("\n\n");
}

function checkProgress(events: DeriveProgress[], types = QUESTION_TYPES) {
  expect(events.map((e) => e.stage)).toEqual([
    "reading",
    "facts",
    ...types.map(() => "questions"),
    "done",
  ]);
  expect(events.filter((e) => e.stage === "questions").map((e) => e.questionType)).toEqual(types);
  expect(events[0]!.fraction).toBe(0);
  expect(events.at(-1)!.fraction).toBe(1);
  for (let i = 1; i < events.length; i++) {
    expect(events[i]!.fraction).toBeGreaterThan(events[i - 1]!.fraction);
  }
}

describe("progress while deriving", () => {
  it("reports each step in order, from 0 to 1, on the shipped article", () => {
    const events: DeriveProgress[] = [];
    deriveStudyKit(SHIPPED, { onProgress: (p) => void events.push(p) });
    checkProgress(events);
  });

  it("reports only the question types asked for", () => {
    const events: DeriveProgress[] = [];
    deriveStudyKit(SHIPPED, {
      types: ["cloze", "numeric"],
      onProgress: (p) => void events.push(p),
    });
    checkProgress(events, ["cloze", "numeric"]);
  });

  it("gives byte-identical output with and without progress, sync and async (property)", async () => {
    // Articles made of a random selection of the shipped paragraphs, in a random order.
    const article = fc
      .array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 8 })
      .map((ps) => [TITLE, ...ps].join("\n\n"));
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const plain = JSON.stringify(deriveStudyKit(text));
        const events: DeriveProgress[] = [];
        const withProgress = JSON.stringify(
          deriveStudyKit(text, { onProgress: (p) => void events.push(p) }),
        );
        const asyncEvents: DeriveProgress[] = [];
        const async = JSON.stringify(
          await deriveStudyKitAsync(text, { onProgress: (p) => void asyncEvents.push(p) }),
        );
        expect(withProgress).toBe(plain);
        expect(async).toBe(plain);
        expect(asyncEvents).toEqual(events);
      }),
      { numRuns: 12 },
    );
  });

  it("lets the event loop run between steps on a ~100 KB article, with the same kit", async () => {
    const text = longArticle(100_000);
    expect(text.length).toBeGreaterThan(99_000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const seenAt: number[] = [];
    const t0 = performance.now();
    const kit = await deriveStudyKitAsync(text, { onProgress: () => void seenAt.push(ticks) });
    const ms = performance.now() - t0;
    clearInterval(ticker);
    // A timer fired between (nearly) every two steps: other requests would have been served.
    const advanced = seenAt.slice(1).filter((t, i) => t > seenAt[i]!).length;
    expect(advanced).toBeGreaterThanOrEqual(seenAt.length - 2);
    expect(JSON.stringify(kit)).toBe(JSON.stringify(deriveStudyKit(text)));
    console.log(
      `~100 KB article (${text.length} chars): ${kit.questions.length} questions in ${ms.toFixed(0)} ms async, ${seenAt.length} progress steps, timers ran between ${advanced} of them`,
    );
  });
});

describe("onRejected", () => {
  it("hears of every candidate the validator drops, with its rules, and changes nothing", () => {
    const text = readDefaultArticle();
    const rules: string[] = [];
    const told = deriveStudyKit(text, {
      onRejected: (q, issues) => {
        expect(q.prompt.length).toBeGreaterThan(0);
        rules.push(...issues.map((i) => i.rule));
      },
    });
    expect(JSON.stringify(told)).toBe(JSON.stringify(deriveStudyKit(text)));
    // The shipped article's own subject (Pakistan, Afghanistan) is offered as an answer and refused.
    expect(rules).toContain("topic");
  });
});
