// Accounts over HTTP: sign-up makes students, teachers come by invitation, username-only
// students, cookie flags, sign-in by email or username, first sign-in with a one-time password,
// and the database-backed waits that slow password guessing down.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, PLACEHOLDER_EMAIL_DOMAIN } from "./auth";
import { DEFAULT_SIGN_IN_THROTTLE } from "./http";
import {
  serveApi,
  serveApiTestEnv,
  TEST_ORIGIN,
  TEST_SECRET,
  type ApiTestEnv,
  type TestServer,
} from "./testing";
import {
  apiClient,
  cookieFrom,
  postJson,
  settle,
  signIn,
  signUpInvitedTeacher,
  closeServer,
} from "./testing-http";

let env: ApiTestEnv;
let server: TestServer;
const servers: TestServer[] = [];

beforeAll(async () => {
  ({ env, server } = await serveApiTestEnv());
});

afterAll(async () => {
  for (const s of [server, ...servers]) await closeServer(s);
  await env?.close();
});

/** The attributes of the session cookie in a response, by lower-case name. */
function sessionCookie(response: Response): { name: string; attributes: Map<string, string> } {
  const header = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!header) throw new Error("no session cookie was set");
  const [pair, ...attributes] = header.split(";").map((p) => p.trim());
  return {
    name: pair!.split("=")[0]!,
    attributes: new Map(
      attributes.map((a) => {
        const [k, v = ""] = a.split("=");
        return [k!.toLowerCase(), v];
      }),
    ),
  };
}

describe("sign-up", () => {
  it("makes a student, never a teacher: a role in the body is refused and no account made", async () => {
    const users = await env.db.user.count();
    for (const role of ["teacher", "student", "admin", ""]) {
      const response = await postJson(server.url, "/api/auth/sign-up/email", {
        name: "Mallory",
        email: `mallory-${role || "blank"}@school.example`,
        password: "let-me-in-please",
        role,
      });
      expect(response.status, `role ${JSON.stringify(role)}`).toBe(400);
      expect(await response.json()).toMatchObject({
        message:
          "an account's role cannot be chosen: sign-up makes a student, a teacher needs an invitation",
      });
    }
    expect(await env.db.user.count()).toBe(users);
    // Without a role, the same sign-up is a student's, who cannot read the question bank.
    const student = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Mallory",
      email: "mallory@school.example",
      password: "let-me-in-please",
    });
    expect(student.status).toBe(200);
    const client = apiClient(server.url, cookieFrom(student));
    expect(await client.account.me.query()).toMatchObject({ role: "student" });
    const articleId = (await client.articles.list.query())[0]!.id;
    const bank = await settle(client.articles.bank.query({ articleId }));
    expect(bank.ok ? "data" : bank.code).toBe("FORBIDDEN");
  });

  it("makes a teacher with a teacher's invitation, once, who can then create a class", async () => {
    const inviter = await signIn(server.url, { username: "teacher", password: "teach-studykit" });
    const { code } = await apiClient(server.url, inviter).account.inviteTeacher.mutate({});
    const response = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Priya Nair",
      email: "priya.nair@school.example",
      password: "teach-priya-1",
      invitation: code,
    });
    expect(response.status).toBe(200);
    const client = apiClient(server.url, cookieFrom(response));
    expect(await client.account.me.query()).toMatchObject({
      role: "teacher",
      email: "priya.nair@school.example",
      mustChangePassword: false,
    });
    const cls = await client.classes.create.mutate({ name: "Priya's class" });
    expect(cls.joinCode).toMatch(/^[A-Z2-9]{6}$/);

    // Used up: the same code makes no second account.
    const again = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Priya's Friend",
      email: "friend@school.example",
      password: "teach-friend-1",
      invitation: code,
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      message: "this invitation is not valid, has been used or has expired",
    });
    expect(await env.db.user.count({ where: { email: "friend@school.example" } })).toBe(0);
  });

  it("refuses a made-up or expired invitation, and an invitation without an email", async () => {
    const users = await env.db.user.count();
    const madeUp = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Guess Work",
      email: "guess@school.example",
      password: "teach-guess-1",
      invitation: "AAAAAAAAAAAAAAAAAAAAAA",
    });
    expect(madeUp.status).toBe(400);
    const inviter = await signIn(server.url, { username: "teacher", password: "teach-studykit" });
    const { code } = await apiClient(server.url, inviter).account.inviteTeacher.mutate({});
    await env.db.verification.updateMany({
      where: { identifier: { endsWith: code } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Late Comer",
      email: "late@school.example",
      password: "teach-late-01",
      invitation: code,
    });
    expect(expired.status).toBe(400);
    const noEmail = await signUpInvitedTeacher(server.url, inviter, {
      name: "No Mail",
      username: "nomail",
      email: "",
      password: "teach-nomail-1",
    });
    expect(noEmail.status).toBe(400);
    expect(await env.db.user.count()).toBe(users);
  });

  it("makes a teacher from the command line (npm run teacher:create)", async () => {
    const script = fileURLToPath(new URL("../scripts/create-teacher.ts", import.meta.url));
    // Run beside the server (not blocking it): the script writes to the test's database.
    const run = await promisify(execFile)(
      process.execPath,
      [
        "--import",
        "tsx",
        script,
        "--name",
        "Ana Ruiz",
        "--email",
        "ana.ruiz@school.example",
        "--username",
        "aruiz",
      ],
      { env: { ...process.env, DATABASE_URL: env.t.config.url }, encoding: "utf8" },
    );
    const password = /Password \(shown once\): (\S+)/.exec(run.stdout)?.[1];
    expect(password).toBeDefined();
    const client = apiClient(
      server.url,
      await signIn(server.url, { username: "aruiz", password: password! }),
    );
    expect(await client.account.me.query()).toMatchObject({ role: "teacher", name: "Ana Ruiz" });
    expect(await env.db.session.count({ where: { user: { username: "aruiz" } } })).toBe(1);
  }, 60_000);

  it("signs up a student with a username and no email, who can join a class", async () => {
    const response = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Jun Park",
      username: "junpark",
      password: "learn-jun-01",
    });
    expect(response.status).toBe(200);
    const stored = await env.db.user.findUniqueOrThrow({ where: { username: "junpark" } });
    expect(stored).toMatchObject({
      role: "student",
      email: `junpark@${PLACEHOLDER_EMAIL_DOMAIN}`,
      mustChangePassword: false,
    });
    const client = apiClient(
      server.url,
      await signIn(server.url, { username: "junpark", password: "learn-jun-01" }),
    );
    expect(await client.classes.join.mutate({ joinCode: "news24" })).toEqual({
      id: "seed-class",
      name: "Year 10 Current Affairs",
    });
    expect((await client.classes.mine.query()).map((c) => c.id)).toEqual(["seed-class"]);
  });

  it("refuses a password shorter than 8 characters", async () => {
    const users = await env.db.user.count();
    const response = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Short",
      username: "shorty",
      password: "1234567",
    });
    expect(response.status).toBe(400);
    expect(await env.db.user.count()).toBe(users);
  });
});

describe("session cookies", () => {
  /** Signs the demo student amira in on a server; the response and the session cookie it set. */
  async function signInAmira(url: string) {
    const response = await postJson(url, "/api/auth/sign-in/username", {
      username: "amira",
      password: "learn-studykit",
    });
    expect(response.status).toBe(200);
    return { response, cookie: sessionCookie(response) };
  }

  it("are HttpOnly and SameSite=Lax, and not Secure when secure cookies are off", async () => {
    const { cookie } = await signInAmira(server.url);
    expect(cookie.name).toBe("better-auth.session_token");
    expect(cookie.attributes.has("httponly")).toBe(true);
    expect(cookie.attributes.get("samesite")).toBe("Lax");
    expect(cookie.attributes.get("path")).toBe("/");
    expect(cookie.attributes.has("secure")).toBe(false);
  });

  it("are Secure (with the __Secure- prefix) when createAuth has secureCookies", async () => {
    const auth = createAuth({
      db: env.db,
      engine: "sqlite",
      secret: TEST_SECRET,
      baseURL: "http://127.0.0.1",
      secureCookies: true,
      rateLimit: false,
    });
    const secure = await serveApi({ db: env.db, auth, now: () => env.clock.now });
    servers.push(secure);
    const { response, cookie } = await signInAmira(secure.url);
    expect(cookie.name).toBe("__Secure-better-auth.session_token");
    expect(cookie.attributes.has("secure")).toBe(true);
    expect(cookie.attributes.has("httponly")).toBe(true);
    expect(cookie.attributes.get("samesite")).toBe("Lax");
    // The prefixed cookie is the one the API reads the session from.
    const me = await apiClient(secure.url, cookieFrom(response)).account.me.query();
    expect(me?.username).toBe("amira");
  });
});

describe("sign-in", () => {
  it("works by username and by email, and the session identifies the same user", async () => {
    const byUsername = await signIn(server.url, { username: "ben", password: "learn-studykit" });
    const byEmail = await signIn(server.url, {
      email: "ben@demo.studykit.example",
      password: "learn-studykit",
    });
    const a = await apiClient(server.url, byUsername).account.me.query();
    const b = await apiClient(server.url, byEmail).account.me.query();
    expect(a).toMatchObject({ id: "seed-student-ben", username: "ben", role: "student" });
    expect(b).toEqual(a);
  });

  it("accepts a username in any case", async () => {
    const cookie = await signIn(server.url, { username: "Chen", password: "learn-studykit" });
    expect((await apiClient(server.url, cookie).account.me.query())?.username).toBe("chen");
  });

  it("leaves a caller without a cookie anonymous", async () => {
    const anonymous = apiClient(server.url);
    expect(await anonymous.account.me.query()).toBeNull();
    const mine = await settle(anonymous.classes.mine.query());
    expect(mine.ok ? "data" : mine.code).toBe("UNAUTHORIZED");
  });
});

describe("a student created in bulk by their teacher", () => {
  it("signs in with the one-time password, is held at first sign-in, then works", async () => {
    const teacher = apiClient(
      server.url,
      await signIn(server.url, { username: "teacher", password: "teach-studykit" }),
    );
    const { students, csv } = await teacher.classes.addStudents.mutate({
      classId: "seed-class",
      names: ["Noa Levi"],
    });
    const [{ username, oneTimePassword }] = students as [(typeof students)[number]];
    expect(username).toBe("noal");
    expect(csv).toContain(`noal,${oneTimePassword}`);

    const jar = { cookie: await signIn(server.url, { username, password: oneTimePassword }) };
    // Kept up to date from the responses' cookies, as a browser's would be.
    const noa = apiClient(server.url, jar);
    expect(await noa.account.me.query()).toMatchObject({ username, mustChangePassword: true });
    // One after the other: a second request started early could be refused before anything
    // awaits it, an unhandled rejection.
    for (const call of [() => noa.assignments.mine.query(), () => noa.classes.mine.query()]) {
      const outcome = await settle(call());
      expect(outcome.ok ? "data" : [outcome.code, outcome.message]).toEqual([
        "FORBIDDEN",
        "choose your own password before you start",
      ]);
    }

    const wrong = await settle(
      noa.account.completeFirstSignIn.mutate({
        currentPassword: "not-the-one-time-password",
        newPassword: "noa-chooses-this",
      }),
    );
    expect(wrong.ok ? "data" : [wrong.code, wrong.message]).toEqual([
      "BAD_REQUEST",
      "the current password is not right",
    ]);
    const same = await settle(
      noa.account.completeFirstSignIn.mutate({
        currentPassword: oneTimePassword,
        newPassword: oneTimePassword,
      }),
    );
    expect(same.ok ? "data" : same.code).toBe("BAD_REQUEST");
    expect((await env.userByUsername(username)).mustChangePassword).toBe(true);

    expect(
      await noa.account.completeFirstSignIn.mutate({
        currentPassword: oneTimePassword,
        newPassword: "noa-chooses-this",
      }),
    ).toEqual({ ok: true });
    // The same session now works as a student's.
    expect((await noa.classes.mine.query()).map((c) => c.id)).toEqual(["seed-class"]);
    expect((await noa.assignments.mine.query()).length).toBeGreaterThan(0);
    // The one-time password is spent; the chosen one signs in.
    const old = await postJson(server.url, "/api/auth/sign-in/username", {
      username,
      password: oneTimePassword,
    });
    expect(old.status).toBe(401);
    await signIn(server.url, { username, password: "noa-chooses-this" });
  });
});

describe("slowing down password guesses", () => {
  /** The X-Forwarded-For a proxy in front of the client adds, if any. */
  const via = (from?: string) => (from ? { "x-forwarded-for": from } : {});
  const wrong = (url: string, body: Record<string, unknown>, from?: string) =>
    postJson(
      url,
      `/api/auth/sign-in/${"username" in body ? "username" : "email"}`,
      { password: "not-my-password", ...body },
      via(from),
    );
  const right = (url: string, username: string, from?: string) =>
    postJson(
      url,
      "/api/auth/sign-in/username",
      { username, password: "learn-studykit" },
      via(from),
    );
  const later = (ms: number) => {
    env.clock.now = new Date(env.clock.now.getTime() + ms);
  };
  // A server behind a proxy on loopback: X-Forwarded-For then says who the client is.
  let proxied: TestServer;
  beforeAll(async () => {
    proxied = await serveApi({
      db: env.db,
      auth: env.auth,
      now: () => env.clock.now,
      trustedProxies: ["127.0.0.1"],
    });
    servers.push(proxied);
  });

  it("counts failures under the account signed into, whatever decoy field the body carries", async () => {
    // The username path signs in by username: an email beside it names no one.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await wrong(server.url, { username: "dara", email: `decoy${i}@school.example` });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    // The right password waits too, until the wait is over.
    expect((await right(server.url, "dara")).status).toBe(429);
    later(60_000);
    expect((await right(server.url, "dara")).status).toBe(200);
  });

  it("counts failures by email and by username together", async () => {
    for (let i = 0; i < 3; i++)
      expect((await wrong(server.url, { username: "chen" })).status).toBe(401);
    for (let i = 0; i < 3; i++)
      expect((await wrong(server.url, { email: "chen@demo.studykit.example" })).status).toBe(401);
    const byEmail = await postJson(server.url, "/api/auth/sign-in/email", {
      email: "chen@demo.studykit.example",
      password: "learn-studykit",
    });
    expect(byEmail.status).toBe(429);
    later(60_000);
    expect((await right(server.url, "chen")).status).toBe(200);
  });

  it("makes each further guess wait longer (1 s, 2 s, 4 s, 8 s …), on every server", async () => {
    expect(DEFAULT_SIGN_IN_THROTTLE.accountFromAddress).toMatchObject({
      freeFailures: 5,
      firstDelayMs: 1000,
    });
    for (let i = 0; i < 5; i++)
      expect((await wrong(server.url, { username: "eli" })).status).toBe(401);
    const waits: string[] = [];
    for (const ms of [1000, 2000, 4000, 8000]) {
      expect((await wrong(server.url, { username: "eli" })).status).toBe(401);
      const refused = await wrong(server.url, { username: "eli" });
      expect(refused.status).toBe(429);
      waits.push(refused.headers.get("retry-after")!);
      expect(await refused.json()).toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
      expect(refused.headers.getSetCookie()).toEqual([]);
      later(ms);
    }
    expect(waits).toEqual(["1", "2", "4", "8"]);
    // A second server over the same database, with its own auth instance, makes it wait too.
    expect((await wrong(server.url, { username: "eli" })).status).toBe(401);
    const auth = createAuth({
      db: env.db,
      engine: "sqlite",
      secret: TEST_SECRET,
      baseURL: "http://127.0.0.1",
      secureCookies: false,
      rateLimit: false,
    });
    const second = await serveApi({ db: env.db, auth, now: () => env.clock.now });
    servers.push(second);
    const elsewhere = await right(second.url, "eli");
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.headers.get("retry-after")).toBe("16");
    later(16_000);
    // Once the wait is over, the right password works and the streak starts again.
    expect((await right(second.url, "eli")).status).toBe(200);
    expect((await wrong(server.url, { username: "eli" })).status).toBe(401);
    expect((await right(server.url, "eli")).status).toBe(200);
  });

  it("does not lock the owner out: a guesser elsewhere does not make them wait", async () => {
    const guesser = "198.51.100.7";
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await wrong(proxied.url, { username: "farah" }, guesser)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    // The owner, from their own address, signs in at once; the guesser still waits.
    expect((await right(proxied.url, "farah", "203.0.113.20")).status).toBe(200);
    expect((await wrong(proxied.url, { username: "farah" }, guesser)).status).toBe(429);
    later(60_000);
  });

  it("makes the owner wait at most 30 s when many addresses guess at once", async () => {
    expect(DEFAULT_SIGN_IN_THROTTLE.account).toMatchObject({
      freeFailures: 20,
      maxDelayMs: 30_000,
    });
    let address = 100;
    const guess = () => wrong(proxied.url, { username: "ben" }, `198.51.100.${address++}`);
    for (let i = 1; i <= 21; i++) expect((await guess()).status, `guess ${i}`).toBe(401);
    const retryAfter = async () => {
      const owner = await right(proxied.url, "ben", "203.0.113.21");
      expect(owner.status).toBe(429);
      return Number(owner.headers.get("retry-after"));
    };
    const waits = [await retryAfter()];
    // Keep guessing as fast as the waits allow: the owner's wait stops growing at 30 s.
    for (let i = 0; i < 6; i++) {
      later(waits.at(-1)! * 1000);
      expect((await guess()).status).toBe(401);
      waits.push(await retryAfter());
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
    later(30_000);
    expect((await right(proxied.url, "ben", "203.0.113.21")).status).toBe(200);
  });

  it("slows one address down however many names it sprays, and ignores a client's X-Forwarded-For", async () => {
    expect(DEFAULT_SIGN_IN_THROTTLE.address.freeFailures).toBe(30);
    later(2 * 60 * 60_000); // the earlier tests' failures from this address are forgotten
    // Straight to the server (not through the proxy), each with a new X-Forwarded-For.
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const r = await wrong(server.url, { username: `ghost${i}` }, `192.0.2.${i + 1}`);
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 31).every((s) => s === 401)).toBe(true);
    expect(statuses[31]).toBe(429);
    later(60_000);
  });

  it("limits sign-ups per address however the client fills in X-Forwarded-For", async () => {
    // better-auth's own limiter (10 sign-ups a minute per address), on.
    const auth = createAuth({
      db: env.db,
      engine: "sqlite",
      secret: TEST_SECRET,
      baseURL: TEST_ORIGIN,
      secureCookies: false,
    });
    const limited = await serveApi({ db: env.db, auth, now: () => env.clock.now });
    servers.push(limited);
    const signUp = (i: number, from: string) =>
      postJson(
        limited.url,
        "/api/auth/sign-up/email",
        { name: "Many", username: `many${i}`, password: "learn-many-1" },
        { "x-forwarded-for": from },
      );
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signUp(i, `192.0.2.${100 + i}`)).status);
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });

  it("counts failures for an unknown account too, so probing names does not tell them apart", async () => {
    const probe = async (username: string) => {
      const out: number[] = [];
      for (let i = 0; i < 7; i++)
        out.push((await wrong(proxied.url, { username }, "198.51.100.60")).status);
      return out;
    };
    expect(await probe("nobodyhere")).toEqual(await probe("amira"));
    later(60_000);
  });

  it("does not say which usernames exist: is-username-available is switched off", async () => {
    const response = await postJson(server.url, "/api/auth/is-username-available", {
      username: "amira",
    });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("available");
  });
});
