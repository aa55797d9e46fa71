import { describe, expect, it } from "vitest";
import {
  assignmentCountsFor,
  assignmentOverdueFor,
  closedBeforeJoining,
  studentAssignmentStatus,
} from "./assignment-status";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date("2026-03-10T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);
const longAgo = ago(60 * DAY);
/** Closed last week, before a student who joined today. */
const closedLastWeek = { opensAt: ago(14 * DAY), dueAt: ago(7 * DAY) };
/** Opened an hour ago, due next week. */
const openedAnHourAgo = { opensAt: ago(HOUR), dueAt: ahead(7 * DAY) };
const noDueDate = { opensAt: ago(30 * DAY), dueAt: null };

const status = (
  assignment: { opensAt: Date; dueAt: Date | null },
  joinedAt: Date,
  attempts: { inProgress?: boolean; submitted?: boolean } = {},
) =>
  studentAssignmentStatus({
    assignment,
    joinedAt,
    inProgress: attempts.inProgress ?? false,
    submitted: attempts.submitted ?? false,
    now,
  });

describe("studentAssignmentStatus", () => {
  it("never calls an assignment that closed before the student joined missed", () => {
    const joinedToday = ago(HOUR);
    expect(closedBeforeJoining(closedLastWeek, joinedToday)).toBe(true);
    expect(status(closedLastWeek, joinedToday)).toBe("closed_before_joining");
  });

  it("calls it missed for a student who was in the class while it was open", () => {
    expect(status(closedLastWeek, longAgo)).toBe("missed");
    // Joined while it was open (after it opened, before it closed): theirs to have done.
    expect(status(closedLastWeek, ago(10 * DAY))).toBe("missed");
  });

  it("gives a late joiner an assignment still open, to do now", () => {
    expect(status(openedAnHourAgo, ago(60_000))).toBe("not_started");
    expect(status(noDueDate, ago(60_000))).toBe("not_started");
  });

  it("keeps what the student did, and what has not opened yet", () => {
    expect(status(closedLastWeek, ago(HOUR), { submitted: true })).toBe("submitted");
    expect(status(openedAnHourAgo, longAgo, { inProgress: true })).toBe("in_progress");
    expect(status({ opensAt: ahead(DAY), dueAt: ahead(2 * DAY) }, longAgo)).toBe("upcoming");
  });
});

describe("assignmentCountsFor and assignmentOverdueFor", () => {
  const counts = (a: { opensAt: Date; dueAt: Date | null }, joinedAt: Date, submitted = false) =>
    assignmentCountsFor({ assignment: a, joinedAt, submitted, now });
  const overdue = (a: { opensAt: Date; dueAt: Date | null }, joinedAt: Date, submitted = false) =>
    assignmentOverdueFor({ assignment: a, joinedAt, submitted, now });

  it("leaves out, for a late joiner, what closed before they joined", () => {
    expect(counts(closedLastWeek, ago(HOUR))).toBe(false);
    expect(overdue(closedLastWeek, ago(HOUR))).toBe(false);
    expect(counts(openedAnHourAgo, ago(HOUR / 2))).toBe(true);
  });

  it("counts what they submitted all the same", () => {
    expect(counts(closedLastWeek, ago(HOUR), true)).toBe(true);
    expect(overdue(closedLastWeek, ago(HOUR), true)).toBe(false);
  });

  it("leaves out what has not opened yet", () => {
    expect(counts({ opensAt: ahead(HOUR), dueAt: ahead(DAY) }, longAgo)).toBe(false);
  });

  it("calls overdue only what is past its due date and not submitted", () => {
    expect(overdue(closedLastWeek, longAgo)).toBe(true);
    expect(overdue(openedAnHourAgo, longAgo)).toBe(false);
    expect(overdue(noDueDate, longAgo)).toBe(false);
  });
});
