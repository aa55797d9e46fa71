// Test support over HTTP: sign in through better-auth's endpoints, keep the session cookie, and
// call procedures with a real tRPC client, as a browser would.
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "./router/root.ts";
import type { TestServer } from "./testing.ts";

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/** POSTs JSON to a path under the server, with an optional cookie. */
export function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  cookie?: string,
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
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

/** A tRPC client over HTTP that sends the given cookie (none: anonymous). */
export function apiClient(baseUrl: string, cookie?: string): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        fetch: (url, init) => {
          const headers = new Headers(init?.headers as HeadersInit | undefined);
          if (cookie) headers.set("cookie", cookie);
          return fetch(url, { ...(init as RequestInit), headers });
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
 * The callers most API tests need on a seeded server: the demo teacher, a second teacher signed up
 * here (who owns nothing yet) and the demo student amira, each with a real session cookie.
 */
export async function signInDemoCallers(baseUrl: string): Promise<{
  teacher: ApiClient;
  teacherCookie: string;
  otherTeacher: ApiClient;
  student: ApiClient;
}> {
  const signUp = await postJson(baseUrl, "/api/auth/sign-up/email", {
    name: "Sam Ortiz",
    email: "sam.ortiz@school.example",
    username: "sortiz",
    password: "teach-elsewhere-1",
    role: "teacher",
  });
  if (signUp.status !== 200) throw new Error(`sign-up of a second teacher: ${signUp.status}`);
  const teacherCookie = await signIn(baseUrl, { username: "teacher", password: "teach-studykit" });
  const otherCookie = await signIn(baseUrl, { username: "sortiz", password: "teach-elsewhere-1" });
  const studentCookie = await signIn(baseUrl, { username: "amira", password: "learn-studykit" });
  return {
    teacher: apiClient(baseUrl, teacherCookie),
    teacherCookie,
    otherTeacher: apiClient(baseUrl, otherCookie),
    student: apiClient(baseUrl, studentCookie),
  };
}
