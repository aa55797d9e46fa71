// Imported drafts are held to StudyKit's own question rules, less the two an import cannot meet
// (a source sentence and a fact), as the database layer does when it stores them.
import { validateQuestion, type QuestionDraft } from "@studykit/content";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportSet, importQuestions } from "./index";
import { shippedSet } from "./test-support";
import type { ImportFormat } from "./types";

const issues = (q: QuestionDraft) =>
  validateQuestion({
    ...q,
    sourceSentenceIds: ["imported"],
    factIds: ["imported"],
  } as QuestionDraft).map((i) => i.message);

describe("imported questions meet StudyKit's question rules", () => {
  it.each([
    ["moodle-xml", "moodle-sample.xml"],
    ["gift", "gift-sample.txt"],
  ] as const)("in the hand-written %s sample", (format: ImportFormat, sample: string) => {
    const text = readFileSync(new URL(`./samples/${sample}`, import.meta.url), "utf8");
    const result = importQuestions(format, text);
    expect(result.questions.length).toBeGreaterThan(5);
    const invalid = result.questions
      .map((q) => [q.name, issues(q.question)] as const)
      .filter(([, list]) => list.length > 0);
    expect(invalid).toEqual([]);
  });

  it.each(["moodle-xml", "gift"] as const)(
    "after a %s round trip of the shipped set",
    async (format) => {
      const file = await exportSet(format, shippedSet());
      const invalid = importQuestions(format, file.body as string).questions.filter(
        (q) => issues(q.question).length,
      );
      expect(invalid).toEqual([]);
    },
  );
});
