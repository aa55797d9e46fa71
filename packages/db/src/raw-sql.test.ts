// The raw-SQL plumbing on both engines: parameters bind as Prisma would store them, a transaction
// is all or nothing, and a raw unique violation is recognised.
import { beforeAll, describe, expect, it } from "vitest";
import {
  inTransaction,
  isRawUniqueViolation,
  jsonValue,
  PG,
  queryRows,
  sqlStatement,
} from "./raw-sql";
import { createUser, uniqueId } from "./testing/factories";
import { ENGINES, useTestDatabase } from "./testing/test-database";

describe.each(ENGINES)("raw SQL on %s", (engine) => {
  const t = useTestDatabase(engine);
  let userId: string;

  beforeAll(async () => {
    userId = await createUser(t.db, "teacher");
  });

  const insertClass = (id: string, name: string, createdAt: Date) =>
    sqlStatement(
      t.db,
      (s) => `INSERT INTO "Class" ("id", "name", "joinCode", "teacherId", "createdAt", "updatedAt")
        VALUES (${s.p(id)}, ${s.p(name)}, ${s.p(uniqueId("code"))}, ${s.p(userId)},
          ${s.p(createdAt, PG.time)}, ${s.p(createdAt, PG.time)})`,
    );

  it("numbers parameters in order and reads back what it wrote, times as Prisma stores them", async () => {
    const id = uniqueId("class");
    const createdAt = new Date("2031-01-02T03:04:05.678Z");
    expect(await inTransaction(t.db, [insertClass(id, "Raw", createdAt)])).toEqual([1]);
    const read = sqlStatement(
      t.db,
      (s) => `SELECT "name" FROM "Class" WHERE "id" = ${s.p(id)} AND "teacherId" = ${s.p(userId)}`,
    );
    expect(read.params).toEqual([id, userId]);
    expect(await queryRows(t.db, read.text, read.params)).toEqual([{ name: "Raw" }]);
    // Prisma reads the raw write's time as the same instant.
    const row = await t.db.class.findUniqueOrThrow({ where: { id }, select: { createdAt: true } });
    expect(row.createdAt).toEqual(createdAt);
  });

  it("commits all of a transaction's statements or none of them", async () => {
    const id = uniqueId("class");
    const now = new Date();
    const error = await inTransaction(t.db, [
      insertClass(id, "First", now),
      insertClass(id, "Same id again", now),
    ]).catch((e: unknown) => e);
    expect(isRawUniqueViolation(error)).toBe(true);
    expect(await t.db.class.count({ where: { id } })).toBe(0);
  });

  it("recognises only unique violations as such", () => {
    expect(isRawUniqueViolation(new Error("something else"))).toBe(false);
    expect(isRawUniqueViolation(null)).toBe(false);
  });
});

describe("jsonValue", () => {
  it("parses JSON text and leaves a parsed value as it is", () => {
    expect(jsonValue('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(jsonValue({ a: 1 })).toEqual({ a: 1 });
    expect(jsonValue(null)).toBeNull();
  });
});
