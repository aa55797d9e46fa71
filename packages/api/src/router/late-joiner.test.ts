// Issue 15, item 3: assignments count for a student only from when they joined the class and
// when the assignment opened; "falling behind" needs something actually late. Through the API
// over the seeded class, whose history holds assignments long closed.
import { createUser } from "@studykit/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, type ApiCaller, type ApiTestEnv } from "../testing";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let env: ApiTestEnv;
let teacher: ApiCaller;
let lateId: string;
let late: ApiCaller;

beforeAll(async () => {
  env = await createApiTestEnv();
  teacher = env.callerFor(await env.userByUsername("teacher"));
  lateId = await createUser(env.db, "student");
  late = env.callerFor({
    id: lateId,
    name: "Late Joiner",
    username: null,
    email: `${lateId}@school.example`,
    role: "student",
    mustChangePassword: false,
  });
  const { joinCode } = await env.db.class.findUniqueOrThrow({
    where: { id: "seed-class" },
    select: { joinCode: true },
  });
  await late.classes.join({ joinCode });
});
afterAll(() => env.close());

describe("a student who joins a class today", () => {
  it("is not shown as having missed what closed before they joined", async () => {
    const closed = await env.db.assignment.count({
      where: { classId: "seed-class", archivedAt: null, dueAt: { lt: env.clock.now } },
    });
    expect(closed).toBeGreaterThan(0);
    const mine = await late.assignments.mine();
    expect(mine.filter((a) => a.status === "missed")).toEqual([]);
    for (const a of mine) expect(a.dueAt === null || a.dueAt >= env.clock.now).toBe(true);
  });

  it("is not counted by the teacher against what closed before they joined", async () => {
    const dashboard = await teacher.dashboard.class({ classId: "seed-class" });
    const row = dashboard.students.find((s) => s.id === lateId)!;
    const stillOpen = dashboard.assignments.filter(
      (a) => a.opensAt <= env.clock.now && (a.dueAt === null || a.dueAt >= env.clock.now),
    );
    expect(row).toMatchObject({ assigned: stillOpen.length, completed: 0 });

    const progress = await teacher.progress.class({ classId: "seed-class" });
    expect(progress.fallingBehind.find((s) => s.id === lateId)).toMatchObject({
      overdueAssignments: 0,
      reasons: [],
    });

    // The class page counts each closed assignment over the students who were there.
    const enrolled = await env.db.enrolment.count({ where: { classId: "seed-class" } });
    for (const a of await teacher.assignments.forClass({ classId: "seed-class" })) {
      const closedBefore = a.dueAt !== null && a.dueAt < env.clock.now;
      expect(a.students).toBe(closedBefore ? enrolled - 1 : enrolled);
    }
  });
});

describe("falling behind", () => {
  it("needs an assignment past its due date, not one opened an hour ago and due next week", async () => {
    const set = await env.db.questionSet.findFirstOrThrow({
      where: { assignments: { some: { classId: "seed-class" } } },
      select: { id: true },
    });
    const before = await teacher.progress.class({ classId: "seed-class" });
    await teacher.assignments.create({
      classId: "seed-class",
      setId: set.id,
      title: "Due next week",
      opensAt: new Date(env.clock.now.getTime() - HOUR),
      dueAt: new Date(env.clock.now.getTime() + 7 * DAY),
    });
    const after = await teacher.progress.class({ classId: "seed-class" });
    expect(after.fallingBehind).toEqual(before.fallingBehind);
    expect(after.fallingBehind.find((s) => s.id === lateId)!.reasons).toEqual([]);

    // A week and a day later it is past due, with whatever else was open when they joined and
    // has closed since: each is one the late joiner has not submitted.
    const joined = env.clock.now;
    env.clock.now = new Date(joined.getTime() + 8 * DAY);
    try {
      const pastDue = await env.db.assignment.count({
        where: {
          classId: "seed-class",
          archivedAt: null,
          dueAt: { gte: joined, lt: env.clock.now },
        },
      });
      expect(pastDue).toBeGreaterThanOrEqual(1);
      const later = await teacher.progress.class({ classId: "seed-class" });
      expect(later.fallingBehind.find((s) => s.id === lateId)).toMatchObject({
        overdueAssignments: pastDue,
        reasons: expect.arrayContaining([
          `${pastDue} assignment${pastDue === 1 ? "" : "s"} past due, not submitted`,
        ]),
      });
    } finally {
      env.clock.now = joined;
    }
  });
});

describe("the class dashboard of a new class", () => {
  it("charts no week before the class existed", async () => {
    const cls = await teacher.classes.create({ name: "Brand new" });
    const progress = await teacher.progress.class({ classId: cls.id, weeks: 8 });
    expect(progress.weeks).toHaveLength(1);
    const seeded = await teacher.progress.class({ classId: "seed-class", weeks: 8 });
    expect(seeded.weeks.length).toBeGreaterThan(1);
  });
});
