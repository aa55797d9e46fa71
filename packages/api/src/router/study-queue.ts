// Today's Study queue for a student: the one place that decides which cards Study serves, so
// the Study page's counter and the Progress page's "due today" are the same figures.
import { countStudyCards, dueCards, ensureFactCards, studyDay, type Database } from "@studykit/db";
import { feedbackOnReview } from "../logic/feedback";

/** Articles the student has met: practised, or assigned to one of their classes. */
async function engagedArticles(db: Database, studentId: string): Promise<string[]> {
  const [practised, assigned] = await Promise.all([
    db.attempt.findMany({
      where: { studentId, articleId: { not: null } },
      select: { articleId: true },
      distinct: ["articleId"],
    }),
    // A set may draw on several articles: each of its questions brings its own.
    db.question.findMany({
      where: {
        setItems: {
          some: {
            set: { assignments: { some: { class: { enrolments: { some: { studentId } } } } } },
          },
        },
      },
      select: { articleId: true },
      distinct: ["articleId"],
    }),
  ]);
  return [...new Set([...practised, ...assigned].map((r) => r.articleId!))];
}

/**
 * Questions whose right answer the student may not see yet: answered in an assignment attempt
 * whose feedback is still withheld (after submit or after the due date). Their cards wait.
 */
async function withheldQuestions(
  db: Database,
  studentId: string,
  questionIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  if (!questionIds.length) return new Set();
  const answers = await db.answer.findMany({
    where: {
      questionId: { in: [...questionIds] },
      attempt: { studentId, assignmentId: { not: null } },
    },
    select: {
      questionId: true,
      attempt: {
        select: { status: true, assignment: { select: { feedback: true, dueAt: true } } },
      },
    },
  });
  return new Set(
    answers
      .filter(
        ({ attempt: { status, assignment } }) =>
          assignment &&
          !feedbackOnReview({
            timing: assignment.feedback,
            submitted: status === "submitted",
            dueAt: assignment.dueAt,
            now,
          }),
      )
      .map((a) => a.questionId),
  );
}

/** How many new cards a day's Study brings in when the student does not say. */
export const NEW_CARDS_PER_DAY = 10;

/**
 * Today's cards for the student, in the order Study serves them, with their counts: reviews due
 * before the end of the student's day, then up to `newLimit` new fact cards (created first for
 * each article the student has met), leaving out questions whose answers are still withheld.
 * `ensure: false` only reads (a teacher looking on creates nothing).
 */
export async function todaysStudyCards(
  db: Database,
  studentId: string,
  input: {
    now: Date;
    utcOffsetMinutes: number;
    newLimit?: number;
    articleId?: string | undefined;
    ensure?: boolean;
  },
) {
  const { now } = input;
  const newLimit = input.newLimit ?? NEW_CARDS_PER_DAY;
  if (input.ensure !== false) {
    const articles = input.articleId ? [input.articleId] : await engagedArticles(db, studentId);
    for (const articleId of articles) await ensureFactCards(db, { studentId, articleId, now });
  }
  const day = studyDay(now, input.utcOffsetMinutes);
  const due = await dueCards(db, {
    studentId,
    until: day.end,
    newLimit,
    ...(input.articleId ? { articleId: input.articleId } : {}),
  });
  const withheld = await withheldQuestions(
    db,
    studentId,
    due.flatMap((c) => (c.questionId ? [c.questionId] : [])),
    now,
  );
  const cards = due.filter((c) => !c.questionId || !withheld.has(c.questionId));
  return { day, cards, counts: countStudyCards(cards, day, newLimit) };
}
