// The class dashboard sums the class's answers per question in the database instead of loading
// every answer with its facts (docs/BENCHMARKS.md: 100,000 answers). Checked here against the
// straightforward computation over every answer row, on a class with a few thousand answers.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiTestEnv, type ApiTestEnv } from "./testing";

let env: ApiTestEnv;

beforeAll(async () => {
  env = await createApiTestEnv();
  // More history for the demo class: every student answers every set again, with partial scores.
  const [students, assignments] = await Promise.all([
    env.db.enrolment.findMany({ where: { classId: "seed-class" }, select: { studentId: true } }),
    env.db.assignment.findMany({
      where: { classId: "seed-class" },
      select: { id: true, set: { select: { items: { select: { questionId: true } } } } },
    }),
  ]);
  let n = 0;
  for (const a of assignments) {
    for (const { studentId } of students) {
      for (let t = 0; t < 6; t++) {
        const id = `extra-${a.id}-${studentId}-${t}`;
        await env.db.attempt.create({
          data: {
            id,
            studentId,
            assignmentId: a.id,
            number: 100 + t,
            status: "submitted",
            layout: { questionIds: a.set.items.map((i) => i.questionId) },
            questionCount: a.set.items.length,
            score: 0.5,
          },
        });
        await env.db.answer.createMany({
          data: a.set.items.map((item) => {
            const score = [0, 0.25, 0.5, 1][n++ % 4]!;
            return {
              attemptId: id,
              questionId: item.questionId,
              idempotencyKey: `${id}-${item.questionId}`,
              given: { type: "text", text: "x" },
              correct: score === 1,
              score,
              timeTakenMs: 1000,
            };
          }),
        });
      }
    }
  }
});
afterAll(() => env?.close());

it("finds the same weakest facts as a pass over every answer row", async () => {
  const teacher = env.callerFor(await env.userByUsername("teacher"));
  const { weakestFacts } = await teacher.dashboard.class({ classId: "seed-class" });

  const rows = await env.db.answer.findMany({
    where: { attempt: { assignment: { classId: "seed-class" } } },
    select: { score: true, question: { select: { facts: { select: { factId: true } } } } },
  });
  expect(rows.length).toBeGreaterThan(1000);
  const reference = new Map<string, { total: number; answers: number }>();
  for (const r of rows) {
    for (const { factId } of r.question.facts) {
      const f = reference.get(factId) ?? { total: 0, answers: 0 };
      f.total += r.score;
      f.answers += 1;
      reference.set(factId, f);
    }
  }
  const expected = [...reference.entries()]
    .filter(([, f]) => f.answers >= 2)
    .map(([factId, f]) => ({
      factId,
      answers: f.answers,
      averageScore: Math.round((f.total / f.answers) * 10_000) / 10_000,
    }))
    .sort((a, b) => a.averageScore - b.averageScore || b.answers - a.answers);

  expect(weakestFacts).toHaveLength(5);
  // The same scores in the same order (facts tied on both may come in either order) …
  expect(weakestFacts.map((f) => [f.averageScore, f.answers])).toEqual(
    expected.slice(0, 5).map((f) => [f.averageScore, f.answers]),
  );
  // … and each fact with its own figures.
  for (const f of weakestFacts) {
    expect(expected.find((e) => e.factId === f.factId)).toEqual({
      factId: f.factId,
      answers: f.answers,
      averageScore: f.averageScore,
    });
  }
});

it("gives each student the same completion, average and last activity as a pass over every attempt", async () => {
  const teacher = env.callerFor(await env.userByUsername("teacher"));
  // An archived assignment's attempts count for nothing.
  const archived = await env.db.assignment.findFirstOrThrow({
    where: { classId: "seed-class" },
    orderBy: { opensAt: "asc" },
    select: { id: true },
  });
  await env.db.assignment.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  const d = await teacher.dashboard.class({ classId: "seed-class" });

  const attempts = await env.db.attempt.findMany({
    where: { assignment: { classId: "seed-class", archivedAt: null } },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      studentId: true,
      assignmentId: true,
      status: true,
      score: true,
      lastActivityAt: true,
    },
  });
  expect(attempts.length).toBeGreaterThan(100);
  for (const s of d.students) {
    const mine = attempts.filter((a) => a.studentId === s.id);
    const best = new Map<string, number>();
    for (const a of mine) {
      if (a.status !== "submitted" || a.score === null) continue;
      best.set(a.assignmentId!, Math.max(best.get(a.assignmentId!) ?? 0, a.score));
    }
    const scores = [...best.values()];
    const last = mine.reduce<Date | null>(
      (m, a) => (!m || a.lastActivityAt > m ? a.lastActivityAt : m),
      null,
    );
    expect(s, s.name).toMatchObject({
      completed: best.size,
      averageScore: scores.length
        ? Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 10_000) / 10_000
        : null,
      lastActive: last,
    });
  }
  // Item analysis reads each student's first submitted attempt at the newest assignment with any.
  const chosen = d.itemAnalysis!;
  const firsts = new Set(
    attempts
      .filter((a) => a.assignmentId === chosen.assignmentId && a.status === "submitted")
      .map((a) => a.studentId),
  );
  expect(chosen.attempts).toBe(firsts.size);
  expect(d.assignments.some((a) => a.id === archived.id)).toBe(false);
});
