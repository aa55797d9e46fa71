// The one place where the domain's errors become tRPC errors. Procedures let a rule's error
// propagate; the middleware below, first on every procedure, gives it its code and keeps the
// rule's own message (and the error itself as the cause).
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { ArticleError, GradingError } from "@studykit/content";
import { AnswerConflictError, StaleReviewError } from "@studykit/db";
import { AttemptRefusedError } from "./logic/attempt-rules";

type ErrorClass = abstract new (...args: never[]) => Error;

const CODES: readonly (readonly [ErrorClass, TRPC_ERROR_CODE_KEY])[] = [
  // An attempt that may not start, take an answer or be reviewed now.
  [AttemptRefusedError, "PRECONDITION_FAILED"],
  // A second answer to an answered question, or a review of a card that has moved on.
  [AnswerConflictError, "CONFLICT"],
  [StaleReviewError, "CONFLICT"],
  // A response that does not fit its question, or an article that cannot be read.
  [GradingError, "BAD_REQUEST"],
  [ArticleError, "BAD_REQUEST"],
];

/** The tRPC error for a domain error, or null for any other error (which stays as it is). */
export function toTRPCError(error: unknown): TRPCError | null {
  if (!(error instanceof Error)) return null;
  for (const [type, code] of CODES) {
    if (error instanceof type) return new TRPCError({ code, message: error.message, cause: error });
  }
  return null;
}
