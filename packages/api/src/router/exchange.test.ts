// Exports and imports over HTTP with a real tRPC client on a seeded SQLite database: every export
// format of a set read back as the receiving tool would and compared with the set; GIFT and
// Moodle XML files imported, imported twice, and refused; and imported questions taken through a
// set, an assignment and a student's attempt.
import { readFileSync } from "node:fs";
import { loadExchangeSet, type Prisma } from "@studykit/db";
import { EXPORT_FORMATS } from "@studykit/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExport } from "../testing-exchange";
import type { ApiTestEnv, TestServer } from "../testing";
import {
  assignToDemoClass,
  closeServer,
  settle,
  type ApiClient,
  type CallOutcome,
  serveDemo,
} from "../testing-http";
import { IMPORT_MAX_BYTES } from "./exchange";

let env: ApiTestEnv;
let server: TestServer;
let teacher: ApiClient;
let other: ApiClient;
let student: ApiClient;
let setId: string;

const sample = (name: string) =>
  readFileSync(new URL(`../../../formats/src/samples/${name}`, import.meta.url), "utf8");

/** Whitespace folded, so a prompt matches however a format wrapped it. */
const fold = (s: string) => s.replace(/\s+/g, " ").trim();

const refusal = (outcome: CallOutcome) =>
  outcome.ok ? "ok" : { code: outcome.code, message: outcome.message };

const counts = async () => ({
  articles: await env.db.article.count(),
  questions: await env.db.question.count(),
});

beforeAll(async () => {
  ({ env, server, teacher, otherTeacher: other, student } = await serveDemo());
  const articleId = (await teacher.articles.list.query())[0]!.id;
  const set = await teacher.sets.createFromMix.mutate({
    title: "Exports: every type",
    articleId,
    count: 12,
    types: {
      multiple_choice: 2,
      true_false: 2,
      cloze: 2,
      numeric: 1,
      attribution: 2,
      matching: 1,
      open: 1,
    },
  });
  setId = set.id;
});
afterAll(async () => {
  await closeServer(server);
  await env?.close();
});

describe("exchange.formats", () => {
  it("lists the seven export formats with a label, a description and an extension", async () => {
    const formats = await teacher.exchange.formats.query();
    expect(formats.map((f) => f.format)).toEqual([
      "qti3",
      "moodle-xml",
      "gift",
      "aiken",
      "quizlet-tsv",
      "anki-csv",
      "kahoot-xlsx",
    ]);
    for (const f of formats) {
      expect(f.label.length).toBeGreaterThan(2);
      expect(f.description.length).toBeGreaterThan(20);
    }
  });
});

describe("exchange.exportSet", () => {
  for (const { format, extension } of EXPORT_FORMATS) {
    it(`exports the set as ${format}, which reads back as the set's questions or facts`, async () => {
      const set = (await loadExchangeSet(env.db, setId))!;
      const file = await teacher.exchange.exportSet.query({ setId, format });
      expect(file.filename).toMatch(new RegExp(`\\.${extension}$`));
      expect(file.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
      const body =
        file.encoding === "base64" ? new Uint8Array(Buffer.from(file.body, "base64")) : file.body;
      const read = await readExport(format, body);
      const skipped = new Set(file.skipped.map((s) => s.questionId));
      for (const s of file.skipped) expect(s.reason.length).toBeGreaterThan(10);

      if (read.kind === "cards") {
        // One card per key fact the set tests, less those reported as skipped.
        const kept = set.facts.filter((f) => !skipped.has(f.id));
        expect(kept.length).toBeGreaterThan(0);
        expect(read.cards).toHaveLength(kept.length);
        kept.forEach((fact, i) => expect(fold(read.cards[i]!.back)).toContain(fold(fact.text)));
        return;
      }
      const kept = set.questions.filter((q) => !skipped.has(q.id));
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length + file.skipped.length).toBe(set.questions.length);
      expect(read.questions).toHaveLength(kept.length);
      kept.forEach(({ question: q }, i) => {
        const got = read.questions[i]!;
        for (const piece of q.prompt.split("____").map(fold).filter(Boolean))
          expect(fold(got.text)).toContain(piece);
        if (got.answer !== null && q.type !== "matching" && q.type !== "open")
          expect(fold(got.answer)).toBe(
            fold(q.type === "true_false" ? (q.answer ? "True" : "False") : q.answer),
          );
      });
      // Aiken and Kahoot! take only choice questions: everything else is reported, not lost.
      if (format === "aiken")
        expect(kept.every((q) => Array.isArray(q.question.options))).toBe(true);
    });
  }

  it("refuses another teacher's set as not found, and an unknown format as a bad request", async () => {
    expect(
      refusal(await settle(other.exchange.exportSet.query({ setId, format: "gift" }))),
    ).toEqual({ code: "NOT_FOUND", message: "question set not found" });
    const bad = await settle(
      teacher.exchange.exportSet.query({ setId, format: "pdf" as unknown as "gift" }),
    );
    expect(bad.ok ? "ok" : bad.code).toBe("BAD_REQUEST");
  });
});

describe("exchange.importQuestions", () => {
  /** Imports a sample file not imported before: a new article of at least four questions. */
  async function importNew(
    client: ApiClient,
    filename: string,
    content: string,
    expected: { format: string; title: string; skipped: string[] },
  ) {
    const result = await client.exchange.importQuestions.mutate({ filename, content });
    expect(result).toMatchObject({
      format: expected.format,
      title: expected.title,
      duplicate: false,
    });
    expect(result.imported).toBeGreaterThanOrEqual(4);
    // The reader's skips and the validator's, each with its reason, in file order.
    expect(result.skipped.map((s) => s.name)).toEqual(expect.arrayContaining(expected.skipped));
    return result;
  }

  it("imports a GIFT file as the teacher's own accepted questions, listed in the bank", async () => {
    const content = sample("gift-sample.txt");
    const result = await importNew(teacher, "week-3.gift", content, {
      format: "gift",
      title: "Week 3: Rivers",
      skipped: ["Rhine length", "Diary", "Which apply"],
    });
    for (const s of result.skipped) expect(s.reason).toMatch(/^[a-z]/);

    const article = await env.db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article).toMatchObject({ kind: "question_import", title: "Week 3: Rivers", text: "" });
    const bank = await teacher.articles.bank.query({ articleId: result.articleId });
    expect(bank).toHaveLength(result.imported);
    for (const q of bank) {
      expect(q.reviewStatus).toBe("accepted");
      expect(q.canEdit).toBe(true);
      expect(q.question.sourceSentenceIds).toEqual([]);
      expect(q.factIds).toEqual([]);
    }
    expect((await teacher.articles.list.query()).map((a) => a.id)).toContain(result.articleId);
    // Students practise articles; a teacher's question file is not one.
    const forStudents = (await student.articles.list.query()).map((a) => a.id);
    expect(forStudents.length).toBeGreaterThan(0);
    expect(forStudents).not.toContain(result.articleId);

    // Importing the same file again, by anyone, returns the stored article and adds nothing.
    const before = await counts();
    for (const client of [teacher, other]) {
      const again = await client.exchange.importQuestions.mutate({
        filename: "copy.txt",
        content,
      });
      expect(again).toMatchObject({
        articleId: result.articleId,
        duplicate: true,
        imported: result.imported,
        skipped: [],
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("imports a Moodle XML file, recognised by its content whatever its name", async () => {
    const result = await importNew(other, "export.txt", sample("moodle-sample.xml"), {
      format: "moodle-xml",
      title: "Week 3: Rivers & Lakes",
      skipped: ["Rivers that cross borders", "Flow rate", "Embedded"],
    });
    const bank = await other.articles.bank.query({ articleId: result.articleId });
    expect(new Set(bank.map((q) => q.question.type))).toEqual(
      new Set(["multiple_choice", "true_false", "cloze", "matching", "open"]),
    );
  });

  it("imports a question bank far larger than one ordinary request (64 KiB)", async () => {
    // 900 questions, ~80 KB: beyond the API's usual body limit, within the file limit.
    const questions = Array.from(
      { length: 900 },
      (_, i) =>
        `::Q${i}::In bank ${i} of this import, which river is the longest? {=Nile ~Amazon ~Volga}`,
    );
    const content = questions.join("\n\n");
    expect(Buffer.byteLength(content)).toBeGreaterThan(64 * 1024);
    const result = await other.exchange.importQuestions.mutate({
      filename: "big-bank.gift",
      content,
    });
    expect(result).toMatchObject({ format: "gift", imported: 900, skipped: [], duplicate: false });
  });

  it("refuses unreadable, empty, unknown and oversized files in one line, storing nothing", async () => {
    const before = await counts();
    const cases: [string, string, RegExp][] = [
      ["empty.gift", "   \n", /^“empty\.gift” is empty$/],
      [
        "notes.txt",
        "Just some notes about rivers, with no questions in them.",
        /^“notes\.txt” is not a Moodle XML or GIFT file: /,
      ],
      ["broken.xml", "<quiz><question type='multichoice'>", /./],
      [
        "twice.gift",
        "::Twice::Which city is named twice? {=Kabul ~Kabul}\n",
        /^No question in the file/,
      ],
      [
        "big.gift",
        `::Big::Which river is longest? {=Nile ~Amazon ~Volga ~Rhine}\n// ${"x".repeat(IMPORT_MAX_BYTES)}`,
        /^the file is larger than 1 MB: split it in two$/,
      ],
    ];
    for (const [filename, content, message] of cases) {
      const outcome = await settle(teacher.exchange.importQuestions.mutate({ filename, content }));
      if (outcome.ok) expect.fail(`${filename} was imported`);
      expect(outcome.code, filename).toBe("BAD_REQUEST");
      expect(outcome.message, filename).toMatch(message);
      expect(outcome.message).not.toContain("\n");
    }
    // Students may not import at all.
    const byStudent = await settle(
      student.exchange.importQuestions.mutate({ filename: "a.gift", content: "x" }),
    );
    expect(byStudent.ok ? "ok" : byStudent.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });
});

describe("imported questions end to end", () => {
  it("go into a set, are assigned, answered by a student with feedback and no source, and export", async () => {
    const gift = [
      "$CATEGORY: $course$/top/Rivers check",
      "::Longest::Which river is the longest in Europe? {=The Volga ~The Danube ~The Rhine ~The Thames}",
      "::Deep::Lake Baikal is the deepest lake in the world.{T####It is about 1642 m deep.}",
      "::Capital::Vienna, Budapest and {=Belgrade} lie on the Danube.",
    ].join("\n\n");
    const imported = await teacher.exchange.importQuestions.mutate({
      filename: "rivers.gift",
      content: gift,
    });
    expect(imported).toMatchObject({ imported: 3, skipped: [], title: "Rivers check" });
    const bank = await teacher.articles.bank.query({ articleId: imported.articleId });
    const set = await teacher.sets.create.mutate({
      title: "Rivers check",
      questionIds: bank.map((q) => q.id),
    });
    const assignment = await assignToDemoClass(teacher, set.id);
    const { attemptId } = await student.attempts.start.mutate({ assignmentId: assignment.id });
    const view = await student.attempts.get.query({ attemptId });
    expect(view.questions).toHaveLength(3);
    const tf = view.questions.find((q) => q.type === "true_false")!;
    const answer = await student.attempts.submitAnswer.mutate({
      attemptId,
      questionId: tf.id,
      idempotencyKey: "rivers-answer-0001",
      response: { type: "true_false", value: true },
      timeTakenMs: 3000,
    });
    expect(answer.feedback).toMatchObject({
      correct: true,
      correctAnswer: "True",
      sources: [],
    });
    expect(answer.feedback!.explanation).toContain("1642");
    await student.attempts.finish.mutate({ attemptId });
    const review = await student.attempts.review.query({ attemptId });
    expect(review.status).toBe("submitted");

    // The teacher's class dashboard counts it like any other answer.
    const dashboard = await teacher.dashboard.class.query({ classId: "seed-class" });
    expect(JSON.stringify(dashboard)).toContain(assignment.id);

    // And the set of imported questions exports, with no source to quote.
    const moodle = await teacher.exchange.exportSet.query({ setId: set.id, format: "moodle-xml" });
    const read = await readExport("moodle-xml", moodle.body);
    expect(read.kind === "questions" && read.questions.map((q) => q.text)).toEqual(
      bank.map((q) => q.question.prompt),
    );
  });

  it("an imported question can be edited by the teacher who imported it", async () => {
    const imported = await teacher.exchange.importQuestions.mutate({
      filename: "edit.gift",
      content:
        "::Edit me::Which sea does the Danube flow into? {=The Black Sea ~The North Sea ~The Baltic Sea ~The Adriatic Sea}",
    });
    const [q] = await teacher.articles.bank.query({ articleId: imported.articleId });
    const edited = await teacher.articles.editQuestion.mutate({
      questionId: q!.id,
      prompt: "Into which sea does the Danube flow?",
    });
    expect(edited.question.prompt).toBe("Into which sea does the Danube flow?");
    const stored = await env.db.question.findUniqueOrThrow({
      where: { id: q!.id },
      select: { override: true },
    });
    expect((stored.override as Prisma.JsonObject).prompt).toBe(
      "Into which sea does the Danube flow?",
    );
  });
});
