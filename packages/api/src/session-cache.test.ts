// Sessions from the signed cookie (better-auth's cookie cache, see auth.ts): a request carrying a
// fresh one is authenticated without the database, and a tampered or missing one falls back to
// the session's row (or to nobody).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiTestEnv, serveApi, type ApiTestEnv, type TestServer } from "./testing";
import { apiClient, closeServer, signIn } from "./testing-http";

let env: ApiTestEnv;
let server: TestServer;

beforeAll(async () => {
  env = await createApiTestEnv();
  server = await serveApi({ db: env.db, auth: env.auth });
});
afterAll(async () => {
  await closeServer(server);
  await env?.close();
});

const only = (cookie: string, name: string) =>
  cookie
    .split("; ")
    .filter((c) => c.includes(name))
    .join("; ");

describe("the session cookie cache", () => {
  it("sets a signed session_data cookie at sign-in and needs no session row while it is fresh", async () => {
    const cookie = await signIn(server.url, { username: "ben", password: "learn-studykit" });
    expect(cookie).toContain("session_data=");
    const user = await env.db.user.findFirstOrThrow({ where: { username: "ben" } });
    // The row is gone (signed out elsewhere): the cached copy still stands until it expires…
    await env.db.session.deleteMany({ where: { userId: user.id } });
    expect(await apiClient(server.url, cookie).account.me.query()).toMatchObject({
      username: "ben",
      role: "student",
    });
    // …but the token alone, without the cached copy, is checked against the database.
    expect(
      await apiClient(server.url, only(cookie, "session_token")).account.me.query(),
    ).toBeNull();
  });

  it("refuses a cached copy whose signature does not match, and asks the database", async () => {
    const cookie = await signIn(server.url, { username: "chen", password: "learn-studykit" });
    const tampered = cookie.replace(/session_data=([^;]+)/, (_, v: string) => {
      const json = JSON.parse(Buffer.from(decodeURIComponent(v), "base64url").toString());
      json.session.user.role = "teacher";
      return `session_data=${Buffer.from(JSON.stringify(json)).toString("base64url")}`;
    });
    expect(await apiClient(server.url, tampered).account.me.query()).toMatchObject({
      username: "chen",
      role: "student",
    });
  });
});
