export type ArticleErrorCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "NOT_TEXT"
  | "NO_SENTENCES"
  /** Sentences were found, but no key fact or question could be derived from them. */
  | "NO_QUESTIONS";

/** Input that cannot become a study kit; the message is one line a user can act on. */
export class ArticleError extends Error {
  readonly code: ArticleErrorCode;
  constructor(code: ArticleErrorCode, message: string) {
    super(message);
    this.name = "ArticleError";
    this.code = code;
  }
}

/** Largest article accepted, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 1_000_000;
