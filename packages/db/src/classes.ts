// Classes: creating one with a unique join code, and deleting one without erasing anyone's history.
import { randomInt } from "node:crypto";
import type { Database } from "./client";
import { isUniqueViolation } from "./errors";

// No 0/O or 1/I/L: a join code is read off a whiteboard.
const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(random: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1)
    code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

export async function createClass(
  db: Database,
  input: { teacherId: string; name: string; now?: Date },
): Promise<{ id: string; joinCode: string }> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await db.class.create({
        data: {
          teacherId: input.teacherId,
          name: input.name,
          joinCode: generateJoinCode(),
          ...(input.now ? { createdAt: input.now } : {}),
        },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      // 31^6 codes: a collision is rare, several in a row means something else is wrong.
      if (!isUniqueViolation(error) || tries >= 4) throw error;
    }
  }
}

export class ClassHasHistoryError extends Error {
  constructor(
    readonly classId: string,
    readonly attempts: number,
  ) {
    super(
      `class ${classId} has ${attempts} attempts on its assignments: archive it instead of deleting it`,
    );
    this.name = "ClassHasHistoryError";
  }
}

/**
 * Deletes a class with its roster and assignments, only when no student has attempted any of
 * them. Otherwise it throws ClassHasHistoryError; the foreign key (Attempt → Assignment,
 * RESTRICT) refuses the delete too, should an attempt start in between.
 */
export async function deleteClass(db: Database, classId: string): Promise<void> {
  const attempts = await db.attempt.count({ where: { assignment: { classId } } });
  if (attempts > 0) throw new ClassHasHistoryError(classId, attempts);
  await db.class.delete({ where: { id: classId } });
}

export async function archiveClass(
  db: Database,
  classId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.class.update({ where: { id: classId }, data: { archivedAt: now } });
}
