export { deriveStudyKit, DERIVATION_VERSION } from "./derive";
export { readArticle, normaliseLine, assertArticleText } from "./read-article";
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
export {
  gradeResponse,
  matchesTypedAnswer,
  GradingError,
  type Grade,
  type ResponseValue,
} from "./grade";
