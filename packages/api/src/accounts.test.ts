// Accounts over HTTP: sign-up by role, username-only students, cookie flags, sign-in by email or
// username, first sign-in with a one-time password, and the database-backed sign-in lockout.
import { DEFAULT_SIGN_IN_POLICY } from "@studykit/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, PLACEHOLDER_EMAIL_DOMAIN } from "./auth.ts";
import {
  createApiTestEnv,
  serveApi,
  TEST_SECRET,
  type ApiTestEnv,
  type TestServer,
} from "./testing.ts";
import { apiClient, cookieFrom, postJson, settle, signIn, closeServer } from "./testing-http.ts";

let env: ApiTestEnv;
let server: TestServer;
const servers: TestServer[] = [];

beforeAll(async () => {
  env = await createApiTestEnv();
  server = await serveApi({ db: env.db, auth: env.auth, now: () => env.clock.now });
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
  it("signs up a teacher, who can then create a class", async () => {
    const response = await postJson(server.url, "/api/auth/sign-up/email", {
      name: "Priya Nair",
      email: "priya.nair@school.example",
      password: "teach-priya-1",
      role: "teacher",
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { role: string; email: string } };
    expect(body.user).toMatchObject({ role: "teacher", email: "priya.nair@school.example" });

    const client = apiClient(server.url, cookieFrom(response));
    expect(await client.account.me.query()).toMatchObject({
      role: "teacher",
      email: "priya.nair@school.example",
      mustChangePassword: false,
    });
    const cls = await client.classes.create.mutate({ name: "Priya's class" });
    expect(cls.joinCode).toMatch(/^[A-Z2-9]{6}$/);
  });

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

  it("refuses a role other than teacher or student, and creates no account", async () => {
    const users = await env.db.user.count();
    for (const role of ["admin", "Teacher", ""]) {
      const response = await postJson(server.url, "/api/auth/sign-up/email", {
        name: "Mallory",
        email: `mallory-${role || "blank"}@school.example`,
        password: "let-me-in-please",
        role,
      });
      expect(response.status, `role ${JSON.stringify(role)}`).toBe(400);
      expect(await response.json()).toMatchObject({ message: "role must be teacher or student" });
    }
    expect(await env.db.user.count()).toBe(users);
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
  it("are HttpOnly and SameSite=Lax, and not Secure when secure cookies are off", async () => {
    const response = await postJson(server.url, "/api/auth/sign-in/username", {
      username: "amira",
      password: "learn-studykit",
    });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
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
    const response = await postJson(secure.url, "/api/auth/sign-in/username", {
      username: "amira",
      password: "learn-studykit",
    });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
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

    const cookie = await signIn(server.url, { username, password: oneTimePassword });
    const noa = apiClient(server.url, cookie);
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

describe("sign-in lockout", () => {
  const fail = (url: string, username: string) =>
    postJson(url, "/api/auth/sign-in/username", { username, password: "not-my-password" });
  // Failures are counted per account, whichever name signs in.
  const throttle = async (username: string) => {
    const user = await env.db.user.findFirstOrThrow({ where: { username }, select: { id: true } });
    return env.db.signInThrottle.findUnique({ where: { key: `user:${user.id}` } });
  };

  it("counts failures by email and by username together", async () => {
    for (let i = 0; i < 3; i++) await fail(server.url, "chen");
    for (let i = 0; i < 2; i++) {
      const r = await postJson(server.url, "/api/auth/sign-in/email", {
        email: "chen@demo.studykit.example",
        password: "not-my-password",
      });
      expect(r.status).toBe(401);
    }
    expect(await throttle("chen")).toMatchObject({ failures: 5 });
    const byEmail = await postJson(server.url, "/api/auth/sign-in/email", {
      email: "chen@demo.studykit.example",
      password: "learn-studykit",
    });
    expect(byEmail.status).toBe(429);
    const byName = await postJson(server.url, "/api/auth/sign-in/username", {
      username: "chen",
      password: "learn-studykit",
    });
    expect(byName.status).toBe(429);
  });

  it("locks an account after 5 failures with 429 and Retry-After, in the database", async () => {
    expect(DEFAULT_SIGN_IN_POLICY).toMatchObject({ maxFailures: 5, lockMs: 15 * 60_000 });
    for (let i = 1; i <= 5; i++) {
      const response = await fail(server.url, "dara");
      expect(response.status, `failure ${i}`).toBe(401);
    }
    const row = await throttle("dara");
    expect(row).toMatchObject({
      failures: 5,
      lockedUntil: new Date(env.clock.now.getTime() + 15 * 60_000),
    });

    // Locked: even the right password is refused, without asking better-auth.
    const locked = await postJson(server.url, "/api/auth/sign-in/username", {
      username: "Dara",
      password: "learn-studykit",
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
    expect(await locked.json()).toEqual({
      code: "TOO_MANY_ATTEMPTS",
      message: "too many failed sign-ins: try again in 15 minutes",
    });
    expect(locked.headers.getSetCookie()).toEqual([]);

    // A second server over the same database, with its own auth instance, refuses too.
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
    const elsewhere = await postJson(second.url, "/api/auth/sign-in/username", {
      username: "dara",
      password: "learn-studykit",
    });
    expect(elsewhere.status).toBe(429);

    // Other accounts are not affected.
    await signIn(server.url, { username: "eli", password: "learn-studykit" });

    // Once the lock has run out, the right password works and clears the count.
    const saved = env.clock.now;
    try {
      env.clock.now = new Date(saved.getTime() + 15 * 60_000 + 1000);
      await signIn(second.url, { username: "dara", password: "learn-studykit" });
      expect(await throttle("dara")).toBeNull();
    } finally {
      env.clock.now = saved;
    }
  });

  it("clears the failures on a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) expect((await fail(server.url, "farah")).status).toBe(401);
    expect((await throttle("farah"))?.failures).toBe(4);
    await signIn(server.url, { username: "farah", password: "learn-studykit" });
    expect(await throttle("farah")).toBeNull();
    // Four more failures start from zero, so the account is still open.
    for (let i = 0; i < 4; i++) expect((await fail(server.url, "farah")).status).toBe(401);
    expect(await throttle("farah")).toMatchObject({ failures: 4, lockedUntil: null });
    await signIn(server.url, { username: "farah", password: "learn-studykit" });
  });

  it("counts failures for an unknown account too, so probing names does not tell them apart", async () => {
    for (let i = 0; i < 5; i++) expect((await fail(server.url, "nobodyhere")).status).toBe(401);
    expect((await fail(server.url, "nobodyhere")).status).toBe(429);
  });
});
