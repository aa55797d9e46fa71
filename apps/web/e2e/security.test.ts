// Security of the production server, in Chromium: the headers every page carries, a
// Content-Security-Policy the app actually passes (no violation, no console error on the main
// pages of each role), session cookies the page's scripts cannot read, the waits that slow
// password guessing and the body limit as served by Next, and HTML or script in an article, a question or a student's
// name shown as text, never run.
import { request } from "node:http";
import { deriveStudyKit } from "@studykit/content";
import { readDefaultArticle } from "@studykit/content/default-article";
import { createClass, DEMO_TEACHER, storeStudyKit } from "@studykit/db";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeE2eDatabase, e2eDatabase } from "./student-fixtures";
import { baseURL, launchBrowser, signIn } from "./support";

let browser: Browser;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const undo of cleanups.reverse()) await undo();
  await closeE2eDatabase();
  await browser?.close();
});

let addressCounter = 0;
/**
 * Signs in over HTTP and returns the Set-Cookie lines. Each call comes from its own client address
 * (X-Forwarded-For, which the server believes from loopback: STUDYKIT_TRUSTED_PROXIES in
 * global-setup.ts), so these sign-ins do not use up the loopback address's per-minute allowance
 * that the other E2E files' browser sign-ins share.
 */
async function signInOverHttp(
  username: string,
  password: string,
  from = `198.51.100.${(addressCounter += 1) % 250}`,
): Promise<Response> {
  return fetch(`${baseURL()}/api/auth/sign-in/username`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": from,
    },
    body: JSON.stringify({ username, password }),
  });
}

async function signedInContext(username: string, password: string): Promise<BrowserContext> {
  const res = await signInOverHttp(username, password);
  expect(res.status, await res.clone().text()).toBe(200);
  const context = await browser.newContext({ baseURL: baseURL() });
  await context.addCookies(
    res.headers.getSetCookie().map((line) => {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      return { name: pair!.slice(0, at), value: pair!.slice(at + 1), url: baseURL() };
    }),
  );
  return context;
}

async function signUpStudent(name: string): Promise<{ username: string; password: string }> {
  const username = `sec${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const password = "a-safe-password-1";
  const res = await fetch(`${baseURL()}/api/auth/sign-up/email`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: baseURL(),
      "x-forwarded-for": `198.51.100.${++addressCounter % 250}`,
    },
    body: JSON.stringify({ name, username, password }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return { username, password };
}

/** Calls a tRPC mutation with a session cookie taken from a browser context. */
async function mutate(context: BrowserContext, path: string, input: unknown): Promise<unknown> {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await fetch(`${baseURL()}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: input }),
  });
  const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: unknown };
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.result!.data.json;
}

interface Watch {
  violations: { directive: string; blocked: string; sample: string }[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Records CSP violations (as the page's own event), console errors, uncaught errors and dialogs. */
async function watched(context: BrowserContext): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage();
  const watch: Watch = { violations: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  await page.exposeFunction("__reportViolation", (v: Watch["violations"][number]) =>
    watch.violations.push(v),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (v: unknown) => void }).__reportViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      });
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") watch.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => watch.pageErrors.push(e.message));
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, watch };
}

async function visit(page: Page, path: string): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
}

describe("headers", () => {
  it("gives every page a nonce'd Content-Security-Policy and the other security headers", async () => {
    const nonces = new Set<string>();
    for (const path of ["/", "/sign-in", "/sign-in"]) {
      const res = await fetch(`${baseURL()}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce, csp).toBeDefined();
      nonces.add(nonce!);
      expect(csp).toContain("script-src 'self' 'nonce-");
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'self'");
      // Every script the page carries bears this request's nonce.
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
    // A fresh nonce for every request.
    expect(nonces.size).toBe(3);
  });

  it("serves the API as JSON under a policy that allows nothing to run", async () => {
    const res = await fetch(`${baseURL()}/api/trpc/account.me`);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("session cookies on the production server", () => {
  it("are HttpOnly and SameSite=Lax, and the page's scripts cannot read them", async () => {
    const res = await signInOverHttp("ben", "learn-studykit");
    expect(res.status).toBe(200);
    const session = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(session).toBeDefined();
    const attributes = session!.split(";").map((a) => a.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    // Served over plain http here (STUDYKIT_URL is http://): Secure only with https.
    expect(attributes).not.toContain("secure");

    // Signed in through the page itself, so the browser keeps the cookie as the server set it.
    const context = await browser.newContext({ baseURL: baseURL() });
    const page = await context.newPage();
    await signIn(page, "ben", "learn-studykit");
    const stored = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
    expect(stored).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("session_token");
    await context.close();
  });
});

describe("slowing down password guesses on the production server", () => {
  it("makes a guesser wait after 5 wrong passwords, while the owner signs in from elsewhere", async () => {
    const victim = await signUpStudent("Guess Target");
    const guesser = "203.0.113.77";
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await signInOverHttp(victim.username, "wrong-password-1", guesser)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    const waiting = await signInOverHttp(victim.username, victim.password, guesser);
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // The owner, from their own address, is not locked out …
    expect((await signInOverHttp(victim.username, victim.password)).status).toBe(200);
    // … and other accounts are not affected.
    expect((await signInOverHttp("chen", "learn-studykit")).status).toBe(200);
  });
});

describe("origins on the production server", () => {
  it("does not trust the development server's origins", async () => {
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000"]) {
      const res = await fetch(`${baseURL()}/api/auth/sign-in/username`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin,
          cookie: "better-auth.session_token=left-over",
          "x-forwarded-for": `198.51.100.${(addressCounter += 1) % 250}`,
        },
        body: JSON.stringify({ username: "chen", password: "learn-studykit" }),
      });
      expect(res.status, origin).toBe(403);
    }
    const callback = await fetch(`${baseURL()}/api/auth/sign-in/username`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: baseURL(),
        "x-forwarded-for": `198.51.100.${(addressCounter += 1) % 250}`,
      },
      body: JSON.stringify({
        username: "chen",
        password: "learn-studykit",
        callbackURL: "http://localhost:3000/elsewhere",
      }),
    });
    expect(callback.status).toBe(403);
  });
});

/** POSTs a chunked body that never ends; resolves with the status the server answers with. */
function postEndless(path: string, chunkBytes: number, chunks: number) {
  return new Promise<{ status: number; sent: number }>((resolve, reject) => {
    const url = new URL(path, baseURL());
    let sent = 0;
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      },
      (res) => {
        res.resume();
        req.destroy();
        resolve({ status: res.statusCode ?? 0, sent });
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "ECONNRESET" && e.code !== "EPIPE") reject(e);
    });
    req.write('{"json":{"name":"');
    const chunk = Buffer.alloc(chunkBytes, "a");
    // Sends a chunk at a time while the server reads; the body is never finished.
    const pump = () => {
      if (req.destroyed || sent >= chunkBytes * chunks) return;
      sent += chunkBytes;
      if (req.write(chunk)) setImmediate(pump);
      else req.once("drain", pump);
    };
    pump();
  });
}

describe("request bodies on the production server", () => {
  it("refuses a body over the limit with 413 before it has all been sent", async () => {
    // Up to 8 MiB offered, never finished: the answer must come after about 64 KiB.
    const { status, sent } = await postEndless("/api/trpc/classes.create", 16 * 1024, 512);
    expect(status).toBe(413);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });

  it("refuses a body that declares it is too long without reading it", async () => {
    const res = await fetch(`${baseURL()}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "x".repeat(70_000), password: "x" }),
    });
    expect(res.status).toBe(413);
  });
});

describe("the Content-Security-Policy in Chromium", () => {
  const pages: Record<string, string[]> = {
    anonymous: ["/", "/sign-in", "/sign-up"],
    student: ["/student", "/student/practice", "/student/progress", "/student/study"],
    teacher: [
      "/teacher",
      "/teacher/bank",
      "/teacher/sets",
      "/teacher/articles",
      "/teacher/articles/new",
      "/teacher/sets/new",
      "/teacher/classes/seed-class",
      "/teacher/classes/seed-class/dashboard",
      "/teacher/classes/seed-class/students/seed-student-amira",
    ],
  };

  it.each(Object.keys(pages))("is not violated on the %s pages", async (role) => {
    const context =
      role === "anonymous"
        ? await browser.newContext({ baseURL: baseURL() })
        : role === "student"
          ? await signedInContext("dara", "learn-studykit")
          : await signedInContext("teacher", "teach-studykit");
    const { page, watch } = await watched(context);
    const paths = [...pages[role]!];
    if (role === "student") {
      // A quiz of their own, and the reader of the shipped article.
      const article = await e2eDatabase().article.findFirstOrThrow({
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      const student = await signUpStudent("Quiz Taker");
      const own = await signedInContext(student.username, student.password);
      const { attemptId } = (await mutate(own, "attempts.practice", {
        articleId: article.id,
        count: 3,
      })) as { attemptId: string };
      await own.close();
      await context.close();
      const quizContext = await signedInContext(student.username, student.password);
      const { page: quiz, watch: quizWatch } = await watched(quizContext);
      for (const path of [`/student/attempts/${attemptId}`, `/articles/${article.id}`, ...paths]) {
        await visit(quiz, path);
      }
      expect(quizWatch).toEqual({ violations: [], consoleErrors: [], pageErrors: [], dialogs: [] });
      await quizContext.close();
      return;
    }
    for (const path of paths) await visit(page, path);
    // A signed-in page hydrated: its client code ran under the policy.
    expect(await page.evaluate(() => document.readyState)).toBe("complete");
    expect(watch).toEqual({ violations: [], consoleErrors: [], pageErrors: [], dialogs: [] });
    await context.close();
  });
});

describe("HTML and script in content", () => {
  const SCRIPT = `<script>window.__xss = "script"; alert("script")</script>`;
  const IMG = `<img src=x onerror="window.__xss = 'img'; alert('img')">`;
  let articleId = "";
  let questionId = "";

  beforeAll(async () => {
    const db = e2eDatabase();
    // An article whose title and text carry markup, derived and stored as any article is.
    const shipped = readDefaultArticle();
    const lines = shipped.split("\n");
    const text = [
      `Markup test ${SCRIPT} ${Date.now()}`,
      ...lines
        .slice(1)
        .map((line, i) => (i === 2 ? `${line} The note read ${IMG} in full.` : line)),
    ].join("\n");
    const stored = await storeStudyKit(db, deriveStudyKit(text), {
      addedById: DEMO_TEACHER.id,
      reviewStatus: "accepted",
    });
    articleId = stored.articleId;
    cleanups.push(async () => {
      await db.attempt.deleteMany({ where: { articleId } });
      await db.reviewCard.deleteMany({ where: { question: { articleId } } });
      await db.reviewCard.deleteMany({ where: { fact: { articleId } } });
      await db.article.delete({ where: { id: articleId } });
    });
    questionId = (
      await db.question.findFirstOrThrow({
        where: { articleId, type: "multiple_choice" },
        // The best one: the bank lists questions best first, 20 to a page.
        orderBy: { score: "desc" },
        select: { id: true },
      })
    ).id;
  });

  async function expectInert(page: Page, watch: Watch, shown: string[]): Promise<void> {
    for (const text of shown) {
      await page.getByText(text, { exact: false }).first().waitFor();
    }
    expect(watch.dialogs).toEqual([]);
    expect(watch.violations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBe(
      undefined,
    );
    // The markup is text: no element was made from it.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // (Next's inline data scripts carry the text as JSON strings; none may be the injected one.)
    expect(
      await page.evaluate(
        () =>
          [...document.scripts].filter((s) => s.textContent?.trim().startsWith("window.__xss"))
            .length,
      ),
    ).toBe(0);
  }

  it("shows an article's markup as text in the reader and the bank", async () => {
    const teacher = await signedInContext("teacher", "teach-studykit");
    // The teacher puts markup into a question's prompt too.
    await mutate(teacher, "articles.editQuestion", {
      questionId,
      prompt: `Which is right? ${IMG} ${SCRIPT} Pick one.`,
    });
    const { page, watch } = await watched(teacher);
    await visit(page, `/articles/${articleId}`);
    await expectInert(page, watch, ["<script>window.__xss", "<img src=x onerror="]);
    await visit(page, `/teacher/bank?article=${articleId}&type=multiple_choice`);
    await expectInert(page, watch, ["<img src=x onerror=\"window.__xss = 'img'"]);
    await teacher.close();
  });

  it("shows a question's markup as text in a student's quiz", async () => {
    const student = await signUpStudent("Markup Reader");
    const context = await signedInContext(student.username, student.password);
    // Every multiple-choice question of the article, so the edited one is among them.
    const { attemptId } = (await mutate(context, "attempts.practice", {
      articleId,
      count: 40,
      types: ["multiple_choice"],
    })) as { attemptId: string };
    const { page, watch } = await watched(context);
    await visit(page, `/student/attempts/${attemptId}`);
    // The quiz shows one question at a time: step through until the edited one appears.
    const prompt = page.getByText("Which is right?", { exact: false });
    for (let i = 0; i < 40 && !(await prompt.count()); i++) {
      const skip = page.getByRole("button", { name: /^(Next|Skip)/ }).first();
      if (!(await skip.count())) break;
      await skip.click();
    }
    await expectInert(page, watch, ["<img src=x onerror=\"window.__xss = 'img'"]);
    await context.close();
  });

  it("shows a student's name with markup as text on the teacher's class pages", async () => {
    const db = e2eDatabase();
    const cls = await createClass(db, { teacherId: DEMO_TEACHER.id, name: "Markup class" });
    cleanups.push(() => db.class.delete({ where: { id: cls.id } }));
    const student = await signUpStudent(`Eve ${SCRIPT}${IMG}`);
    const own = await signedInContext(student.username, student.password);
    await mutate(own, "classes.join", { joinCode: cls.joinCode });
    await own.close();
    const teacher = await signedInContext("teacher", "teach-studykit");
    const { page, watch } = await watched(teacher);
    await visit(page, `/teacher/classes/${cls.id}`);
    await expectInert(page, watch, ["Eve <script>window.__xss"]);
    await visit(page, `/teacher/classes/${cls.id}/dashboard`);
    expect(watch.dialogs).toEqual([]);
    expect(watch.violations).toEqual([]);
    await teacher.close();
  });
});
