import { describe, expect, it } from "vitest";
import {
  checkArticleDelete,
  checkSetAssignable,
  checkSetDelete,
  checkSetQuestions,
  describeSetRefusal,
  duplicateTitle,
  SetRefusedError,
} from "./set-rules";

describe("checkSetQuestions", () => {
  const unassigned = { assignments: 0, questionIds: ["a", "b", "c"] };
  const assigned = { assignments: 1, questionIds: ["a", "b", "c"] };

  it("lets an unassigned set add, remove and reorder its questions", () => {
    expect(checkSetQuestions(unassigned, ["c", "a"])).toBeNull();
    expect(checkSetQuestions(unassigned, ["a", "b", "c", "d"])).toBeNull();
    expect(checkSetQuestions(unassigned, ["b", "a", "c"])).toBeNull();
  });

  it("refuses a question picked twice", () => {
    expect(checkSetQuestions(unassigned, ["a", "a"])).toEqual({ reason: "question_repeated" });
  });

  it("refuses any change to an assigned set's list: removing, reordering or adding", () => {
    for (const next of [
      ["a", "b"],
      ["b", "a", "c"],
      ["a", "b", "c", "d"],
    ]) {
      expect(checkSetQuestions(assigned, next)).toEqual({
        reason: "set_assigned",
        assignments: 1,
      });
    }
    // Saving the same list again changes nothing, so it is not refused.
    expect(checkSetQuestions(assigned, ["a", "b", "c"])).toBeNull();
  });
});

describe("checkSetDelete and checkSetAssignable", () => {
  it("deletes only a set never assigned, and says to archive an assigned one", () => {
    expect(checkSetDelete({ assignments: 0 })).toBeNull();
    const refusal = checkSetDelete({ assignments: 3 })!;
    expect(refusal).toEqual({ reason: "set_assigned", assignments: 3 });
    expect(describeSetRefusal(refusal)).toContain("archive it instead");
  });

  it("does not assign an archived set", () => {
    expect(checkSetAssignable({ archivedAt: null })).toBeNull();
    expect(checkSetAssignable({ archivedAt: new Date() })).toEqual({ reason: "set_archived" });
  });
});

describe("checkArticleDelete", () => {
  const unused = { ownSets: [], othersSets: 0, practiceAttempts: 0, reviewCards: 0 };

  it("lets an article nobody uses go", () => {
    expect(checkArticleDelete(unused)).toBeNull();
  });

  it("names the caller's sets that use it, and counts other teachers' sets", () => {
    const refusal = checkArticleDelete({
      ...unused,
      ownSets: [{ id: "s1", title: "Week 3 quiz" }],
      othersSets: 2,
    })!;
    expect(refusal).toMatchObject({ reason: "article_in_use", othersSets: 2 });
    expect(new SetRefusedError(refusal).message).toBe(
      "this article's questions are used by “Week 3 quiz”, 2 sets of other teachers: remove them from those sets (or delete them) first",
    );
  });

  it("keeps an article students practised, even when no set uses it", () => {
    const refusal = checkArticleDelete({ ...unused, practiceAttempts: 1, reviewCards: 4 })!;
    expect(refusal).toEqual({ reason: "article_practised", attempts: 1, cards: 4 });
    expect(describeSetRefusal(refusal)).toContain("1 practice attempt, 4 review cards");
  });
});

describe("duplicateTitle", () => {
  it("names the copy, within the title limit", () => {
    expect(duplicateTitle("Week 3")).toBe("Copy of Week 3");
    const long = duplicateTitle("x".repeat(120));
    expect(long).toHaveLength(120);
    expect(long.endsWith("…")).toBe(true);
  });
});
