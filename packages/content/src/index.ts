export { deriveStudyKit, deriveStudyKitAsync, DERIVATION_VERSION } from "./derive";
export {
  articleTextFromInput,
  assertQuestionWorthy,
  checkInput,
  inputLimit,
  INPUT_KINDS,
  MAX_INPUT_HTML_CHARS,
  MAX_INPUT_TEXT_CHARS,
  type InputKind,
} from "./read-input";
export { articleTextFromHtml } from "./html-article";
export { articleTextFromMarkdown } from "./markdown-article";
export { readArticle, normaliseLine, assertArticleText, looksBinary } from "./read-article";
export { ArticleError, MAX_ARTICLE_BYTES, type ArticleErrorCode } from "./errors";
export {
  validateQuestion,
  validateQuestions,
  findDuplicates,
  normalise,
  type ValidationIssue,
  type ValidationContext,
} from "./validate";
export { hashText } from "./hash";
export * from "./types";
export { ANSWER_TEXT_LIMIT } from "./limits";
export {
  gradeResponse,
  matchesTypedAnswer,
  GradingError,
  type Grade,
  type ResponseValue,
} from "./grade";
