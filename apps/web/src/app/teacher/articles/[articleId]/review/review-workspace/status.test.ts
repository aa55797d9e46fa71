import { describe, expect, it } from "vitest";
import { acceptedRecommendedText, statusCounts, stepInOrder, withStatus } from "./status";

const q = (id: string, status: "pending" | "accepted" | "rejected", recommended = false) => ({
  id,
  status,
  recommended,
});

describe("statusCounts", () => {
  it("counts each status, zero for those not there", () => {
    expect(statusCounts([q("a", "pending"), q("b", "accepted"), q("c", "pending")])).toEqual({
      pending: 2,
      accepted: 1,
      rejected: 0,
    });
  });
});

describe("withStatus", () => {
  it("changes the named questions and recounts all and recommended", () => {
    const review = {
      id: "r",
      questions: [q("a", "pending", true), q("b", "pending"), q("c", "rejected", true)],
      counts: { pending: 2, accepted: 0, rejected: 1 },
      recommended: { pending: 1, accepted: 0, rejected: 1 },
    };
    const out = withStatus(review, new Set(["a", "b"]), "accepted");
    expect(out.questions.map((x) => x.status)).toEqual(["accepted", "accepted", "rejected"]);
    expect(out.counts).toEqual({ pending: 0, accepted: 2, rejected: 1 });
    expect(out.recommended).toEqual({ pending: 0, accepted: 1, rejected: 1 });
    expect(out.id).toBe("r");
    expect(review.questions[0]!.status).toBe("pending");
  });
});

describe("acceptedRecommendedText", () => {
  it("says what was accepted and how many are accepted now", () => {
    expect(
      acceptedRecommendedText({
        accepted: 3,
        recommended: { pending: 0, accepted: 4, rejected: 0 },
      }),
    ).toBe(
      "Accepted 3 recommended questions. 4 of the 4 recommended questions are now accepted and can go into a set.",
    );
  });

  it("says when nothing was waiting and that rejected questions stay rejected", () => {
    expect(
      acceptedRecommendedText({
        accepted: 0,
        recommended: { pending: 0, accepted: 1, rejected: 1 },
      }),
    ).toBe(
      "No recommended question was waiting: nothing changed. 1 of the 2 recommended questions is now accepted and can go into a set. 1 question you rejected stays rejected.",
    );
    expect(
      acceptedRecommendedText({
        accepted: 1,
        recommended: { pending: 0, accepted: 1, rejected: 2 },
      }),
    ).toContain("2 questions you rejected stay rejected.");
  });
});

describe("stepInOrder", () => {
  const order = ["a", "b", "c"];
  it("moves by one, held at the ends", () => {
    expect(stepInOrder(order, 0, 1)).toBe("b");
    expect(stepInOrder(order, 2, 1)).toBe("c");
    expect(stepInOrder(order, 0, -1)).toBe("a");
  });
  it("starts at the top from nothing selected, either way", () => {
    expect(stepInOrder(order, -1, 1)).toBe("a");
    expect(stepInOrder(order, -1, -1)).toBe("a");
  });
  it("has nothing to move to in an empty list", () => {
    expect(stepInOrder([], -1, 1)).toBeUndefined();
  });
});
