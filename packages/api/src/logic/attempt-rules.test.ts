import { describe, expect, it } from "vitest";
import {
  AttemptRefusedError,
  checkAnswerAccepted,
  checkAttemptStart,
  checkReviewAllowed,
  describeRefusal,
  finishAttempt,
  holdsBackFromPractice,
  isPastDue,
  pickAttemptQuestions,
} from "./attempt-rules";

const now = new Date("2030-05-10T12:00:00Z");
const earlier = new Date("2030-05-09T12:00:00Z");
const later = new Date("2030-05-11T12:00:00Z");

describe("isPastDue", () => {
  it("is past due only after a due date, never without one", () => {
    expect(isPastDue(earlier, now)).toBe(true);
    expect(isPastDue(now, now)).toBe(false);
    expect(isPastDue(later, now)).toBe(false);
    expect(isPastDue(null, now)).toBe(false);
  });
});

describe("checkAttemptStart", () => {
  const open = { opensAt: earlier, dueAt: later, attemptsAllowed: 2 };
  const fresh = { attemptsUsed: 0, questionCount: 5 };

  it("lets an open assignment with attempts and questions left start", () => {
    expect(checkAttemptStart(open, fresh, now)).toBeNull();
    expect(checkAttemptStart({ ...open, dueAt: null, attemptsAllowed: null }, fresh, now)).toBe(
      null,
    );
    expect(checkAttemptStart({ ...open, opensAt: now }, fresh, now)).toBeNull();
  });

  it("refuses before it opens, saying when it opens", () => {
    expect(checkAttemptStart({ ...open, opensAt: later }, fresh, now)).toEqual({
      reason: "not_open_yet",
      opensAt: later,
    });
  });

  it("refuses after the due date", () => {
    expect(checkAttemptStart({ ...open, dueAt: earlier }, fresh, now)).toEqual({
      reason: "past_due",
    });
  });

  it("refuses once every allowed attempt is used, and never when attempts are unlimited", () => {
    expect(checkAttemptStart(open, { ...fresh, attemptsUsed: 1 }, now)).toBeNull();
    expect(checkAttemptStart(open, { ...fresh, attemptsUsed: 2 }, now)).toEqual({
      reason: "no_attempts_left",
      attemptsAllowed: 2,
    });
    expect(
      checkAttemptStart({ ...open, attemptsAllowed: null }, { ...fresh, attemptsUsed: 50 }, now),
    ).toBeNull();
  });

  it("refuses an assignment with nothing left to ask", () => {
    expect(checkAttemptStart(open, { ...fresh, questionCount: 0 }, now)).toEqual({
      reason: "no_questions",
    });
  });

  it("gives the first reason in order: not open, past due, attempts, questions", () => {
    const everything = { opensAt: later, dueAt: earlier, attemptsAllowed: 1 };
    const none = { attemptsUsed: 1, questionCount: 0 };
    expect(checkAttemptStart(everything, none, now)?.reason).toBe("not_open_yet");
    expect(checkAttemptStart({ ...everything, opensAt: earlier }, none, now)?.reason).toBe(
      "past_due",
    );
    expect(
      checkAttemptStart({ ...everything, opensAt: earlier, dueAt: null }, none, now)?.reason,
    ).toBe("no_attempts_left");
  });
});

describe("pickAttemptQuestions", () => {
  it("keeps the set's order and leaves out missing, disabled and rejected questions", () => {
    const loaded = new Map([
      ["a", { id: "a", disabled: false }],
      ["b", { id: "b", disabled: true }],
      ["c", { id: "c", disabled: false, rejected: true }],
      ["d", { id: "d", disabled: false, rejected: false }],
    ]);
    expect(pickAttemptQuestions(["d", "x", "c", "b", "a"], loaded).map((q) => q.id)).toEqual([
      "d",
      "a",
    ]);
  });
});

describe("checkAnswerAccepted", () => {
  it("takes answers while in progress and before the due date", () => {
    expect(checkAnswerAccepted({ status: "in_progress", dueAt: later }, now)).toBeNull();
    expect(checkAnswerAccepted({ status: "in_progress", dueAt: null }, now)).toBeNull();
  });

  it("refuses a submitted attempt first, then one past its due date", () => {
    expect(checkAnswerAccepted({ status: "submitted", dueAt: earlier }, now)).toEqual({
      reason: "already_submitted",
    });
    expect(checkAnswerAccepted({ status: "in_progress", dueAt: earlier }, now)).toEqual({
      reason: "past_due",
    });
  });
});

describe("checkReviewAllowed", () => {
  it("reviews only a submitted attempt", () => {
    expect(checkReviewAllowed({ status: "submitted" })).toBeNull();
    expect(checkReviewAllowed({ status: "in_progress" })).toEqual({ reason: "not_finished" });
  });
});

describe("holdsBackFromPractice", () => {
  it("holds an open assignment's questions until the student has submitted", () => {
    const a = { feedback: "after_submit", dueAt: later, submittedAttempts: 0 };
    expect(holdsBackFromPractice(a, now)).toBe(true);
    expect(holdsBackFromPractice({ ...a, submittedAttempts: 1 }, now)).toBe(false);
    expect(holdsBackFromPractice({ ...a, feedback: "immediately", dueAt: null }, now)).toBe(true);
  });

  it("holds them until the due date when feedback waits for it, even after submitting", () => {
    const a = { feedback: "after_due", dueAt: later, submittedAttempts: 1 };
    expect(holdsBackFromPractice(a, now)).toBe(true);
    expect(holdsBackFromPractice({ ...a, dueAt: null }, now)).toBe(true);
  });

  it("releases them once the assignment has closed", () => {
    expect(
      holdsBackFromPractice({ feedback: "after_due", dueAt: earlier, submittedAttempts: 0 }, now),
    ).toBe(false);
    expect(
      holdsBackFromPractice(
        { feedback: "after_submit", dueAt: earlier, submittedAttempts: 0 },
        now,
      ),
    ).toBe(false);
  });
});

describe("finishAttempt", () => {
  const answers = [
    { correct: true, score: 1, answeredAt: earlier },
    { correct: false, score: 0.5, answeredAt: earlier },
    { correct: true, score: 1, answeredAt: now },
  ];

  it("scores the mean over every question asked, unanswered ones scoring zero, to four places", () => {
    expect(finishAttempt({ questionCount: 3, dueAt: null }, answers, now)).toEqual({
      score: 0.8333,
      correctCount: 2,
      submittedAt: now,
    });
    expect(finishAttempt({ questionCount: 6, dueAt: later }, answers, now).score).toBe(0.4167);
  });

  it("scores an attempt with no questions zero", () => {
    expect(finishAttempt({ questionCount: 0, dueAt: null }, [], now)).toEqual({
      score: 0,
      correctCount: 0,
      submittedAt: now,
    });
  });

  it("closes a late attempt at the due date, with only the answers given by then", () => {
    const dueAt = new Date("2030-05-10T00:00:00Z");
    expect(finishAttempt({ questionCount: 3, dueAt }, answers, now)).toEqual({
      score: 0.5,
      correctCount: 1,
      submittedAt: dueAt,
    });
    // An answer at the very deadline still counts.
    expect(finishAttempt({ questionCount: 3, dueAt: earlier }, answers, now).correctCount).toBe(1);
  });
});

describe("AttemptRefusedError", () => {
  it("carries the refusal and says it in the student's words", () => {
    const refusal = { reason: "no_attempts_left", attemptsAllowed: 3 } as const;
    const error = new AttemptRefusedError(refusal);
    expect(error.refusal).toBe(refusal);
    expect(error.message).toBe("no attempts left: 3 allowed");
    expect(describeRefusal({ reason: "not_open_yet", opensAt: later })).toBe(
      "this assignment opens on 2030-05-11T12:00:00.000Z",
    );
  });
});
