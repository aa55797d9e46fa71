import type { ChoiceQuestion } from "@studykit/content";
import { describe, expect, it } from "vitest";
import { exportSet } from "./index";
import { shippedSet } from "./test-support";

/** Reads Aiken as Moodle's importer does: a question line, lettered options, an ANSWER line. */
function readAiken(text: string) {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split("\n");
      const answer = /^ANSWER: ([A-Z])$/.exec(lines.at(-1)!);
      const options = lines.slice(1, -1).map((line) => /^([A-Z])\. (.+)$/.exec(line));
      expect(answer, block).not.toBeNull();
      expect(options.every(Boolean), block).toBe(true);
      return {
        prompt: lines[0]!,
        options: options.map((m) => m![2]!),
        letters: options.map((m) => m![1]),
        answer: answer![1]!,
      };
    });
}

describe("Aiken export", () => {
  it("holds every single-answer choice question and skips the rest with a reason", async () => {
    const set = shippedSet();
    const file = await exportSet("aiken", set);
    const choice = set.questions.filter((q) =>
      ["multiple_choice", "numeric", "attribution"].includes(q.question.type),
    );
    const others = set.questions.filter((q) => !choice.includes(q));
    const read = readAiken(file.body as string);
    expect(read).toHaveLength(choice.length);
    read.forEach((r, i) => {
      const q = choice[i]!.question as ChoiceQuestion;
      expect(r.prompt).toBe(q.prompt);
      expect(r.options).toEqual(q.options);
      expect(r.letters).toEqual(["A", "B", "C", "D"]);
      expect(r.options[r.answer.charCodeAt(0) - 65]).toBe(q.answer);
    });
    expect(file.skipped.map((s) => s.questionId)).toEqual(others.map((q) => q.id));
    expect(
      file.skipped.find(
        (s) => s.questionId === others.find((q) => q.question.type === "true_false")!.id,
      )?.reason,
    ).toBe("Aiken holds only multiple-choice questions, not true false");
  });
});
