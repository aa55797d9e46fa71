// Questions that come from another tool's file (Moodle XML, GIFT) stored as the importing
// teacher's own, and a set read out the way @studykit/formats exports it.
import { createHash } from "node:crypto";
import { validateQuestion, type Question, type QuestionDraft } from "@studykit/content";
import type { ExchangeFact, ExchangeSet, ImportResult } from "@studykit/formats";
import type { Prisma } from "../generated/sqlite/client";
import type { Database } from "./client";
import { effectiveQuestion } from "./content";
import { isUniqueViolation } from "./errors";
import { effectiveFactText } from "./review";

/** Recorded as the article's kit version: imported questions are not derived from any text. */
export const IMPORTED_KIT_VERSION = "import-1";

export interface SkippedImport {
  index: number;
  name: string | null;
  reason: string;
}

export interface StoreImportedQuestionsResult {
  articleId: string;
  title: string;
  /** Questions stored by this call, or, for a file already imported, the questions it holds. */
  imported: number;
  /**
   * Questions the reader could not take and those the validator refused, in file order; `index`
   * counts from 0 over every question in the file, reasons are lower-case phrases.
   */
  skipped: SkippedImport[];
  /** True when the same file was imported before (by anyone): nothing new is stored. */
  duplicate: boolean;
}

/** Nothing in the file could be stored; the message says why in a line. */
export class NothingToImportError extends Error {
  override name = "NothingToImportError";
}

const json = (value: unknown) => value as Prisma.InputJsonValue;
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * What the content package's validator says about an imported question. A teacher wrote it, so
 * it is checked as `authored`: the generator's house style (exactly four options, prompt wording,
 * no answer words in the prompt) does not apply, its shape does (2–6 distinct options with the
 * answer once, a cloze blank, an open question's model answer and rubric). The shape rule asks
 * every question to cite a source sentence and name a fact, which an imported question cannot
 * do, so those two lists get a placeholder for the check; and no sentences are passed, so the
 * rule that the explanation quotes its source does not run.
 */
export function validateImportedQuestion(draft: QuestionDraft): string[] {
  const placeholder = ["imported"];
  return validateQuestion(
    { ...draft, sourceSentenceIds: placeholder, factIds: placeholder } as QuestionDraft,
    { authored: true },
  ).map((issue) => issue.message);
}

/** A key per question, stable for the same question in the same file. */
function questionKey(draft: QuestionDraft): string {
  return `imp-${sha256(`${draft.type}\n${draft.prompt}`).slice(0, 16)}`;
}

/**
 * Stores an ImportResult's questions under a new Article of kind `question_import`, added by the
 * teacher and accepted (the teacher wrote them). The article's hash is the SHA-256 of the file's
 * text, so the same file imported again returns the stored article and stores nothing. Throws
 * NothingToImportError, storing nothing, when no question in the file can be used.
 */
export async function storeImportedQuestions(
  db: Database,
  input: {
    result: ImportResult;
    /** The file's text exactly as uploaded. */
    text: string;
    filename: string;
    teacherId: string;
    now?: Date;
  },
): Promise<StoreImportedQuestionsResult> {
  const now = input.now ?? new Date();
  const hash = sha256(input.text);
  const existing = await findImport(db, hash);
  if (existing) return existing;

  const title = (input.result.title?.trim() || input.filename.trim()).slice(0, 200);
  const skipped: SkippedImport[] = [...input.result.skipped];
  const keep: { key: string; question: Question }[] = [];
  const seen = new Map<string, number>();
  // Indices count every question in the file, taken or skipped by the reader, in order.
  const readerSkipped = new Set(input.result.skipped.map((s) => s.index));
  let index = 0;
  for (const imported of input.result.questions) {
    while (readerSkipped.has(index)) index++;
    const at = index++;
    const key = questionKey(imported.question);
    const issues = validateImportedQuestion(imported.question);
    const earlier = seen.get(key);
    if (issues.length) {
      skipped.push({ index: at, name: imported.name, reason: issues.join("; ") });
    } else if (earlier !== undefined) {
      skipped.push({
        index: at,
        name: imported.name,
        reason: `repeats question ${earlier + 1} of the file`,
      });
    } else {
      seen.set(key, at);
      keep.push({
        key,
        question: {
          ...imported.question,
          id: key,
          sourceSentenceIds: [],
          factIds: [],
        } as Question,
      });
    }
  }
  skipped.sort((a, b) => a.index - b.index);
  if (keep.length === 0) {
    const first = skipped[0];
    throw new NothingToImportError(
      first
        ? `No question in the file could be imported: ${first.reason}${skipped.length > 1 ? ` (and ${skipped.length - 1} more)` : ""}.`
        : "The file holds no questions.",
    );
  }

  try {
    const articleId = await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          hash,
          kind: "question_import",
          sourceName: input.filename.slice(0, 200),
          title,
          text: "",
          tags: json([]),
          paragraphs: json([]),
          kitVersion: IMPORTED_KIT_VERSION,
          derivedAt: now,
          addedById: input.teacherId,
        },
        select: { id: true },
      });
      await tx.question.createMany({
        data: keep.map(({ key, question }, position) => ({
          articleId: article.id,
          key,
          position,
          type: question.type,
          difficulty: question.difficulty,
          skill: question.skill,
          stance: question.stance,
          generated: json(question),
          // Not the generator's output: never scored, never in its recommended set.
          score: null,
          recommended: false,
          reviewStatus: "accepted" as const,
          reviewedById: input.teacherId,
          reviewedAt: now,
          kitVersion: IMPORTED_KIT_VERSION,
        })),
      });
      return article.id;
    });
    return { articleId, title, imported: keep.length, skipped, duplicate: false };
  } catch (error) {
    // The same file, imported at the same moment by another request: that one stored it.
    if (isUniqueViolation(error)) {
      const stored = await findImport(db, hash);
      if (stored) return stored;
    }
    throw error;
  }
}

async function findImport(
  db: Database,
  hash: string,
): Promise<StoreImportedQuestionsResult | null> {
  const found = await db.article.findUnique({
    where: { hash },
    select: {
      id: true,
      title: true,
      kind: true,
      _count: { select: { questions: { where: { retiredAt: null } } } },
    },
  });
  if (!found) return null;
  if (found.kind !== "question_import")
    throw new NothingToImportError("This file's text is already in the library as an article.");
  return {
    articleId: found.id,
    title: found.title,
    imported: found._count.questions,
    skipped: [],
    duplicate: true,
  };
}

/**
 * A question set as @studykit/formats exports it: its questions in order as students get them
 * (teacher edits applied; disabled questions left out, as they are from new attempts), the key
 * facts they test with their effective wording, and each question's source sentence, if any.
 * Null when there is no such set.
 */
export async function loadExchangeSet(db: Database, setId: string): Promise<ExchangeSet | null> {
  const set = await db.questionSet.findUnique({
    where: { id: setId },
    select: {
      id: true,
      title: true,
      items: {
        orderBy: { position: "asc" },
        where: { question: { disabledAt: null, reviewStatus: { not: "rejected" } } },
        select: {
          question: {
            select: {
              id: true,
              articleId: true,
              article: { select: { title: true } },
              generated: true,
              override: true,
              facts: {
                select: {
                  fact: {
                    select: {
                      id: true,
                      position: true,
                      text: true,
                      editedText: true,
                      stance: true,
                      attribution: true,
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!set) return null;

  const questions = set.items.map(({ question }) => ({
    row: question,
    question: effectiveQuestion(question),
  }));
  // Source sentences by (article, kit key): one query for the whole set.
  const wanted = questions.flatMap(({ row, question }) =>
    question.sourceSentenceIds.map((key) => ({ articleId: row.articleId, key })),
  );
  const sentences = wanted.length
    ? await db.sentence.findMany({
        where: { OR: wanted },
        select: { articleId: true, key: true, text: true },
      })
    : [];
  const sentenceText = new Map(sentences.map((s) => [`${s.articleId}\n${s.key}`, s.text]));

  const facts = new Map<string, ExchangeFact & { position: number }>();
  for (const { row } of questions)
    for (const { fact } of row.facts)
      facts.set(fact.id, {
        id: fact.id,
        text: effectiveFactText(fact),
        stance: fact.stance,
        attribution: fact.attribution,
        position: fact.position,
      });

  return {
    id: set.id,
    title: set.title,
    // A set may draw on several articles: it is named after one only when all its questions share it.
    articleTitle:
      new Set(set.items.map((i) => i.question.articleId)).size === 1
        ? set.items[0]!.question.article.title
        : null,
    questions: questions.map(({ row, question }) => {
      const source = question.sourceSentenceIds
        .map((key) => sentenceText.get(`${row.articleId}\n${key}`))
        .filter((s): s is string => s !== undefined);
      return {
        id: row.id,
        question,
        factIds: row.facts.map((f) => f.fact.id),
        source: source.length ? source.join(" ") : null,
      };
    }),
    facts: [...facts.values()]
      .sort((a, b) => a.position - b.position)
      .map(({ position: _position, ...fact }) => fact),
  };
}
