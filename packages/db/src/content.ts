// Stores a derived study kit and serves its questions as teachers left them. Re-deriving the same
// article upserts on the kit's stable ids, so progress stays attached and teacher edits survive.
import type { Difficulty, Question, StudyKit } from "@studykit/content";
import type { Prisma } from "../generated/sqlite/client";
import type { Database } from "./client";

/** A teacher's changes to a generated question; absent fields keep the generated value. */
export interface QuestionOverride {
  prompt?: string;
  explanation?: string;
  difficulty?: Difficulty;
  options?: Question["options"];
  answer?: Question["answer"];
  acceptableAnswers?: string[];
}

export interface StoreStudyKitResult {
  articleId: string;
  created: boolean;
  facts: { stored: number; retired: number };
  questions: { stored: number; retired: number };
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * A list in slices small enough for one statement's parameters: SQLite takes at most 999 (as
 * Prisma's driver adapter counts them), and a long article has thousands of facts. The set
 * difference is computed here, never sent as a `notIn` list over every fact.
 */
const STATEMENT_PARAMETER_SLICE = 400;
function chunks<T>(items: readonly T[], size = STATEMENT_PARAMETER_SLICE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The question a student sees: the generated one with the teacher's override laid over it. */
export function effectiveQuestion(row: { generated: unknown; override: unknown }): Question {
  const generated = row.generated as Question;
  const override = (row.override ?? {}) as QuestionOverride;
  return { ...generated, ...override } as Question;
}

export async function storeStudyKit(
  db: Database,
  kit: StudyKit,
  options: {
    addedById?: string;
    now?: Date;
    /**
     * Review status of questions this call creates (default "pending": a teacher reviews them
     * before they can go into a set). Questions already stored keep theirs.
     */
    reviewStatus?: "pending" | "accepted";
    /** The file the article came from, kept for the teacher's library. */
    sourceName?: string | null;
  } = {},
): Promise<StoreStudyKitResult> {
  const now = options.now ?? new Date();
  const { article } = kit;
  return db.$transaction(
    async (tx) => {
      const existing = await tx.article.findUnique({
        where: { hash: article.hash },
        select: { id: true },
      });
      const articleFields = {
        title: article.title,
        text: article.text,
        tags: json(article.tags),
        paragraphs: json(article.paragraphs),
        kitVersion: kit.version,
        derivedAt: now,
      };
      const { id: articleId } = await tx.article.upsert({
        where: { hash: article.hash },
        create: {
          hash: article.hash,
          addedById: options.addedById ?? null,
          sourceName: options.sourceName ?? null,
          ...articleFields,
        },
        update: articleFields,
        select: { id: true },
      });

      for (const [position, sentence] of article.sentences.entries()) {
        const fields = {
          position,
          paragraph: sentence.paragraph,
          text: sentence.text,
          startOffset: sentence.start,
          endOffset: sentence.end,
        };
        await tx.sentence.upsert({
          where: { articleId_key: { articleId, key: sentence.id } },
          create: { articleId, key: sentence.id, ...fields },
          update: fields,
        });
      }

      const factIds = new Map<string, string>();
      for (const [position, fact] of kit.facts.entries()) {
        const fields = {
          position,
          text: fact.text,
          stance: fact.stance,
          attribution: fact.attribution,
          category: fact.category,
          importance: fact.importance,
          entities: json(fact.entities),
          sentenceKeys: json(fact.sentenceIds),
          kitVersion: kit.version,
          retiredAt: null,
        };
        const row = await tx.fact.upsert({
          where: { articleId_key: { articleId, key: fact.id } },
          create: { articleId, key: fact.id, ...fields },
          update: fields,
          select: { id: true },
        });
        factIds.set(fact.id, row.id);
      }
      const keptFacts = new Set(kit.facts.map((f) => f.id));
      const factsToRetire = (
        await tx.fact.findMany({
          where: { articleId, retiredAt: null },
          select: { id: true, key: true },
        })
      ).filter((f) => !keptFacts.has(f.key));
      let retiredFactCount = 0;
      for (const ids of chunks(factsToRetire.map((f) => f.id))) {
        retiredFactCount += (
          await tx.fact.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } })
        ).count;
      }

      const overrides = new Map(
        (
          await tx.question.findMany({
            where: { articleId },
            select: { key: true, override: true },
          })
        ).map((q) => [q.key, q.override as QuestionOverride | null]),
      );
      const questionIds: string[] = [];
      // The kit lists questions best first, so `position` is the generator's ranking; score and
      // recommended are refreshed every time, review status and override never are.
      for (const [position, question] of kit.questions.entries()) {
        const fields = {
          position,
          score: question.score,
          recommended: question.recommended,
          type: question.type,
          difficulty: overrides.get(question.id)?.difficulty ?? question.difficulty,
          skill: question.skill,
          stance: question.stance,
          generated: json(question),
          kitVersion: kit.version,
          retiredAt: null,
        };
        const row = await tx.question.upsert({
          where: { articleId_key: { articleId, key: question.id } },
          create: {
            articleId,
            key: question.id,
            reviewStatus: options.reviewStatus ?? "pending",
            ...(options.reviewStatus === "accepted" ? { reviewedAt: now } : {}),
            ...fields,
          },
          update: fields,
          select: { id: true },
        });
        questionIds.push(row.id);
      }
      for (const ids of chunks(questionIds))
        await tx.questionFact.deleteMany({ where: { questionId: { in: ids } } });
      const links = kit.questions.flatMap((question, index) =>
        question.factIds.flatMap((key) => {
          const factId = factIds.get(key);
          return factId ? [{ questionId: questionIds[index]!, factId }] : [];
        }),
      );
      for (const data of chunks(links)) await tx.questionFact.createMany({ data });
      const keptQuestions = new Set(kit.questions.map((q) => q.id));
      const questionsToRetire = (
        await tx.question.findMany({
          where: { articleId, retiredAt: null },
          select: { id: true, key: true },
        })
      ).filter((q) => !keptQuestions.has(q.key));
      let retiredQuestionCount = 0;
      for (const ids of chunks(questionsToRetire.map((q) => q.id))) {
        retiredQuestionCount += (
          await tx.question.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } })
        ).count;
      }

      return {
        articleId,
        created: existing === null,
        facts: { stored: kit.facts.length, retired: retiredFactCount },
        questions: { stored: kit.questions.length, retired: retiredQuestionCount },
      };
    },
    // A 200,000-character paste stores thousands of facts and questions in this one transaction:
    // over a minute on PostgreSQL while the server is busy (CI ran 60 s out). Three minutes
    // holds it; all or nothing, so a teacher never sees half a kit.
    { timeout: 180_000, maxWait: 30_000 },
  );
}

/** Records a teacher's edit; it replaces any earlier override and survives re-derivation. */
export async function editQuestion(
  db: Database,
  input: { questionId: string; editedById: string; override: QuestionOverride; now?: Date },
): Promise<void> {
  const row = await db.question.findUniqueOrThrow({
    where: { id: input.questionId },
    select: { generated: true },
  });
  const generated = row.generated as unknown as Question;
  await db.question.update({
    where: { id: input.questionId },
    data: {
      override: json(input.override),
      difficulty: input.override.difficulty ?? generated.difficulty,
      editedById: input.editedById,
      editedAt: input.now ?? new Date(),
    },
  });
}

export async function setQuestionDisabled(
  db: Database,
  input: { questionId: string; disabled: boolean; now?: Date },
): Promise<void> {
  await db.question.update({
    where: { id: input.questionId },
    data: { disabledAt: input.disabled ? (input.now ?? new Date()) : null },
  });
}
