import { describe, expect, it } from "vitest";
import {
  detectImportFormat,
  EXPORT_FORMATS,
  exportSet,
  FormatError,
  importQuestions,
} from "./index";
import type { ExportFormat } from "./types";

describe("the format menu", () => {
  it("lists each export format once with a label, description and extension", () => {
    const formats: ExportFormat[] = [
      "qti3",
      "moodle-xml",
      "gift",
      "aiken",
      "quizlet-tsv",
      "anki-csv",
      "kahoot-xlsx",
    ];
    expect(EXPORT_FORMATS.map((f) => f.format)).toEqual(formats);
    for (const f of EXPORT_FORMATS) {
      expect(f.label).not.toBe("");
      expect(f.description).toMatch(/\.$/);
      expect(f.extension).toMatch(/^[a-z]+$/);
    }
  });

  it("refuses an unknown format", async () => {
    await expect(
      exportSet("pdf" as ExportFormat, {
        id: "s",
        title: "t",
        articleTitle: null,
        questions: [],
        facts: [],
      }),
    ).rejects.toThrow(FormatError);
    expect(() => importQuestions("csv" as "gift", "x")).toThrow(FormatError);
  });
});

describe("detectImportFormat", () => {
  it("tells Moodle XML from GIFT by name and content", () => {
    expect(detectImportFormat("bank.xml", "<quiz></quiz>")).toBe("moodle-xml");
    expect(detectImportFormat("export.txt", '\uFEFF<?xml version="1.0"?>\n<quiz>')).toBe(
      "moodle-xml",
    );
    expect(detectImportFormat("questions.gift", "anything")).toBe("gift");
    expect(detectImportFormat("questions.txt", "::Q1:: Is it? {T}")).toBe("gift");
    expect(detectImportFormat("questions.txt", "// c\n$CATEGORY: x\n")).toBe("gift");
    expect(detectImportFormat("notes.txt", "Just some notes.")).toBeNull();
    expect(detectImportFormat("data.csv", "a,b,c")).toBeNull();
  });
});
