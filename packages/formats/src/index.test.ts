import { describe, expect, it } from "vitest";
import {
  detectImportFormat,
  EXPORT_FORMATS,
  exportCoverage,
  exportSet,
  FormatError,
  importQuestions,
} from "./index";
import { shippedSet } from "./test-support";
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

describe("exportCoverage", () => {
  it("says how much of the set each format holds, as the download will", async () => {
    const set = shippedSet();
    const coverage = await exportCoverage(set);
    expect(coverage.map((c) => c.format)).toEqual(EXPORT_FORMATS.map((f) => f.format));
    for (const c of coverage) {
      const file = await exportSet(c.format, set);
      expect(c.skipped).toEqual(file.skipped);
      expect(c.held + c.skipped.length).toBe(c.of);
      expect(c.of).toBe(c.holds === "facts" ? set.facts.length : set.questions.length);
    }
    const aiken = coverage.find((c) => c.format === "aiken")!;
    expect(aiken.held).toBeLessThan(aiken.of);
    expect(coverage.find((c) => c.format === "qti3")).toMatchObject({ held: set.questions.length });
  });

  it("holds nothing, saying why, where a format can take none of the set", async () => {
    const set = shippedSet();
    const openOnly = { ...set, questions: set.questions.filter((q) => q.question.type === "open") };
    const aiken = (await exportCoverage(openOnly)).find((c) => c.format === "aiken")!;
    expect(aiken).toMatchObject({ held: 0, of: openOnly.questions.length });
    expect(aiken.skipped.map((s) => s.reason)).toContain(
      "Aiken holds only multiple-choice questions, not open",
    );
  });
});
