// @studykit/db: the database client, model types and the data helpers the API builds on.
export {
  createDatabase,
  type DatabaseOptions,
  SQLITE_BUSY_TIMEOUT_MS,
  type Database,
  type Transaction,
} from "./client";
export {
  resolveDatabaseConfig,
  findRepoRoot,
  DEFAULT_SQLITE_PATH,
  type DatabaseConfig,
  type Engine,
} from "./config";
export {
  ensureDatabase,
  migrationsDir,
  type EnsureDatabaseOptions,
  type EnsureDatabaseResult,
} from "./migrate";
export { isUniqueViolation } from "./errors";
export {
  storeStudyKit,
  effectiveQuestion,
  editQuestion,
  setQuestionDisabled,
  type QuestionOverride,
  type StoreStudyKitResult,
} from "./content";
export {
  acceptRecommendedQuestions,
  effectiveFactText,
  editFactText,
  setReviewStatus,
  type AcceptRecommendedResult,
  type QuestionReviewStatus,
} from "./review";
export {
  createClass,
  deleteClass,
  archiveClass,
  generateJoinCode,
  ClassHasHistoryError,
  JOIN_CODE_LENGTH,
} from "./classes";
export {
  recordAnswer,
  recordGradedAnswer,
  loadSubmission,
  sentencesForFeedback,
  AnswerConflictError,
  type SubmissionContext,
  type GradedAnswerResult,
  type AttemptLayout,
  type RecordAnswerInput,
  type RecordAnswerResult,
} from "./answers";
export {
  clearFailedGuesses,
  guessDelayMs,
  nextGuessAllowedAt,
  recordFailedGuess,
  type GuessPolicy,
} from "./guess-throttle";
export {
  scoresByWeek,
  factMastery,
  summariseMastery,
  studyStreak,
  type WeeklyScore,
  type FactMastery,
  type Streak,
  type ClockOptions,
} from "./progress/queries";
export {
  scheduleReview,
  previewIntervals,
  ratingFromQuizAnswer,
  newCard,
  type StudyRating,
} from "./progress/scheduling";
export {
  CARD_FIELDS,
  cardFieldsSelect,
  fromFsrsCard,
  fromFsrsLog,
  toFsrsCard,
  type CardFields,
  type LogFields,
} from "./progress/card-fields";
export {
  ensureFactCards,
  recordReview,
  applyQuizAnswer,
  dueCards,
  StaleReviewError,
} from "./progress/study";
export {
  dayNumber,
  dayStartInstant,
  weekStartDay,
  weeksSpanned,
  formatDay,
} from "./progress/calendar";
export {
  cardStatus,
  countStudyCards,
  studyDay,
  type CardStatus,
  type StudyCounts,
  type StudyDay,
} from "./progress/card-status";
export {
  classifyMastery,
  retrievability,
  MASTERED_RETRIEVABILITY,
  type MasteryLevel,
} from "./progress/mastery";
export {
  seedDemo,
  countRows,
  demoCredentials,
  DEMO_CLASS,
  DEMO_TEACHER,
  DEMO_STUDENTS,
  DEMO_PASSWORD,
  type SeedCounts,
} from "./seed/demo";

// Model types and enums, from the SQLite client (the PostgreSQL client's are the same models).
export type * from "../generated/sqlite/models";
export * from "../generated/sqlite/enums";
export { Prisma } from "../generated/sqlite/client";
export {
  storeImportedQuestions,
  validateImportedQuestion,
  loadExchangeSet,
  NothingToImportError,
  IMPORTED_KIT_VERSION,
  type StoreImportedQuestionsResult,
  type SkippedImport,
} from "./imported-questions";
