// The StudyKit data model: what deriveStudyKit returns and what the database stores.

// "name": a proper name whose kind the words do not tell ("Silent Harbour", "Northern Film
// Awards"); it can be a blank, never a multiple-choice option.
export type EntityKind =
  "person" | "organisation" | "place" | "date" | "number" | "percentage" | "event" | "name";

export interface Entity {
  /** Surface text as it appears in the article (without a leading "the"). */
  text: string;
  kind: EntityKind;
  /** Finer type where known, e.g. "province", "country", "city", "group", "year", "month". */
  subtype?: string;
  /** For numbers and percentages: the numeric value. */
  value?: number;
}

export interface Sentence {
  id: string;
  /** Zero-based paragraph index. */
  paragraph: number;
  text: string;
  /** Character offsets into `Article.text`; text === article.text.slice(start, end). */
  start: number;
  end: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  sentenceIds: string[];
}

export interface Article {
  title: string;
  /** Hex SHA-256 of the cleaned article text (title + body). */
  hash: string;
  /** The cleaned text every offset refers to: title, blank line, paragraphs separated by blank lines. */
  text: string;
  /** Topic tags found in the page debris, if any. */
  tags: string[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/**
 * How the article presents a fact. News lives and dies on this: "officials claim 100 were
 * killed" is a claim, not a fact.
 */
export type Stance = "stated" | "attributed" | "alleged" | "opinion";

export type FactCategory =
  | "military"
  | "security"
  | "diplomacy"
  | "economy"
  | "humanitarian"
  | "politics"
  | "law"
  | "health"
  | "society"
  | "analysis"
  | "context";

export interface Fact {
  id: string;
  text: string;
  sentenceIds: string[];
  stance: Stance;
  /** Who the claim belongs to, for attributed and alleged facts ("official claims", "the Afghan Taliban"). */
  attribution: string | null;
  entities: Entity[];
  category: FactCategory;
  /** 0..1, higher is more central to the article. */
  importance: number;
}

export type QuestionType =
  "multiple_choice" | "true_false" | "cloze" | "numeric" | "attribution" | "matching" | "open";

export const QUESTION_TYPES: readonly QuestionType[] = [
  "multiple_choice",
  "true_false",
  "cloze",
  "numeric",
  "attribution",
  "matching",
  "open",
];

export type Difficulty = "easy" | "medium" | "hard";
export type Skill = "recall" | "understanding" | "analysis";

export interface MatchingPair {
  left: string;
  right: string;
}

interface QuestionBase {
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  sourceSentenceIds: string[];
  factIds: string[];
  difficulty: Difficulty;
  skill: Skill;
  /** The stance of the fact(s) the question is built on. */
  stance: Stance;
  attribution: string | null;
  /**
   * 0..1: how good a question this is to put before a class, from named features (select.ts):
   * the importance of its fact, a prompt that stands alone, a key-term answer that is not the
   * article's own subject, plausible same-kind distractors, length. Questions come best first.
   */
  score: number;
  /** In the recommended set: the best question on each of the top facts, 10 to 40 of them. */
  recommended: boolean;
}

export interface ChoiceQuestion extends QuestionBase {
  type: "multiple_choice" | "numeric" | "attribution";
  options: string[];
  answer: string;
  /** Further same-kind distractors the generator found, for a teacher to swap in. */
  alternativeDistractors: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: "true_false";
  options: ["True", "False"];
  answer: boolean;
  /** For a false statement: what was changed, so the explanation can say so. */
  substitution: { original: string; replacement: string } | null;
}

export interface ClozeQuestion extends QuestionBase {
  type: "cloze";
  options: null;
  /** The missing words; the prompt contains "____" where they go. */
  answer: string;
  /** Other spellings accepted when grading typed answers. */
  acceptableAnswers: string[];
}

export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  /** Left items in order, right items shuffled. */
  options: { left: string[]; right: string[] };
  answer: MatchingPair[];
}

export interface OpenQuestion extends QuestionBase {
  type: "open";
  options: null;
  answer: null;
  modelAnswer: string;
  rubric: string[];
}

export type Question =
  ChoiceQuestion | TrueFalseQuestion | ClozeQuestion | MatchingQuestion | OpenQuestion;

/** A question before its id, score and selection are assigned; the validator accepts these too. */
export type QuestionDraft = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, "id" | "score" | "recommended"> & {
        id?: string;
        score?: number;
        recommended?: boolean;
      }
    : never
  : never;

export interface StudyKit {
  /** Version of the derivation method; bump when output for the same text changes. */
  version: string;
  article: Article;
  facts: Fact[];
  questions: Question[];
}

export interface DeriveOptions {
  /** Upper bound on questions per type (default 40). */
  maxQuestionsPerType?: number;
  /** Question types to generate (default: all). */
  types?: readonly QuestionType[];
  /**
   * Told of every candidate the validator rejected, with the rules it broke (for the quality
   * report); never changes the output.
   */
  onRejected?: (
    question: QuestionDraft,
    issues: readonly { rule: string; message: string }[],
  ) => void;
  /**
   * Told of every valid candidate's score and, when it may not be recommended, why (for the
   * quality report); never changes the output.
   */
  onScored?: (question: QuestionDraft, score: number, heldBack: string | undefined) => void;
  /**
   * Told before each step of the derivation what runs next; never changes the output.
   * deriveStudyKitAsync waits for a returned promise before the step (to record progress, or to
   * let a server answer requests); deriveStudyKit ignores it.
   */
  onProgress?: (progress: DeriveProgress) => void | Promise<void>;
}

/** Where a derivation has got to. */
export interface DeriveProgress {
  /** The step about to run: reading the text, finding facts, writing questions; or done. */
  stage: "reading" | "facts" | "questions" | "done";
  /** The question type being written, in the "questions" stage. */
  questionType?: QuestionType;
  /** Share of the work done so far, 0 to 1; never decreases. */
  fraction: number;
}
