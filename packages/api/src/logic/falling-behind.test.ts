import { describe, expect, it } from "vitest";
import { fallingBehindReasons } from "./falling-behind";

describe("fallingBehindReasons", () => {
  it("finds nothing in a student with nothing late and scores holding up", () => {
    expect(
      fallingBehindReasons({ overdueReviews: 4, scoreTrend: -0.05, overdueAssignments: 0 }),
    ).toEqual([]);
    expect(
      fallingBehindReasons({ overdueReviews: 0, scoreTrend: null, overdueAssignments: 0 }),
    ).toEqual([]);
  });

  it("names each thing actually late, and a falling score", () => {
    expect(
      fallingBehindReasons({ overdueReviews: 7, scoreTrend: -0.25, overdueAssignments: 2 }),
    ).toEqual([
      "7 reviews overdue",
      "scores down 25 points",
      "2 assignments past due, not submitted",
    ]);
    expect(
      fallingBehindReasons({ overdueReviews: 0, scoreTrend: 0.1, overdueAssignments: 1 }),
    ).toEqual(["1 assignment past due, not submitted"]);
  });
});
