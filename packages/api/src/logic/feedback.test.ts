import { describe, expect, it } from "vitest";
import {
  feedbackAvailableAt,
  feedbackOnAnswer,
  feedbackOnReview,
  type FeedbackContext,
} from "./feedback";

const due = new Date("2026-03-10T17:00:00Z");
const before = new Date("2026-03-09T12:00:00Z");
const after = new Date("2026-03-11T08:00:00Z");

type Row = [
  label: string,
  context: FeedbackContext,
  onAnswer: boolean,
  onReview: boolean,
  availableAt: Date | null,
];

const rows: Row[] = [
  [
    "practice, in progress",
    { timing: null, submitted: false, dueAt: null, now: before },
    true,
    true,
    null,
  ],
  [
    "immediately, in progress",
    { timing: "immediately", submitted: false, dueAt: due, now: before },
    true,
    true,
    null,
  ],
  [
    "immediately, submitted",
    { timing: "immediately", submitted: true, dueAt: due, now: before },
    true,
    true,
    null,
  ],
  [
    "after submit, in progress",
    { timing: "after_submit", submitted: false, dueAt: due, now: before },
    false,
    false,
    null,
  ],
  [
    "after submit, in progress after the due date",
    { timing: "after_submit", submitted: false, dueAt: due, now: after },
    false,
    false,
    null,
  ],
  [
    "after submit, submitted",
    { timing: "after_submit", submitted: true, dueAt: due, now: before },
    false,
    true,
    null,
  ],
  [
    "after due, in progress",
    { timing: "after_due", submitted: false, dueAt: due, now: before },
    false,
    false,
    due,
  ],
  [
    "after due, in progress past the due date",
    { timing: "after_due", submitted: false, dueAt: due, now: after },
    false,
    false,
    due,
  ],
  [
    "after due, submitted before the due date",
    { timing: "after_due", submitted: true, dueAt: due, now: before },
    false,
    false,
    due,
  ],
  [
    "after due, submitted, at the due date",
    { timing: "after_due", submitted: true, dueAt: due, now: due },
    false,
    true,
    null,
  ],
  [
    "after due, submitted, after the due date",
    { timing: "after_due", submitted: true, dueAt: due, now: after },
    false,
    true,
    null,
  ],
  [
    "after due with no due date, submitted",
    { timing: "after_due", submitted: true, dueAt: null, now: before },
    false,
    true,
    null,
  ],
];

describe("feedback timing", () => {
  it.each(rows)("%s", (_label, context, onAnswer, onReview, availableAt) => {
    expect(feedbackOnAnswer(context)).toBe(onAnswer);
    expect(feedbackOnReview(context)).toBe(onReview);
    expect(feedbackAvailableAt(context)).toEqual(availableAt);
  });

  it("never gives feedback on answering without giving it on review", () => {
    for (const [, context] of rows)
      if (feedbackOnAnswer(context)) expect(feedbackOnReview(context)).toBe(true);
  });
});
