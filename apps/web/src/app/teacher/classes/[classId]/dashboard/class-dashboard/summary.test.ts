import { describe, expect, it } from "vitest";
import { classSummary } from "./summary";

const now = new Date("2026-03-10T12:00:00Z");

describe("classSummary", () => {
  it("counts students, opened assignments, completion and the mean of the averages", () => {
    expect(
      classSummary(
        {
          students: [
            { assigned: 2, completed: 2, averageScore: 0.9 },
            { assigned: 2, completed: 1, averageScore: 0.5 },
            { assigned: 2, completed: 0, averageScore: null },
          ],
          assignments: [
            { opensAt: new Date("2026-03-01T00:00:00Z") },
            { opensAt: now },
            { opensAt: new Date("2026-03-11T00:00:00Z") },
          ],
        },
        now,
      ),
    ).toEqual({ students: 3, openSoFar: 2, completion: 0.5, average: expect.closeTo(0.7) });
  });

  it("has no completion or average when nothing is assigned or scored", () => {
    expect(classSummary({ students: [], assignments: [] }, now)).toEqual({
      students: 0,
      openSoFar: 0,
      completion: null,
      average: null,
    });
  });
});
