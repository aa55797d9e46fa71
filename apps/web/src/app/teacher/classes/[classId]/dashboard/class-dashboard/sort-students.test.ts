import { describe, expect, it } from "vitest";
import { nextSort, sortStudents } from "./sort-students";

const s = (
  name: string,
  completed: number,
  averageScore: number | null,
  lastActive: string | null,
) => ({
  name,
  assigned: 4,
  completed,
  averageScore,
  lastActive: lastActive ? new Date(lastActive) : null,
});
const rows = [
  s("bea", 4, 0.8, "2026-03-02"),
  s("Ada", 1, null, null),
  s("Cy", 2, 0.4, "2026-03-05"),
];
const names = (r: { name: string }[]) => r.map((x) => x.name);

describe("sortStudents", () => {
  it("sorts by name without regard to case", () => {
    expect(names(sortStudents(rows, "name", true))).toEqual(["Ada", "bea", "Cy"]);
    expect(names(sortStudents(rows, "name", false))).toEqual(["Cy", "bea", "Ada"]);
  });

  it("sorts by completion, score and activity, none yet lowest", () => {
    expect(names(sortStudents(rows, "completed", false))).toEqual(["bea", "Cy", "Ada"]);
    expect(names(sortStudents(rows, "averageScore", true))).toEqual(["Ada", "Cy", "bea"]);
    expect(names(sortStudents(rows, "lastActive", false))).toEqual(["Cy", "bea", "Ada"]);
  });

  it("counts nothing assigned as nothing completed and leaves the input alone", () => {
    const none = { ...s("Dee", 0, null, null), assigned: 0 };
    expect(names(sortStudents([...rows, none], "completed", true))).toEqual([
      "Dee",
      "Ada",
      "Cy",
      "bea",
    ]);
    expect(names(rows)).toEqual(["bea", "Ada", "Cy"]);
  });
});

describe("nextSort", () => {
  it("flips the same column and starts a new one A to Z for names, highest first otherwise", () => {
    expect(nextSort({ key: "name", ascending: true }, "name")).toEqual({
      key: "name",
      ascending: false,
    });
    expect(nextSort({ key: "name", ascending: true }, "averageScore")).toEqual({
      key: "averageScore",
      ascending: false,
    });
    expect(nextSort({ key: "completed", ascending: false }, "name")).toEqual({
      key: "name",
      ascending: true,
    });
  });
});
