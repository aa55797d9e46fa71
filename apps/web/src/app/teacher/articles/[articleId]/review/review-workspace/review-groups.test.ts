import { describe, expect, it } from "vitest";
import { initialView, questionsInView, reviewGroups } from "./review-groups";

type Status = "pending" | "accepted" | "rejected";
const q = (id: string, recommended: boolean, status: Status = "pending") => ({
  id,
  recommended,
  status,
});

// Best first, as the API lists them: r1..r3 recommended, c1..c3 the other candidates.
const questions = [
  q("r1", true),
  q("r2", true, "accepted"),
  q("r3", true),
  q("c1", false),
  q("c2", false, "rejected"),
  q("c3", false),
];
// In the article's order; f1's best question ranks below f2's and f3's.
const facts = [
  { id: "f1", questionIds: ["r3", "c1"] },
  { id: "f2", questionIds: ["r1", "c3"] },
  { id: "f3", questionIds: ["r2", "c2", "r1"] },
  { id: "f4", questionIds: [] },
];
const shape = (groups: ReturnType<typeof reviewGroups>) =>
  groups.map((g) => [g.fact?.id ?? null, g.questions.map((x) => x.id)]);

describe("initialView", () => {
  it("opens on the recommended set, or on the candidates when nothing is recommended", () => {
    expect(initialView(questions)).toBe("recommended");
    expect(initialView([q("c1", false)])).toBe("candidates");
    expect(initialView([])).toBe("candidates");
  });
});

describe("questionsInView", () => {
  it("splits the questions into the recommended set and the rest, keeping their order", () => {
    expect(questionsInView(questions, "recommended").map((x) => x.id)).toEqual(["r1", "r2", "r3"]);
    expect(questionsInView(questions, "candidates").map((x) => x.id)).toEqual(["c1", "c2", "c3"]);
  });
});

describe("reviewGroups", () => {
  it("shows the recommended set best first, each question under its first fact", () => {
    expect(shape(reviewGroups(facts, questions, "recommended", "all"))).toEqual([
      ["f2", ["r1"]],
      ["f3", ["r2"]],
      ["f1", ["r3"]],
    ]);
  });

  it("shows the other candidates best first, then facts with no question at all", () => {
    expect(shape(reviewGroups(facts, questions, "candidates", "all"))).toEqual([
      ["f1", ["c1"]],
      ["f3", ["c2"]],
      ["f2", ["c3"]],
      ["f4", []],
    ]);
  });

  it("filters by review status within the view, leaving out empty facts", () => {
    expect(shape(reviewGroups(facts, questions, "recommended", "pending"))).toEqual([
      ["f2", ["r1"]],
      ["f1", ["r3"]],
    ]);
    expect(shape(reviewGroups(facts, questions, "candidates", "rejected"))).toEqual([
      ["f3", ["c2"]],
    ]);
    expect(reviewGroups(facts, questions, "recommended", "rejected")).toEqual([]);
  });

  it("puts questions on no current fact last, and handles an article with no facts", () => {
    const loose = [...questions, q("r4", true)];
    expect(shape(reviewGroups(facts, loose, "recommended", "all")).at(-1)).toEqual([null, ["r4"]]);
    expect(shape(reviewGroups([], questions, "candidates", "all"))).toEqual([
      [null, ["c1", "c2", "c3"]],
    ]);
  });
});
