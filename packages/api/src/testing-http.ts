// Test support over HTTP: sign in through better-auth's endpoints, keep the session cookie, and
// call procedures with a real tRPC client, as a browser would.
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "./router/root";
import type { Engine } from "@studykit/db";
import { serveApiTestEnv, TEST_ORIGIN, type TestServer } from "./testing";

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/**
 * POSTs JSON to a path under the server, from the app's own origin as a browser would, with any
 * further headers (a cookie, or the X-Forwarded-For a proxy adds).
 */
export function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: { cookie?: string; "x-forwarded-for"?: string } = {},
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

/** Signs in by username (or email) and returns the session cookie; throws unless it worked. */
export async function signIn(
  baseUrl: string,
  credentials: { username: string; password: string } | { email: string; password: string },
): Promise<string> {
  const path = "username" in credentials ? "/api/auth/sign-in/username" : "/api/auth/sign-in/email";
  const response = await postJson(baseUrl, path, credentials);
  if (response.status !== 200) {
    throw new Error(`sign-in failed with ${response.status}: ${await response.text()}`);
  }
  const cookie = cookieFrom(response);
  if (!cookie.includes("session_token=")) throw new Error("sign-in set no session cookie");
  return cookie;
}

/** A Cookie header with a response's Set-Cookie lines laid over it (a browser's cookie jar). */
export function withSetCookies(cookie: string, response: Response): string {
  const jar = new Map(
    cookie
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0]!;
    const name = pair.slice(0, pair.indexOf("="));
    if (/max-age=0\b/i.test(line) || pair.endsWith("=")) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}

/**
 * A tRPC client over HTTP that sends the given cookie (none: anonymous). Given a `{ cookie }`
 * jar, it keeps the cookie up to date from each response, as a browser would.
 */
export function apiClient(baseUrl: string, cookie?: string | { cookie: string }): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers as HeadersInit | undefined);
          const current = typeof cookie === "string" ? cookie : cookie?.cookie;
          if (current) headers.set("cookie", current);
          const response = await fetch(url, { ...(init as RequestInit), headers });
          if (typeof cookie === "object") cookie.cookie = withSetCookies(cookie.cookie, response);
          return response;
        },
      }),
    ],
  });
}

export type CallOutcome =
  | { ok: true; data: unknown }
  | {
      ok: false;
      code: string;
      httpStatus: number | undefined;
      message: string;
      zodError: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
    };

/** Settles a client call into its data or its tRPC error code; anything else is rethrown. */
export async function settle(call: Promise<unknown>): Promise<CallOutcome> {
  try {
    return { ok: true, data: await call };
  } catch (e) {
    if (!(e instanceof TRPCClientError)) throw e;
    const shape = (e.data ?? {}) as {
      code?: string;
      httpStatus?: number;
      zodError?: Extract<CallOutcome, { ok: false }>["zodError"];
    };
    return {
      ok: false,
      code: shape.code ?? "UNKNOWN",
      httpStatus: shape.httpStatus,
      message: e.message,
      zodError: shape.zodError ?? null,
    };
  }
}

/** Stops a test server at once: keep-alive and half-sent requests would hold close() for seconds. */
export async function closeServer(server: TestServer | undefined): Promise<void> {
  if (!server) return;
  server.server.closeAllConnections();
  await server.close();
}

/**
 * Signs a teacher up the only way there is: with an invitation the inviting teacher (by their
 * session cookie) creates. Returns the sign-up's response.
 */
export async function signUpInvitedTeacher(
  baseUrl: string,
  inviterCookie: string,
  body: { name: string; email: string; username?: string; password: string },
): Promise<Response> {
  const { code } = await apiClient(baseUrl, inviterCookie).account.inviteTeacher.mutate({});
  return postJson(baseUrl, "/api/auth/sign-up/email", { ...body, invitation: code });
}

/**
 * The callers most API tests need on a seeded server: the demo teacher, a second teacher the demo
 * teacher invited (who owns nothing yet) and the demo student amira, each with a real session
 * cookie.
 */
export async function signInDemoCallers(baseUrl: string): Promise<{
  teacher: ApiClient;
  teacherCookie: string;
  otherTeacher: ApiClient;
  student: ApiClient;
}> {
  const teacherCookie = await signIn(baseUrl, { username: "teacher", password: "teach-studykit" });
  const signUp = await signUpInvitedTeacher(baseUrl, teacherCookie, {
    name: "Sam Ortiz",
    email: "sam.ortiz@school.example",
    username: "sortiz",
    password: "teach-elsewhere-1",
  });
  if (signUp.status !== 200) throw new Error(`sign-up of a second teacher: ${signUp.status}`);
  const otherCookie = await signIn(baseUrl, { username: "sortiz", password: "teach-elsewhere-1" });
  const studentCookie = await signIn(baseUrl, { username: "amira", password: "learn-studykit" });
  return {
    teacher: apiClient(baseUrl, teacherCookie),
    teacherCookie,
    otherTeacher: apiClient(baseUrl, otherCookie),
    student: apiClient(baseUrl, studentCookie),
  };
}

/**
 * Assigns a set to the demo class with feedback straight away, any number of attempts and the
 * options in the set's order: the assignment a test that follows one student's attempt needs.
 */
export function assignToDemoClass(teacher: ApiClient, setId: string) {
  return teacher.assignments.create.mutate({
    classId: "seed-class",
    setId,
    feedback: "immediately",
    attemptsAllowed: null,
    shuffleOptions: false,
  });
}

/**
 * A seeded database (on the engine asked for) served over HTTP, with the demo teacher, a second
 * teacher and a demo student signed in (signInDemoCallers); `close` stops the server and drops
 * the database.
 */
export async function serveDemo(engine: Engine = "sqlite") {
  const { env, server } = await serveApiTestEnv({ engine });
  const callers = await signInDemoCallers(server.url);
  return {
    env,
    server,
    ...callers,
    async close() {
      await closeServer(server);
      await env.close();
    },
  };
}
