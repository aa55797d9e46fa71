// No answer key reaches a student before they answer: every payload a student receives during an
// attempt, over HTTP, is walked for answer fields and for the answers' text.
import type { Question, QuestionType } from "@studykit/content";
import { QUESTION_TYPES } from "@studykit/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerText } from "./logic/student-view";
import { serveApiTestEnv, type ApiTestEnv, type TestServer } from "./testing";
import { apiClient, settle, signIn, type ApiClient, closeServer } from "./testing-http";

/** Keys that would carry an answer, its explanation or its sources. */
const ANSWER_KEYS = new Set([
  "answer",
  "correct",
  "correctAnswer",
  "correctOption",
  "correctIndex",
  "isCorrect",
  "explanation",
  "acceptableAnswers",
  "modelAnswer",
  "substitution",
  "alternativeDistractors",
  "sourceSentenceIds",
  "sources",
  "pairs",
]);

type Path = (string | number)[];

/** Visits every value of a payload with its path; Dates and other class instances are leaves. */
function walk(value: unknown, visit: (path: Path, value: unknown) => void, path: Path = []): void {
  visit(path, value);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, [...path, i]));
  else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k]);
}

const show = (path: Path) => path.join(".");

/**
 * Paths of answer-bearing keys, other than inside the student's own response to an answered
 * question (`answers.<id>.given`, which for matching is a list of pairs they chose).
 */
function answerFields(payload: unknown): string[] {
  const found: string[] = [];
  walk(payload, (path) => {
    const key = path.at(-1);
    if (typeof key !== "string" || !ANSWER_KEYS.has(key)) return;
    const ownResponse = path[0] === "answers" && path[2] === "given";
    if (!ownResponse) found.push(show(path));
  });
  return found;
}

/**
 * Paths of the generator's ranking of a question (its score and place in the recommended set):
 * not a secret, but for teachers choosing questions, so no student payload carries it.
 */
function rankingFields(payload: unknown): string[] {
  const found: string[] = [];
  walk(payload, (path) => {
    const key = path.at(-1);
    const onQuestion = path.length >= 3 && path.at(-3) === "questions";
    if (key === "recommended" || (key === "score" && onQuestion)) found.push(show(path));
  });
  return found;
}

/** Objects shaped like a matching pair ({left, right} strings): a pair list is an answer key. */
function pairObjects(payload: unknown): string[] {
  const found: string[] = [];
  walk(payload, (path, v) => {
    if (path[0] === "answers" && path[2] === "given") return;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o.left === "string" && typeof o.right === "string") found.push(show(path));
    }
  });
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The words as a whole, in any case: "May" is not found inside "Mayor". */
const wordPattern = (words: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, "iu");

/** Paths of strings containing the needle (as whole words, or as a plain substring). */
function occurrences(payload: unknown, needle: string, asWords = true): string[] {
  const pattern = asWords ? wordPattern(needle) : null;
  const found: string[] = [];
  walk(payload, (path, v) => {
    if (typeof v !== "string") return;
    if (pattern ? pattern.test(v) : v.includes(needle)) found.push(show(path));
  });
  return found;
}

interface BankEntry {
  id: string;
  question: Question;
}

/** What a student legitimately sees of a question. */
function visibleText(q: Question): string[] {
  const options = Array.isArray(q.options)
    ? q.options
    : q.options
      ? [...q.options.left, ...q.options.right]
      : [];
  return [q.prompt, ...options, ...(q.type === "open" ? q.rubric : [])];
}

/** Words whose appearance before answering would give the answer away (as whole words). */
function secretWords(q: Question): string[] {
  if (q.type === "cloze") return [q.answer, ...q.acceptableAnswers];
  if (q.type === "multiple_choice" || q.type === "numeric" || q.type === "attribution")
    return [q.answer];
  return [];
}

/** Whole texts that must never appear before answering (as substrings). */
const secretTexts = (q: Question): string[] => [
  q.explanation,
  ...(q.type === "open" ? [q.modelAnswer] : []),
];

/**
 * One question of each type, chosen so that no question's answer is printed in another's prompt
 * or options: the bank has such overlaps (e.g. an open question quoting the sentence a cloze
 * blanks out), which are a matter for set design, not for the API under test here.
 */
function pickOnePerType(bank: readonly BankEntry[]): BankEntry[] {
  const order: QuestionType[] = [
    "open",
    "matching",
    "true_false",
    "multiple_choice",
    "numeric",
    "attribution",
    "cloze",
  ];
  const chosen: BankEntry[] = [];
  const givesAway = (a: Question, b: Question) =>
    secretWords(a).some((w) => visibleText(b).some((t) => wordPattern(w).test(t)));
  for (const type of order) {
    const pick = bank.find(
      (c) =>
        c.question.type === type &&
        chosen.every(
          (o) => !givesAway(c.question, o.question) && !givesAway(o.question, c.question),
        ),
    );
    if (!pick) throw new Error(`no ${type} question fits the set`);
    chosen.push(pick);
  }
  return chosen;
}

let env: ApiTestEnv;
let server: TestServer;
let teacher: ApiClient;
let student: ApiClient;
let articleId: string;
let questions: BankEntry[];
const byId = (id: string) => questions.find((q) => q.id === id)!.question;

beforeAll(async () => {
  ({ env, server } = await serveApiTestEnv());
  teacher = apiClient(
    server.url,
    await signIn(server.url, { username: "teacher", password: "teach-studykit" }),
  );
  student = apiClient(
    server.url,
    await signIn(server.url, { username: "chen", password: "learn-studykit" }),
  );
  articleId = (await teacher.articles.list.query())[0]!.id;
  const bank = await teacher.articles.bank.query({ articleId, includeDisabled: false });
  questions = pickOnePerType(bank);
});

afterAll(async () => {
  await closeServer(server);
  await env?.close();
});

async function assign(feedback: "after_submit" | "after_due", dueInMs: number) {
  const set = await teacher.sets.create.mutate({
    title: `All seven types (${feedback})`,
    questionIds: questions.map((q) => q.id),
  });
  const assignment = await teacher.assignments.create.mutate({
    classId: "seed-class",
    setId: set.id,
    title: `All seven types, feedback ${feedback}`,
    feedback,
    shuffleOptions: true,
    attemptsAllowed: 1,
    dueAt: new Date(env.clock.now.getTime() + dueInMs),
  });
  return assignment;
}

/** Any question of the article's bank, by id, as the teacher sees it. */
async function bankQuestion(id: string): Promise<Question> {
  const bank = await teacher.articles.bank.query({ articleId, includeDisabled: false });
  return bank.find((q) => q.id === id)!.question;
}

/** A wrong response of the right shape for each type, so a missed question gets a study card. */
function responseFor(q: Question) {
  switch (q.type) {
    case "true_false":
      return { type: "true_false" as const, value: !q.answer };
    case "matching": {
      const right = (left: string) => q.answer.find((p) => p.left === left)!.right;
      const lefts = q.options.left;
      // Each left item paired with the next one's right item: every pair wrong.
      return {
        type: "matching" as const,
        pairs: lefts.map((left, i) => ({ left, right: right(lefts[(i + 1) % lefts.length]!) })),
      };
    }
    case "open":
      return { type: "self_assessment" as const, rubricPointsMet: 0, text: "My own words." };
    case "cloze":
      return { type: "text" as const, text: "somewhere" };
    default:
      return { type: "choice" as const, option: q.options.find((o) => o !== q.answer)! };
  }
}

/**
 * The set's questions that have a card in the study queue (fact cards come from the article);
 * the explanations of `withheld` questions must not be in it at all.
 */
async function studyCardsForSet(withheld: readonly string[]): Promise<string[]> {
  const queue = await student.study.queue.query({ articleId, newLimit: 0 });
  for (const id of withheld)
    expect(occurrences(queue, byId(id).explanation, false), `explanation of ${id}`).toEqual([]);
  return queue.cards
    .filter((c) => c.kind === "question")
    .flatMap((c) => questions.filter((q) => q.question.prompt === c.front.prompt).map((q) => q.id));
}

/**
 * Asserts that a payload of an attempt in progress holds no answer of an unanswered question:
 * no answer fields, no pair lists, no explanation or model answer, no cloze word, and a choice
 * answer only as one unmarked option among its own question's options.
 */
function expectNoAnswerKey(label: string, payload: unknown, answered: ReadonlySet<string>) {
  expect(answerFields(payload), `${label}: answer fields`).toEqual([]);
  expect(pairObjects(payload), `${label}: pair lists`).toEqual([]);
  expect(rankingFields(payload), `${label}: generator's ranking`).toEqual([]);
  for (const { id, question } of questions) {
    if (answered.has(id)) continue;
    for (const text of secretTexts(question))
      expect(occurrences(payload, text, false), `${label}: ${question.type} text`).toEqual([]);
    for (const word of secretWords(question)) {
      const places = occurrences(payload, word);
      if (question.type === "cloze") {
        expect(places, `${label}: cloze answer "${word}"`).toEqual([]);
      } else {
        // The right option is shown, unmarked, among its own question's options, and nowhere else.
        const index = (payload as { questions?: { id: string }[] }).questions?.findIndex(
          (q) => q.id === id,
        );
        const ownOptions = new RegExp(`^questions\\.${index}\\.options\\.\\d+$`);
        expect(
          places.filter((p) => !ownOptions.test(p)),
          `${label}: ${question.type} answer "${word}"`,
        ).toEqual([]);
      }
    }
  }
}

describe("answer keys over HTTP, feedback after submit", () => {
  let assignmentId: string;
  let attemptId: string;
  const answered = new Set<string>();

  beforeAll(async () => {
    assignmentId = (await assign("after_submit", 3 * 86_400_000)).id;
  });

  it("sets one question of each of the seven types", () => {
    expect(questions.map((q) => q.question.type).sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it("lists the assignment without answers", async () => {
    const mine = await student.assignments.mine.query();
    expect(mine.find((a) => a.id === assignmentId)).toMatchObject({
      status: "not_started",
      questions: 7,
    });
    expectNoAnswerKey("assignments.mine", mine, answered);
  });

  it("starts the attempt and shows each question without its answer", async () => {
    const started = await student.attempts.start.mutate({ assignmentId });
    expect(started.resumed).toBe(false);
    expectNoAnswerKey("attempts.start", started, answered);
    attemptId = started.attemptId;

    const view = await student.attempts.get.query({ attemptId });
    expectNoAnswerKey("attempts.get", view, answered);
    expect(view.questions.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
    for (const sq of view.questions) {
      const q = byId(sq.id);
      expect(Object.keys(sq).sort()).toEqual(
        ["id", "type", "prompt", "options", "matching", "rubric", "difficulty"].sort(),
      );
      expect(sq.type).toBe(q.type);
      expect(sq.prompt).toBe(q.prompt);
      switch (q.type) {
        case "multiple_choice":
        case "numeric":
        case "attribution":
          expect([...sq.options!].sort()).toEqual([...q.options].sort());
          break;
        case "true_false":
          expect(sq.options).toEqual(["True", "False"]);
          break;
        case "matching":
          expect(sq.matching!.left).toEqual(q.options.left);
          expect([...sq.matching!.right].sort()).toEqual([...q.options.right].sort());
          break;
        case "open":
          expect(sq.rubric).toEqual(q.rubric);
          break;
        case "cloze":
          expect(sq.options).toBeNull();
          expect(sq.prompt).toContain("____");
          break;
      }
    }
  });

  it("answers some questions with no feedback yet, and still shows no key for the rest", async () => {
    for (const type of ["true_false", "matching", "numeric"] as const) {
      const { id, question } = questions.find((q) => q.question.type === type)!;
      const result = await student.attempts.submitAnswer.mutate({
        attemptId,
        questionId: id,
        idempotencyKey: `answer-key-${type}`,
        response: responseFor(question),
        timeTakenMs: 4000,
      });
      answered.add(id);
      expect(result).toEqual({ recorded: true, duplicate: false, feedback: null });
      expectNoAnswerKey(`submitAnswer ${type}`, result, answered);

      const view = await student.attempts.get.query({ attemptId });
      expect(view.answeredCount).toBe(answered.size);
      expect(view.answers[id]!.feedback).toBeNull();
      expectNoAnswerKey(`attempts.get after ${type}`, view, answered);
    }
    // Missed questions become study cards, but not while their feedback is withheld.
    expect(await studyCardsForSet(questions.map((q) => q.id))).toEqual([]);
    const resumed = await student.attempts.start.mutate({ assignmentId });
    expect(resumed).toEqual({ attemptId, resumed: true });
    expectNoAnswerKey("attempts.start (resume)", resumed, answered);
    expectNoAnswerKey("assignments.mine", await student.assignments.mine.query(), answered);
  });

  it("holds the assignment's questions back from practice while the attempt is open", async () => {
    // Practice gives feedback at once: practising the set's own questions (one key fact at a
    // time, or the whole article) would hand out the assignment's answers.
    // A classmate who has not started the assignment (so chen's study queue stays as it was).
    const classmate = apiClient(
      server.url,
      await signIn(server.url, { username: "dara", password: "learn-studykit" }),
    );
    const served = new Set<string>();
    const refused: string[] = [];
    const practise = async (input: { articleId: string; count: number; factId?: string }) => {
      const outcome = await settle(classmate.attempts.practice.mutate(input));
      if (!outcome.ok) {
        refused.push(outcome.code);
        return;
      }
      const { attemptId: practiceId } = outcome.data as { attemptId: string };
      const view = await classmate.attempts.get.query({ attemptId: practiceId });
      for (const q of view.questions) served.add(q.id);
      // Answered at once, with the key: practice's own question's, none of the set's.
      const first = view.questions[0]!;
      const question = await bankQuestion(first.id);
      const result = await classmate.attempts.submitAnswer.mutate({
        attemptId: practiceId,
        questionId: first.id,
        idempotencyKey: `practice-${practiceId}`,
        response: responseFor(question),
        timeTakenMs: 1000,
      });
      expect(result.feedback?.correctAnswer).toBe(answerText(question));
    };
    const facts = await env.db.questionFact.findMany({
      where: { questionId: { in: questions.map((q) => q.id) } },
      select: { factId: true },
    });
    for (const factId of new Set(facts.map((f) => f.factId)))
      await practise({ articleId, count: 40, factId });
    for (let i = 0; i < 4; i++) await practise({ articleId, count: 40 });
    expect(served.size).toBeGreaterThan(0);
    expect(questions.map((q) => q.id).filter((id) => served.has(id))).toEqual([]);
    expect(refused.every((c) => c === "PRECONDITION_FAILED")).toBe(true);
  });

  it("serves the article and the student's progress with no per-question answers", async () => {
    const article = await student.articles.get.query({ articleId });
    // The article text legitimately holds every cloze word; what must be absent is any answer
    // field, pair list, explanation or question object.
    expect(answerFields(article)).toEqual([]);
    expect(pairObjects(article)).toEqual([]);
    expect(rankingFields(article)).toEqual([]);
    for (const { question } of questions)
      expect(occurrences(article, question.explanation, false)).toEqual([]);
    // The reader says how many questions a fact has, never which: an id would lead from an
    // unanswered question to the fact that holds its answer.
    for (const { id } of questions)
      expect(occurrences(article, id, false), `question id ${id} in the reader`).toEqual([]);
    for (const fact of article.facts) expect(fact).not.toHaveProperty("questionIds");

    const progress = await student.progress.mine.query();
    expect(answerFields(progress)).toEqual([]);
    expect(pairObjects(progress)).toEqual([]);
    expect(rankingFields(progress)).toEqual([]);
    for (const { id, question } of questions) {
      if (answered.has(id)) continue;
      for (const text of secretTexts(question))
        expect(occurrences(progress, text, false)).toEqual([]);
      // Fact texts come from the article and may hold the words; nothing else may.
      for (const word of secretWords(question).filter(() => question.type === "cloze"))
        expect(
          occurrences(progress, word).filter((p) => !/^facts\.items\.\d+\.text$/.test(p)),
        ).toEqual([]);
    }
  });

  it("refuses review before the attempt is finished", async () => {
    const early = await settle(student.attempts.review.query({ attemptId }));
    expect(early.ok ? "data" : early.code).toBe("PRECONDITION_FAILED");
  });

  it("shows feedback on review once the attempt is finished", async () => {
    const done = await student.attempts.finish.mutate({ attemptId });
    expect(done).toMatchObject({
      questionCount: 7,
      reviewAvailable: true,
      feedbackAvailableAt: null,
    });
    const review = await student.attempts.review.query({ attemptId });
    expect(Object.keys(review.answers).sort()).toEqual([...answered].sort());
    for (const id of answered) expect(review.answers[id]!.feedback!.correct).toBe(false);
    for (const id of answered) {
      const q = byId(id);
      expect(review.answers[id]!.feedback).toMatchObject({
        correctAnswer: answerText(q),
        explanation: q.explanation,
      });
      expect(review.answers[id]!.feedback!.sources.map((s) => s.id)).toEqual(q.sourceSentenceIds);
    }
    // With the feedback out, the missed questions reach the study queue when their first review
    // is due: a miss comes back the next day (FSRS without same-day steps, issue 15).
    const saved = env.clock.now;
    try {
      env.clock.now = new Date(saved.getTime() + 2 * 86_400_000);
      expect((await studyCardsForSet([])).sort()).toEqual([...answered].sort());
    } finally {
      env.clock.now = saved;
    }
  });
});

describe("answer keys over HTTP, feedback after the due date", () => {
  it("shows no feedback on review before the due date, and all of it after", async () => {
    const dueInMs = 2 * 86_400_000;
    const { id: assignmentId, dueAt } = await assign("after_due", dueInMs);
    const { attemptId } = await student.attempts.start.mutate({ assignmentId });
    const tf = questions.find((q) => q.question.type === "true_false")!;
    const mc = questions.find((q) => q.question.type === "multiple_choice")!;
    for (const q of [tf, mc]) {
      const result = await student.attempts.submitAnswer.mutate({
        attemptId,
        questionId: q.id,
        idempotencyKey: `after-due-${q.question.type}`,
        response: responseFor(q.question),
        timeTakenMs: 1000,
      });
      expect(result.feedback).toBeNull();
    }
    const done = await student.attempts.finish.mutate({ attemptId });
    expect(done.reviewAvailable).toBe(false);
    expect(done.feedbackAvailableAt).toEqual(dueAt);

    const before = await student.attempts.review.query({ attemptId });
    expect(Object.values(before.answers).map((a) => a.feedback)).toEqual([null, null]);
    expect(before.feedbackAvailableAt).toEqual(dueAt);
    // Finished, but before the due date: still no key for any question, answered or not.
    expectNoAnswerKey("review before due", before, new Set());
    // Nor do the missed questions reach the study queue, with their answers, before the due date.
    expect(
      (await studyCardsForSet([tf.id, mc.id])).filter((id) => id === tf.id || id === mc.id),
    ).toEqual([]);

    const saved = env.clock.now;
    try {
      env.clock.now = new Date(dueAt!.getTime() + 60_000);
      const after = await student.attempts.review.query({ attemptId });
      expect(after.feedbackAvailableAt).toBeNull();
      expect(after.answers[tf.id]!.feedback).toMatchObject({
        correctAnswer: answerText(tf.question),
        explanation: tf.question.explanation,
      });
      expect(after.answers[mc.id]!.feedback!.correctAnswer).toBe(answerText(mc.question));
      expect(await studyCardsForSet([])).toEqual(expect.arrayContaining([tf.id, mc.id]));
    } finally {
      env.clock.now = saved;
    }
  });
});

describe("the walker finds what it is meant to find", () => {
  // Guards the guards: each check must fire on a payload that does leak.
  it("flags answer fields, pair lists and cloze words", () => {
    const cloze = questions.find((q) => q.question.type === "cloze")!;
    const word = secretWords(cloze.question)[0]!;
    expect(answerFields({ questions: [{ id: "q", answer: true }] })).toEqual([
      "questions.0.answer",
    ]);
    expect(answerFields({ answers: { q: { given: { pairs: [] } } } })).toEqual([]);
    expect(answerFields({ answers: { q: { feedback: { correctAnswer: "x" } } } })).toEqual([
      "answers.q.feedback.correctAnswer",
    ]);
    expect(pairObjects({ hint: [{ left: "a", right: "b" }] })).toEqual(["hint.0"]);
    expect(
      rankingFields({ score: 0.5, questions: [{ id: "q", score: 0.9, recommended: true }] }),
    ).toEqual(["questions.0.score", "questions.0.recommended"]);
    expect(occurrences({ hint: `it was ${word}.` }, word)).toEqual(["hint"]);
    expect(() =>
      expectNoAnswerKey("planted", { questions: [], note: `try ${word}` }, new Set()),
    ).toThrow();
  });
});
