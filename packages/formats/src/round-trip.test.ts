// The two formats StudyKit both writes and reads: each imports its own export as the same questions.
import { describe, expect, it } from "vitest";
import { exportSet, importQuestions, type ImportFormat } from "./index";
import { roundTripType, shippedSet } from "./test-support";

describe.each<{ format: ImportFormat; label: string }>([
  { format: "moodle-xml", label: "Moodle XML" },
  { format: "gift", label: "GIFT" },
])("$label round trip", ({ format }) => {
  it("imports its own export as the same questions", async () => {
    const set = shippedSet();
    const file = await exportSet(format, set);
    const result = importQuestions(format, file.body as string);
    expect(result.format).toBe(format);
    expect(result.title).toBe(set.title);
    expect(result.skipped).toEqual([]);
    expect(result.questions).toHaveLength(set.questions.length);
    result.questions.forEach(({ question: back, name }, i) => {
      const q = set.questions[i]!.question;
      expect(name).toMatch(/^\d+ /);
      expect(back.type).toBe(roundTripType(q.type));
      expect(back.prompt).toBe(q.prompt);
      expect(back.explanation).toBe(q.explanation);
      expect(back).toMatchObject({
        sourceSentenceIds: [],
        factIds: [],
        stance: "stated",
        attribution: null,
      });
      expect(back.options).toEqual(q.type === "matching" ? expect.anything() : q.options);
      if (q.type === "cloze")
        expect(back).toMatchObject({
          answer: q.answer,
          acceptableAnswers: [...new Set([q.answer, ...q.acceptableAnswers])],
        });
      else if (q.type === "open")
        expect(back).toMatchObject({ modelAnswer: q.modelAnswer, rubric: q.rubric });
      else if (q.type === "matching" && back.type === "matching") {
        expect(back.answer).toEqual(q.answer);
        expect([...back.options.right].sort()).toEqual([...q.options.right].sort());
      } else expect(back.answer).toEqual(q.answer);
    });
  });
});
