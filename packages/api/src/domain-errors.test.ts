import { TRPCError } from "@trpc/server";
import { ArticleError, GradingError } from "@studykit/content";
import { AnswerConflictError, StaleReviewError } from "@studykit/db";
import { describe, expect, it } from "vitest";
import { toTRPCError } from "./domain-errors";
import { AttemptRefusedError } from "./logic/attempt-rules";
import { SetRefusedError } from "./logic/set-rules";

describe("toTRPCError", () => {
  it("gives each domain error its code, keeping its message and the error as the cause", () => {
    const cases = [
      [new AttemptRefusedError({ reason: "past_due" }), "PRECONDITION_FAILED"],
      [
        new AnswerConflictError({ id: "answer-1" } as ConstructorParameters<
          typeof AnswerConflictError
        >[0]),
        "CONFLICT",
      ],
      [new StaleReviewError(), "CONFLICT"],
      [new GradingError("choose one of the options"), "BAD_REQUEST"],
      [new ArticleError("EMPTY", "the article is empty"), "BAD_REQUEST"],
      [new SetRefusedError({ reason: "set_assigned", assignments: 2 }), "CONFLICT"],
      [new SetRefusedError({ reason: "article_in_use", sets: [], othersSets: 1 }), "CONFLICT"],
      [new SetRefusedError({ reason: "question_repeated" }), "BAD_REQUEST"],
    ] as const;
    for (const [error, code] of cases) {
      const mapped = toTRPCError(error);
      expect(mapped).toBeInstanceOf(TRPCError);
      expect(mapped).toMatchObject({ code, message: error.message, cause: error });
    }
  });

  it("leaves every other error alone", () => {
    expect(toTRPCError(new Error("disk full"))).toBeNull();
    expect(toTRPCError(new TRPCError({ code: "NOT_FOUND" }))).toBeNull();
    expect(toTRPCError("a string")).toBeNull();
    expect(toTRPCError(undefined)).toBeNull();
  });
});
