import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "../attempt-storage";
import type { AttemptView, QuizQuestion } from "../types";
import {
  firstOpen,
  optionForKey,
  rejectionNotice,
  restoredPosition,
  saveStatusText,
  shortPrompt,
  withSavedAnswer,
} from "./place";

const question = (id: string, extra: Partial<QuizQuestion> = {}) =>
  ({ id, type: "multiple_choice", prompt: id, options: ["a", "b", "c"], ...extra }) as QuizQuestion;
const attempt = (answered: string[], ids = ["q1", "q2", "q3"]) =>
  ({
    questions: ids.map((id) => question(id)),
    answers: Object.fromEntries(
      answered.map((id) => [id, { given: "a", answeredAt: new Date(0), feedback: null }]),
    ),
    answeredCount: answered.length,
  }) as unknown as AttemptView;
const waiting = (questionId: string) => ({ questionId }) as OutboxEntry;

describe("firstOpen", () => {
  it("finds the first question without an answer, saved or waiting", () => {
    expect(firstOpen(attempt([]), [])).toBe(0);
    expect(firstOpen(attempt(["q1"]), [waiting("q2")])).toBe(2);
  });
  it("looks from a place on, then from the start", () => {
    expect(firstOpen(attempt(["q3"]), [], 2)).toBe(0);
  });
  it("is the finish step when every question has an answer", () => {
    expect(firstOpen(attempt(["q1", "q2"]), [waiting("q3")])).toBe(3);
  });
});

describe("restoredPosition", () => {
  it("starts at the beginning with no saved place", () => {
    expect(restoredPosition(attempt([]), null, [])).toBe(0);
  });
  it("goes back to the saved question while it is open", () => {
    expect(restoredPosition(attempt([]), { position: 1 }, [])).toBe(1);
  });
  it("moves on from a saved question that has an answer", () => {
    expect(restoredPosition(attempt(["q2"]), { position: 1 }, [])).toBe(2);
    expect(restoredPosition(attempt([]), { position: 1 }, [waiting("q2")])).toBe(2);
  });
  it("keeps a damaged place within the attempt", () => {
    expect(restoredPosition(attempt([]), { position: -4 }, [])).toBe(0);
    expect(restoredPosition(attempt([]), { position: 1.7 }, [])).toBe(1);
    expect(restoredPosition(attempt([]), { position: 99 }, [])).toBe(0);
  });
});

describe("withSavedAnswer", () => {
  const entry = { questionId: "q2", response: "b" } as unknown as OutboxEntry;
  it("adds a new answer and counts it", () => {
    const out = withSavedAnswer(attempt(["q1"]), entry, null);
    expect(out.answeredCount).toBe(2);
    expect(out.answers.q2).toMatchObject({ given: "b", feedback: null });
  });
  it("keeps an answer already there, with the new feedback if any", () => {
    const before = attempt(["q2"]);
    const feedback = { correct: true } as never;
    const out = withSavedAnswer(before, entry, feedback);
    expect(out.answeredCount).toBe(1);
    expect(out.answers.q2).toMatchObject({ given: "a", feedback });
    expect(withSavedAnswer(before, entry, null).answers.q2!.feedback).toBeNull();
  });
});

describe("optionForKey", () => {
  it("reads 1–9 and A–I for choices, within the options", () => {
    const q = question("q");
    expect(optionForKey(q, "1")).toBe(0);
    expect(optionForKey(q, "C")).toBe(2);
    expect(optionForKey(q, "4")).toBeNull();
    expect(optionForKey(q, "x")).toBeNull();
  });
  it("reads T/F, 1/2 and A/B for true or false", () => {
    const q = question("q", { type: "true_false" });
    expect(["t", "1", "a"].map((k) => optionForKey(q, k))).toEqual([0, 0, 0]);
    expect(["F", "2", "b"].map((k) => optionForKey(q, k))).toEqual([1, 1, 1]);
    expect(optionForKey(q, "3")).toBeNull();
  });
  it("picks nothing in a typed answer", () => {
    expect(optionForKey(question("q", { type: "cloze" }), "1")).toBeNull();
  });
});

describe("saveStatusText", () => {
  it("says what is happening to the answers", () => {
    expect(saveStatusText("sending", 1, 0)).toBe("Saving…");
    expect(saveStatusText("offline", 2, 0)).toBe("Offline: 2 answers waiting");
    expect(saveStatusText("retrying", 1, 3)).toBe("Can't reach StudyKit: 1 answer waiting");
    expect(saveStatusText("signed_out", 1, 3)).toBe("Signed out: 1 answer waiting");
    expect(saveStatusText("saved", 0, 3)).toBe("All answers saved");
    expect(saveStatusText("saved", 0, 0)).toBe("Answers save as you go");
  });
});

describe("shortPrompt", () => {
  it("cuts prompts over 90 characters", () => {
    expect(shortPrompt("x".repeat(90))).toBe("x".repeat(90));
    expect(shortPrompt("x".repeat(91))).toBe(`${"x".repeat(90)}…`);
  });
});

describe("rejectionNotice", () => {
  it("keeps the first answer on a conflict and says a finished attempt took none", () => {
    expect(rejectionNotice("CONFLICT", 2, "")).toEqual({
      text: "Question 2 already had an answer, perhaps from another tab or device. That first answer is the one kept.",
      backInForm: false,
    });
    expect(rejectionNotice("PRECONDITION_FAILED", 3, "").text).toBe(
      "This attempt was already submitted, so your answer to question 3 wasn't added.",
    );
  });
  it("puts any other refused answer back in the form", () => {
    expect(rejectionNotice("BAD_REQUEST", 1, "That answer is too long.")).toEqual({
      text: "Your answer to question 1 couldn't be saved: That answer is too long. It's back in the form: please submit it again.",
      backInForm: true,
    });
  });
});
