// Bringing an article over HTTP, through a real tRPC client against a real server and database:
// pasted text and each kind of file, the same text twice, every refusal, progress on a long
// article, jobs left behind by a stopped server, and one teacher's jobs hidden from another.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashText, readArticle } from "@studykit/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, serveApi, type ApiTestEnv, type TestServer } from "../testing";
import { closeServer, settle, type ApiClient, signInDemoCallers } from "../testing-http";
import { importQueue } from "../import-queue";
import { IMPORT_MAX_BODY_BYTES } from "./imports";

const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));
const corpusDir = [
  process.env.STUDYKIT_CORPUS_DIR,
  path.resolve(repoRoot, "../shared/corpus/dawn"),
  "/work/shared/corpus/dawn",
].find((p): p is string => !!p && existsSync(p));
if (!corpusDir) throw new Error("the Dawn corpus (../shared/corpus/dawn) is missing");
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(corpusDir, f), "utf8"));
const NEWS_PAGE = readFileSync(
  new URL("../../../content/src/fixtures/news-page.html", import.meta.url),
  "utf8",
);

let env: ApiTestEnv;
let server: TestServer;
let teacher: ApiClient;
let otherTeacher: ApiClient;
let student: ApiClient;
let teacherCookie: string;
let teacherId: string;

beforeAll(async () => {
  env = await createApiTestEnv();
  server = await serveApi({ db: env.db, auth: env.auth });
  ({ teacher, teacherCookie, otherTeacher, student } = await signInDemoCallers(server.url));
  teacherId = (await env.userByUsername("teacher")).id;
});

afterAll(async () => {
  await importQueue.idle();
  await closeServer(server);
  await env?.close();
});

type Status = Awaited<ReturnType<ApiClient["imports"]["status"]["query"]>>;

/** Polls a job until it ends, keeping every status seen. */
async function finish(importId: string, client = teacher): Promise<Status[]> {
  const seen: Status[] = [];
  for (;;) {
    // A poll may meet a keep-alive connection the busy server is just closing: ask again, as a
    // browser does.
    const s = await client.imports.status
      .query({ importId })
      .catch(() => client.imports.status.query({ importId }));
    seen.push(s);
    if (s.status === "done" || s.status === "failed") return seen;
    await new Promise((r) => setTimeout(r, 15));
  }
}

async function importAndFinish(input: Parameters<ApiClient["imports"]["start"]["mutate"]>[0]) {
  const { importId } = await teacher.imports.start.mutate(input);
  return (await finish(importId)).at(-1)!;
}

describe("imports.start answers at once, and the job derives the kit afterwards", () => {
  it("pasted text: done, a new article added by the teacher with pending questions", async () => {
    const text = corpus[0]!;
    const before = await env.db.article.count();
    const { importId } = await teacher.imports.start.mutate({ kind: "paste", content: text });
    // Created before the derivation: the response did not wait for it.
    const row = await env.db.articleImport.findUniqueOrThrow({ where: { id: importId } });
    expect(row.teacherId).toBe(teacherId);
    expect(row.byteLength).toBe(Buffer.byteLength(text));
    const done = (await finish(importId)).at(-1)!;
    expect(done).toMatchObject({
      status: "done",
      stage: "done",
      progress: 1,
      duplicate: false,
      errorCode: null,
      kind: "paste",
      sourceName: null,
      message: "Added to the library.",
    });
    expect(await env.db.article.count()).toBe(before + 1);
    const article = await env.db.article.findUniqueOrThrow({
      where: { id: done.articleId! },
      select: {
        title: true,
        hash: true,
        addedById: true,
        sourceName: true,
        questions: { select: { reviewStatus: true } },
      },
    });
    expect(done.articleTitle).toBe(article.title);
    expect(article.hash).toBe(readArticle(text).article.hash);
    expect(article.addedById).toBe(teacherId);
    expect(article.questions.length).toBeGreaterThan(5);
    expect(new Set(article.questions.map((q) => q.reviewStatus))).toEqual(new Set(["pending"]));
  });

  it("a .txt file: the file name is kept as the article's source", async () => {
    const done = await importAndFinish({
      kind: "txt",
      name: "polio-case.txt",
      content: corpus[1]!,
    });
    expect(done).toMatchObject({ status: "done", duplicate: false, sourceName: "polio-case.txt" });
    const article = await env.db.article.findUniqueOrThrow({ where: { id: done.articleId! } });
    expect(article.sourceName).toBe("polio-case.txt");
  });

  it("a .md file: the first heading is the title, markup is gone", async () => {
    const { article } = readArticle(corpus[2]!);
    const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
    const markdown = [
      `# ${article.title}`,
      `*${paragraphs[0]}*`,
      ...paragraphs.slice(1).map((p, i) => (i % 2 ? `- ${p}` : p)),
      "```\nnot prose\n```",
    ].join("\n\n");
    const done = await importAndFinish({ kind: "md", name: "nfc.md", content: markdown });
    expect(done.status).toBe("done");
    const stored = await env.db.article.findUniqueOrThrow({ where: { id: done.articleId! } });
    expect(stored.title).toBe(article.title);
    expect(stored.text).not.toMatch(/[*`#]|not prose/);
    expect(stored.hash).toBe(article.hash);
  });

  it("an .html page: Readability's article, without navigation, adverts or comments", async () => {
    const done = await importAndFinish({ kind: "html", name: "riverton.html", content: NEWS_PAGE });
    expect(done).toMatchObject({ status: "done", sourceName: "riverton.html" });
    const stored = await env.db.article.findUniqueOrThrow({ where: { id: done.articleId! } });
    expect(stored.title).toBe("Flood defences approved for Riverton after record rainfall");
    expect(stored.text).toMatch(/^Flood defences approved.*\n\nThe Riverton town council/);
    expect(stored.text).not.toMatch(/Advertisement|cellar|Most read|googletag|<\w/);
  });

  it("the same text twice: done as a duplicate with the existing article, no second copy", async () => {
    const first = await importAndFinish({ kind: "paste", content: corpus[3]! });
    expect(first.duplicate).toBe(false);
    const articles = await env.db.article.count();
    const questions = await env.db.question.count();
    // Brought again as a file with other line endings: the cleaned text is the same.
    const again = await importAndFinish({
      kind: "txt",
      name: "again.txt",
      content: corpus[3]!.replace(/\n/g, "\r\n"),
    });
    expect(again).toMatchObject({
      status: "done",
      duplicate: true,
      articleId: first.articleId,
      message: "This article is already in the library.",
    });
    expect(await env.db.article.count()).toBe(articles);
    expect(await env.db.question.count()).toBe(questions);
    // Another teacher bringing it finds it too: the library is shared.
    const { importId } = await otherTeacher.imports.start.mutate({
      kind: "paste",
      content: corpus[3]!,
    });
    expect((await finish(importId, otherTeacher)).at(-1)).toMatchObject({
      duplicate: true,
      articleId: first.articleId,
    });
  });
});

describe("refusals", () => {
  it("a bad request (empty, too long, binary, not a kind) is refused at once and leaves nothing", async () => {
    const jobs = await env.db.articleImport.count();
    const cases: [Parameters<ApiClient["imports"]["start"]["mutate"]>[0], RegExp][] = [
      [{ kind: "paste", content: "  \n\t " }, /^the article is empty/],
      [
        { kind: "txt", name: "long.txt", content: "word ".repeat(100_001) },
        /^the text is 500,005 characters long; the limit is 500,000 characters$/,
      ],
      [
        { kind: "html", name: "huge.html", content: "<p>x</p>".repeat(250_001) },
        /the limit of 2,000,000 characters/,
      ],
      [
        { kind: "txt", name: "photo.txt", content: "\u0001\u0002\u0003binary\u0004".repeat(50) },
        /^this looks like a binary file, not text/,
      ],
    ];
    for (const [input, message] of cases) {
      const outcome = await settle(teacher.imports.start.mutate(input));
      expect(outcome.ok ? "data" : outcome.code).toBe("BAD_REQUEST");
      expect(!outcome.ok && outcome.message).toMatch(message);
    }
    const wrongKind = await settle(
      teacher.imports.start.mutate({ kind: "pdf" as "txt", content: "Some text." }),
    );
    expect(wrongKind.ok ? "data" : wrongKind.code).toBe("BAD_REQUEST");
    expect(await env.db.articleImport.count()).toBe(jobs);
  });

  it("a body over the import limit is refused with 413 before it is read; other procedures keep 64 KiB", async () => {
    const content = "a".repeat(IMPORT_MAX_BODY_BYTES);
    const res = await fetch(`${server.url}/api/trpc/imports.start`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: teacherCookie },
      body: JSON.stringify({ json: { kind: "paste", content } }),
    });
    expect(res.status).toBe(413);
    // 100 KB is fine for an import...
    const ok = await settle(
      teacher.imports.start.mutate({ kind: "paste", content: "Hello there. ".repeat(8_000) }),
    );
    expect(ok.ok).toBe(true);
    // ...but not for any other procedure.
    const other = await fetch(`${server.url}/api/trpc/classes.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: teacherCookie },
      body: JSON.stringify({ json: { name: "x".repeat(100_000) } }),
    });
    expect(other.status).toBe(413);
    await importQueue.idle();
  });

  it("input that reads but holds no article ends the job failed with a code and one line", async () => {
    const articles = await env.db.article.count();
    const signInPage =
      "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav><form><label>Email <input></label><button>Sign in</button></form></body></html>";
    const cases: [Parameters<ApiClient["imports"]["start"]["mutate"]>[0], string, RegExp][] = [
      [{ kind: "html", name: "signin.html", content: signInPage }, "NOT_TEXT", /no article text/],
      [{ kind: "paste", content: "Hello there. How are you?" }, "NO_QUESTIONS", /no facts or/],
      [{ kind: "paste", content: "... --- !!! ???" }, "NO_SENTENCES", /no sentences/],
      [{ kind: "md", name: "code.md", content: "```\ncode only\n```" }, "EMPTY", /no article/],
    ];
    for (const [input, code, message] of cases) {
      const done = await importAndFinish(input);
      expect(done).toMatchObject({ status: "failed", stage: "failed", errorCode: code });
      expect(done.errorMessage).toMatch(message);
      expect(done.errorMessage).not.toContain("\n");
      expect(done.message).toBe(done.errorMessage);
      expect(done.articleId).toBeNull();
    }
    expect(await env.db.article.count()).toBe(articles);
  });
});

describe("progress on a long article", () => {
  it("advances through reading, facts and questions on a ~100 KB text, answering polls meanwhile", async () => {
    // A long article built at test time from every corpus article, figures varied per round.
    const bodies = corpus.map((t) => {
      const { article } = readArticle(t);
      return article.paragraphs.map((p) => article.text.slice(p.start, p.end));
    });
    const parts = ["A long week in the news"];
    for (let round = 0; parts.join("\n\n").length < 100_000; round++) {
      for (const ps of bodies)
        parts.push(...ps.map((p) => p.replace(/\d+/g, (n) => `${+n + round}`)));
    }
    const text = parts.join("\n\n");
    expect(text.length).toBeGreaterThan(100_000);

    const t0 = Date.now();
    const { importId } = await teacher.imports.start.mutate({ kind: "paste", content: text });
    const answeredIn = Date.now() - t0;
    const seen = await finish(importId);
    const took = Date.now() - t0;
    const last = seen.at(-1)!;
    expect(last.status).toBe("done");

    const running = seen.filter((s) => s.status === "running");
    const progress = seen.map((s) => s.progress);
    const stages = [...new Set(running.map((s) => s.stage))];
    // Polls were answered while the job ran, and saw it move forward, never back.
    expect(new Set(running.map((s) => s.progress)).size).toBeGreaterThanOrEqual(3);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages).toContain("questions");
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(running.every((s) => s.progress > 0 && s.progress < 1)).toBe(true);
    expect(running.map((s) => s.message)).toContain("Writing questions…");
    expect(answeredIn).toBeLessThan(took / 2);
    const stored = await env.db.article.findUniqueOrThrow({ where: { id: last.articleId! } });
    expect(stored.hash).toBe(hashText(stored.text));
    console.log(
      `~100 KB import (${text.length} chars): answered in ${answeredIn} ms, done in ${took} ms; ${seen.length} polls saw ${new Set(progress).size} progress values over stages ${stages.join(", ")}`,
    );
  }, 240_000);
});

describe("who sees a job, and jobs a stopped server left behind", () => {
  it("only its teacher reads a job; students are refused", async () => {
    const { importId } = await teacher.imports.start.mutate({
      kind: "paste",
      content: "Hello there. How are you?",
    });
    await finish(importId);
    const other = await settle(otherTeacher.imports.status.query({ importId }));
    expect(other.ok ? "data" : other.code).toBe("NOT_FOUND");
    expect((await otherTeacher.imports.mine.query()).map((j) => j.id)).not.toContain(importId);
    expect((await teacher.imports.mine.query()).map((j) => j.id)).toContain(importId);
    const asStudent = await settle(student.imports.mine.query());
    expect(asStudent.ok ? "data" : asStudent.code).toBe("FORBIDDEN");
  });

  it("lists the shared library with counts by review status and who added each article", async () => {
    const library = await otherTeacher.imports.library.query();
    const imported = library.find((a) => a.sourceName === "riverton.html")!;
    expect(imported).toMatchObject({
      title: "Flood defences approved for Riverton after record rainfall",
      kind: "article",
      addedBy: "Noor Rahman",
      addedByYou: false,
      canReview: false,
    });
    expect(imported.facts).toBeGreaterThanOrEqual(4);
    expect(imported.questions.pending).toBe(imported.questions.total);
    expect(imported.questions.accepted).toBe(0);
    const stored = await env.db.question.count({
      where: { articleId: imported.id, retiredAt: null },
    });
    expect(imported.questions.total).toBe(stored);
    // The shipped article: seeded by the demo teacher with its questions accepted.
    const shipped = library.at(-1)!;
    expect(shipped).toMatchObject({ addedBy: "Noor Rahman", canReview: false });
    expect(shipped.questions.accepted).toBeGreaterThan(0);
    expect(shipped.questions.pending).toBe(0);
    expect((await teacher.imports.library.query()).find((a) => a.id === imported.id)).toMatchObject(
      { addedByYou: true, canReview: true },
    );
  });

  it("lists the teacher's recent imports newest first", async () => {
    const mine = await teacher.imports.mine.query();
    expect(mine.length).toBeGreaterThan(5);
    const times = mine.map((j) => j.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("marks a queued or running job no server holds as interrupted when read", async () => {
    const old = new Date(Date.now() - 60_000);
    const left = await env.db.articleImport.create({
      data: {
        teacherId,
        sourceKind: "paste",
        byteLength: 10,
        status: "running",
        stage: "questions",
        progress: 0.5,
        updatedAt: old,
      },
    });
    // A job another server is still working on (touched just now) is left alone.
    const live = await env.db.articleImport.create({
      data: { teacherId, sourceKind: "paste", byteLength: 10, status: "running", stage: "facts" },
    });
    expect(await teacher.imports.status.query({ importId: left.id })).toMatchObject({
      status: "failed",
      errorCode: "INTERRUPTED",
      errorMessage: "interrupted — please try again",
    });
    expect((await teacher.imports.status.query({ importId: live.id })).status).toBe("running");
    await env.db.articleImport.delete({ where: { id: live.id } });
  });
});
