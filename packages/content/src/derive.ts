// deriveStudyKit: article text in, key facts and validated questions out. Pure and
// deterministic: the same text always gives byte-identical output.
import { buildCandidatePool } from "./distractors";
import { deriveFactUnits, type FactUnit } from "./facts";
import { contentId } from "./hash";
import { attributionQuestions } from "./questions/attribution";
import { clozeQuestions } from "./questions/cloze";
import type { Draft } from "./questions/draft";
import { matchingQuestions } from "./questions/matching";
import { multipleChoiceQuestions } from "./questions/multiple-choice";
import { numericQuestions } from "./questions/numeric";
import { openQuestions } from "./questions/open";
import { trueFalseQuestions } from "./questions/true-false";
import { readArticle } from "./read-article";
import {
  notRecommendable,
  questionFeatures,
  recommendedCount,
  scoreFeatures,
  selectRecommended,
} from "./select";
import { findTopic } from "./topic";
import { validateQuestions } from "./validate";
import {
  QUESTION_TYPES,
  type DeriveOptions,
  type DeriveProgress,
  type Question,
  type QuestionType,
  type StudyKit,
} from "./types";

/** Bump when the same text would give different output. */
export const DERIVATION_VERSION = "4";

const DEFAULT_MAX_PER_TYPE = 40;

function questionId(d: Draft): string {
  return contentId("q", d.type, d.prompt, JSON.stringify(d.answer));
}

/**
 * Puts the correct option where the rotation says, so the right answer is spread evenly over
 * A–D and never tied to a position.
 */
function placeOptions(drafts: Draft[]): Draft[] {
  let turn = 0;
  return drafts.map((d) => {
    if (d.type !== "multiple_choice" && d.type !== "attribution") return d;
    const distractors = d.options.filter((o) => o !== d.answer);
    const at = turn++ % 4;
    const options = [...distractors];
    options.splice(at, 0, d.answer);
    return { ...d, options };
  });
}

function byArticleOrder(sentenceOrder: Map<string, number>) {
  return (a: Draft, b: Draft) =>
    (sentenceOrder.get(a.sourceSentenceIds[0]!) ?? 0) -
    (sentenceOrder.get(b.sourceSentenceIds[0]!) ?? 0);
}

/** Share of the work of each step, measured on long articles (reading is the NLP pass). */
const STEP_WEIGHT: Record<"reading" | "facts" | QuestionType, number> = {
  reading: 12,
  facts: 10,
  multiple_choice: 14,
  true_false: 14,
  cloze: 5,
  numeric: 1,
  attribution: 22,
  matching: 1,
  open: 20,
};

/**
 * The derivation, one step at a time: it yields before each step what is about to run and how
 * much is done, and returns the kit. deriveStudyKit and deriveStudyKitAsync both drive it, so
 * their output cannot differ.
 */
function* derivationSteps(
  text: string,
  options: DeriveOptions,
): Generator<DeriveProgress, StudyKit> {
  const wanted = new Set<QuestionType>(options.types ?? QUESTION_TYPES);
  const types = QUESTION_TYPES.filter((t) => wanted.has(t));
  const total =
    STEP_WEIGHT.reading + STEP_WEIGHT.facts + types.reduce((n, t) => n + STEP_WEIGHT[t], 0);
  let done = 0;
  const step = (stage: DeriveProgress["stage"], weight: number, questionType?: QuestionType) => {
    const event: DeriveProgress = {
      stage,
      fraction: done / total,
      ...(questionType ? { questionType } : {}),
    };
    done += weight;
    return event;
  };

  yield step("reading", STEP_WEIGHT.reading);
  const read = readArticle(text);
  yield step("facts", STEP_WEIGHT.facts);
  const units: FactUnit[] = deriveFactUnits(read);
  const pool = buildCandidatePool(units);
  const body = read.article.text;
  const maxPerType = options.maxQuestionsPerType ?? DEFAULT_MAX_PER_TYPE;

  const generators: Record<QuestionType, () => Draft[]> = {
    multiple_choice: () => multipleChoiceQuestions(units, body, pool),
    true_false: () => trueFalseQuestions(units, body, pool),
    cloze: () => clozeQuestions(units, body),
    numeric: () => numericQuestions(units, body),
    attribution: () => attributionQuestions(units, body),
    matching: () => matchingQuestions(units, body),
    open: () => openQuestions(units),
  };

  const sentenceOrder = new Map(read.article.sentences.map((s, i) => [s.id, i]));
  const importance = new Map(units.map((u) => [u.fact.id, u.fact.importance]));
  const factImportance = (d: Draft) => Math.max(...d.factIds.map((id) => importance.get(id) ?? 0));
  const topic = findTopic(read);
  const validation = { sentences: read.article.sentences, topic: topic.names };

  let drafts: Draft[] = [];
  for (const type of types) {
    yield step("questions", STEP_WEIGHT[type], type);
    const { valid, rejected } = validateQuestions(generators[type](), validation);
    if (options.onRejected) for (const r of rejected) options.onRejected(r.question, r.issues);
    // Keep the most important questions of each type, then restore article order.
    const kept = valid
      .map((d, i) => ({ d, i }))
      .sort((a, b) => factImportance(b.d) - factImportance(a.d) || a.i - b.i)
      .slice(0, maxPerType)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.d);
    drafts = drafts.concat(kept.sort(byArticleOrder(sentenceOrder)));
  }

  const seen = new Set<string>();
  const unique: Draft[] = [];
  for (const d of placeOptions(drafts)) {
    const id = questionId(d);
    if (seen.has(id)) continue;
    seen.add(id);
    unique.push(d);
  }
  const context = {
    units: new Map(units.map((u) => [u.fact.id, u])),
    topic,
    pool,
    wordCount: read.article.text.split(/\s+/).length,
    sentences: read.article.sentences.map((s) => s.text),
    headline: read.article.title,
    leadSentenceId: read.article.sentences[0]?.id ?? "",
  };
  const scored = unique.map((draft) => {
    const score = scoreFeatures(questionFeatures(draft, context));
    const heldBack = notRecommendable(draft, context);
    options.onScored?.(draft, score, heldBack);
    return { draft, score, eligible: heldBack === undefined };
  });
  const recommended = selectRecommended(scored, recommendedCount(context.wordCount));
  // Best first: the recommended set by score, then every other candidate by score.
  const questions: Question[] = scored
    .map((s, i) => ({ ...s, i, recommended: recommended.has(i) }))
    .sort((a, b) => Number(b.recommended) - Number(a.recommended) || b.score - a.score || a.i - b.i)
    .map(({ draft, score, recommended: isRecommended }) => {
      const { rank: _rank, ...rest } = draft;
      return { id: questionId(draft), ...rest, score, recommended: isRecommended } as Question;
    });

  const facts = units.map((u) => u.fact);
  yield { stage: "done", fraction: 1 };
  return { version: DERIVATION_VERSION, article: read.article, facts, questions };
}

/**
 * Derives the study kit of an article: its key facts and questions of every type. Calls
 * `options.onProgress` before each step; the output is the same with or without it.
 */
export function deriveStudyKit(text: string, options: DeriveOptions = {}): StudyKit {
  const steps = derivationSteps(text, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    void options.onProgress?.(next.value);
  }
}

// A macrotask, not a microtask: timers and network I/O waiting in the event loop run first.
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * deriveStudyKit that gives the event loop a turn between steps, so a server answers other
 * requests while a long article is derived. The output is byte-identical to deriveStudyKit's.
 */
export async function deriveStudyKitAsync(
  text: string,
  options: DeriveOptions = {},
): Promise<StudyKit> {
  const steps = derivationSteps(text, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await options.onProgress?.(next.value);
    await nextTurn();
  }
}
