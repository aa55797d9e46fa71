// The one place where the domain's errors become tRPC errors. Procedures let a rule's error
// propagate; the middleware below, first on every procedure, gives it its code and keeps the
// rule's own message (and the error itself as the cause).
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { ArticleError, GradingError } from "@studykit/content";
import { AnswerConflictError, StaleReviewError } from "@studykit/db";
import { AttemptRefusedError } from "./logic/attempt-rules";
import { SetRefusedError } from "./logic/set-rules";

type ErrorClass<E extends Error = Error> = abstract new (...args: never[]) => E;
type Code<E extends Error> = TRPC_ERROR_CODE_KEY | ((error: E) => TRPC_ERROR_CODE_KEY);

/** One row of the table: an error class and its code (or how its code follows from it). */
const row = <E extends Error>(type: ErrorClass<E>, code: Code<E>) =>
  [type, code as Code<Error>] as const;

const CODES: readonly (readonly [ErrorClass, Code<Error>])[] = [
  // An attempt that may not start, take an answer or be reviewed now.
  [AttemptRefusedError, "PRECONDITION_FAILED"],
  // A set change that would rewrite what students answered, or an article still in use, is a
  // conflict with the state; a question list that cannot be a set is bad input.
  row(SetRefusedError, (e) =>
    e.refusal.reason === "question_repeated" ? "BAD_REQUEST" : "CONFLICT",
  ),
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
    if (error instanceof type) {
      const mapped = typeof code === "function" ? code(error) : code;
      return new TRPCError({ code: mapped, message: error.message, cause: error });
    }
  }
  return null;
}
