// The HTTP entry point: one fetch handler for /api/auth/* (better-auth) and /api/trpc/* (tRPC).
// Next.js mounts it in a route handler; tests and benchmarks serve it from Node directly.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import {
  clearFailedSignIns,
  DEFAULT_SIGN_IN_POLICY,
  recordFailedSignIn,
  signInLockedUntil,
  type Database,
  type SignInPolicy,
} from "@studykit/db";
import type { StudyKitAuth } from "./auth.ts";
import { QUESTION_FILE_MAX_BODY_BYTES } from "./router/exchange.ts";
import { IMPORT_MAX_BODY_BYTES } from "./router/imports.ts";
import { appRouter } from "./router/root.ts";
import { createContext } from "./trpc.ts";

export interface RequestHandlerOptions {
  db: Database;
  auth: StudyKitAuth;
  now?: () => Date;
  /** Largest request body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  signInPolicy?: SignInPolicy;
  /**
   * Test clock: honour an `x-studykit-now` header (ISO time) as the time of the request. Only for
   * end-to-end tests that move time forward; never enable it in production.
   */
  allowClockHeader?: boolean;
  onError?: (error: unknown, path: string | undefined) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

class BodyTooLarge extends Error {}

/**
 * Reads the body up to `limit` bytes and stops there: an oversized body is refused before it is
 * read, let alone parsed, in full.
 */
async function readLimited(req: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  if (!req.body) return null;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// A UTF-16 surrogate without its partner: JavaScript strings may hold one, but the database
// drivers (Prisma's query compiler) refuse the query, which surfaced as a 500.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether JSON text carries a string or key with a lone surrogate. UTF-8 bytes cannot encode one,
 * so only a `\u` escape can, and text without one is passed at once. Not JSON: left to the parser
 * downstream, which answers 400.
 */
export function carriesLoneSurrogate(text: string): boolean {
  if (!text.includes("\\u")) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const pending: unknown[] = [parsed];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === "string") {
      if (LONE_SURROGATE.test(v)) return true;
    } else if (Array.isArray(v)) {
      pending.push(...v);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k)) return true;
        pending.push(x);
      }
    }
  }
  return false;
}

const SIGN_IN_PATHS = new Set(["/api/auth/sign-in/email", "/api/auth/sign-in/username"]);

export function createRequestHandler(options: RequestHandlerOptions) {
  const { db, auth } = options;
  const now = options.now ?? (() => new Date());
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const policy = options.signInPolicy ?? DEFAULT_SIGN_IN_POLICY;

  async function handleAuth(
    req: Request,
    body: Uint8Array | null,
    pathname: string,
  ): Promise<Response> {
    const forward = new Request(req.url, {
      method: req.method,
      headers: req.headers,
      ...(body ? { body: body as NonNullable<RequestInit["body"]> } : {}),
    });
    if (!(req.method === "POST" && SIGN_IN_PATHS.has(pathname))) return auth.handler(forward);
    // Failed sign-ins are counted per account in the database, so the limit holds on every server.
    let identifier = "";
    try {
      const parsed = JSON.parse(new TextDecoder().decode(body ?? new Uint8Array())) as Record<
        string,
        unknown
      >;
      identifier = String(parsed.email ?? parsed.username ?? "")
        .trim()
        .toLowerCase();
    } catch {
      return json(400, { message: "the sign-in request is not valid JSON" });
    }
    // One count per account, whichever name it is signed in by (email or username).
    const account = identifier
      ? await db.user.findFirst({
          where: { OR: [{ email: identifier }, { username: identifier }] },
          select: { id: true },
        })
      : null;
    const key = account ? `user:${account.id}` : `account:${identifier}`;
    const lockedUntil = identifier ? await signInLockedUntil(db, key, now()) : null;
    if (lockedUntil) {
      const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now().getTime()) / 1000));
      return json(
        429,
        {
          code: "TOO_MANY_ATTEMPTS",
          message: `too many failed sign-ins: try again in ${Math.ceil(seconds / 60)} minutes`,
        },
        { "retry-after": String(seconds) },
      );
    }
    const response = await auth.handler(forward);
    if (identifier && response.status === 401) await recordFailedSignIn(db, key, now(), policy);
    else if (identifier && response.ok) await clearFailedSignIns(db, key);
    return response;
  }

  function requestClock(req: Request): () => Date {
    const header = options.allowClockHeader ? req.headers.get("x-studykit-now") : null;
    const at = header ? new Date(header) : null;
    return at && !Number.isNaN(at.getTime()) ? () => at : now;
  }

  const LARGE_BODY_BYTES: Record<string, number> = {
    "/api/trpc/imports.start": IMPORT_MAX_BODY_BYTES,
    "/api/trpc/exchange.importQuestions": QUESTION_FILE_MAX_BODY_BYTES,
  };

  return async function handleRequest(req: Request): Promise<Response> {
    const url = new URL(req.url);
    // Two procedures carry a whole file (an article, a question file; unbatched): they may send
    // more. Every other request keeps the limit.
    const bodyLimit = Math.max(limit, LARGE_BODY_BYTES[url.pathname] ?? 0);
    let body: Uint8Array | null = null;
    if (req.method !== "GET" && req.method !== "HEAD") {
      try {
        body = await readLimited(req, bodyLimit);
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          return json(413, {
            error: {
              code: "PAYLOAD_TOO_LARGE",
              message: `request body is larger than ${bodyLimit} bytes`,
            },
          });
        }
        throw e;
      }
    }
    const text = body ? new TextDecoder().decode(body) : (url.searchParams.get("input") ?? "");
    if (carriesLoneSurrogate(text)) {
      const message = "text in the request is not well-formed Unicode (a lone surrogate)";
      // In tRPC's error shape for tRPC paths, so its clients read it like any other refusal.
      return url.pathname.startsWith("/api/trpc")
        ? json(400, {
            error: {
              json: { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400 } },
            },
          })
        : json(400, { code: "BAD_REQUEST", message });
    }
    if (url.pathname.startsWith("/api/auth/")) return handleAuth(req, body, url.pathname);
    if (url.pathname.startsWith("/api/trpc")) {
      const forward = new Request(req.url, {
        method: req.method,
        headers: req.headers,
        ...(body ? { body: body as NonNullable<RequestInit["body"]> } : {}),
      });
      return fetchRequestHandler({
        endpoint: "/api/trpc",
        req: forward,
        router: appRouter,
        createContext: ({ resHeaders }) =>
          createContext({ db, auth, headers: req.headers, now: requestClock(req), resHeaders }),
        onError: ({ error, path }) => {
          // Only unexpected failures are worth reporting; client errors are answered, not logged.
          if (error.code === "INTERNAL_SERVER_ERROR") options.onError?.(error, path);
        },
      });
    }
    return json(404, { message: "not found" });
  };
}
