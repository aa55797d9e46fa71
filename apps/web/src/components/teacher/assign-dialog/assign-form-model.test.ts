import { describe, expect, it } from "vitest";
import {
  assignInput,
  defaultWindow,
  errorFieldOf,
  localProblems,
  windowText,
  type AssignFormValues,
} from "./assign-form-model";

const form: AssignFormValues = {
  setId: "s1",
  classId: "c1",
  title: "",
  opensAt: "",
  dueAt: "",
  attempts: "1",
  unlimited: false,
  shuffleQuestions: false,
  shuffleOptions: true,
  feedback: "after_submit",
};
const fine = { opensAt: false, dueAt: false };

describe("defaultWindow", () => {
  it("opens now and is due a week later at 17:00 local time", () => {
    const now = new Date(2026, 2, 10, 9, 30);
    const { opens, due } = defaultWindow(now);
    expect(opens.getTime()).toBe(now.getTime());
    expect(due).toEqual(new Date(2026, 2, 17, 17, 0, 0, 0));
  });
});

describe("errorFieldOf", () => {
  it("gives the attempts box and its checkbox one error", () => {
    expect(errorFieldOf("attempts")).toBe("attemptsAllowed");
    expect(errorFieldOf("unlimited")).toBe("attemptsAllowed");
    expect(errorFieldOf("title")).toBe("title");
  });
});

describe("localProblems", () => {
  it("accepts a complete form", () => {
    expect(localProblems(form, fine)).toEqual({});
    expect(localProblems({ ...form, attempts: "", unlimited: true }, fine)).toEqual({});
  });

  it("names each missing or unreadable field", () => {
    expect(
      localProblems(
        { ...form, setId: "", classId: "", attempts: " " },
        { opensAt: true, dueAt: true },
      ),
    ).toEqual({
      setId: "Choose the set to assign.",
      classId: "Choose the class to assign it to.",
      opensAt: "Enter a complete date and time, or clear the field to open it now.",
      dueAt: "Enter a complete date and time, or clear the field for no due date.",
      attemptsAllowed: "Enter how many attempts each student has, or choose unlimited.",
    });
  });
});

describe("assignInput", () => {
  it("leaves out an empty title and opening time, and sends no due date as null", () => {
    expect(assignInput(form)).toEqual({
      classId: "c1",
      setId: "s1",
      dueAt: null,
      attemptsAllowed: 1,
      shuffleQuestions: false,
      shuffleOptions: true,
      feedback: "after_submit",
    });
  });

  it("trims the title, reads the dates and sends unlimited attempts as null", () => {
    const out = assignInput({
      ...form,
      title: "  Week 3 ",
      opensAt: "2026-03-10T09:00",
      dueAt: "2026-03-17T17:00",
      unlimited: true,
    });
    expect(out).toMatchObject({
      title: "Week 3",
      opensAt: new Date("2026-03-10T09:00"),
      dueAt: new Date("2026-03-17T17:00"),
      attemptsAllowed: null,
    });
  });
});

describe("windowText", () => {
  const fmt = (d: Date) => d.toISOString().slice(0, 10);
  const now = new Date("2026-03-10T12:00:00Z");
  it("says when it opens and whether it is due", () => {
    expect(windowText("", "", now, fmt)).toEqual([
      "Opens as soon as you assign it",
      ", with no due date.",
    ]);
    expect(windowText("2026-03-11T09:00", "2026-03-18T17:00", now, fmt)).toEqual([
      "Opens 2026-03-11",
      ", due 2026-03-18.",
    ]);
  });
  it("says nothing while a date cannot be read", () => {
    expect(windowText("2026-13-45T99:00", "", now, fmt)).toBeNull();
  });
});
