// The HTTP entry point: one fetch handler for /api/auth/* (better-auth) and /api/trpc/* (tRPC).
// Next.js mounts it in a route handler; tests and benchmarks serve it from Node directly.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import {
  clearFailedGuesses,
  nextGuessAllowedAt,
  recordFailedGuess,
  type Database,
  type GuessPolicy,
} from "@studykit/db";
import { CLIENT_ADDRESS_HEADER, forgetVerifiedSession, type StudyKitAuth } from "./auth";
import { parseTrustedProxies, resolveClientAddress } from "./client-address";
import { QUESTION_FILE_MAX_BODY_BYTES } from "./router/exchange";
import { IMPORT_MAX_BODY_BYTES } from "./router/imports";
import { appRouter } from "./router/root";
import { createContext } from "./trpc";

export interface RequestHandlerOptions {
  db: Database;
  auth: StudyKitAuth;
  now?: () => Date;
  /** Largest request body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  signInThrottle?: SignInThrottle;
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed. Empty (the default): the
   * connection's own address is the client's, whatever headers say.
   */
  trustedProxies?: readonly string[];
  /**
   * Test clock: honour an `x-studykit-now` header (ISO time) as the time of the request. Only for
   * end-to-end tests that move time forward; never enable it in production.
   */
  allowClockHeader?: boolean;
  onError?: (error: unknown, path: string | undefined) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Most calls one batched tRPC request may carry (the web app does not batch at all). */
export const MAX_BATCH_CALLS = 20;

/** How failed sign-ins slow down further guesses: growing waits, never a lock-out. */
export interface SignInThrottle {
  /** One account from one address: the guesser at work. */
  accountFromAddress: GuessPolicy;
  /** One address, any accounts: names sprayed from one place (a school shares one address). */
  address: GuessPolicy;
  /** One account from anywhere: many addresses at once. Its cap is what the owner may wait. */
  account: GuessPolicy;
}

const HOUR_MS = 60 * 60_000;
export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottle = {
  accountFromAddress: {
    freeFailures: 5,
    firstDelayMs: 1000,
    maxDelayMs: 15 * 60_000,
    windowMs: HOUR_MS,
  },
  address: { freeFailures: 30, firstDelayMs: 1000, maxDelayMs: 15 * 60_000, windowMs: HOUR_MS },
  account: { freeFailures: 20, firstDelayMs: 1000, maxDelayMs: 30_000, windowMs: HOUR_MS },
};

/** Where a request came from, as the server saw the connection. */
export interface Connection {
  remoteAddress?: string | null;
}

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
  const throttle = options.signInThrottle ?? DEFAULT_SIGN_IN_THROTTLE;
  const proxies = options.trustedProxies?.length
    ? parseTrustedProxies(options.trustedProxies)
    : null;

  /** The request as passed on: the client's address in a header only this handler sets. */
  function forwarded(req: Request, body: Uint8Array | null, clientAddress: string | null) {
    const headers = new Headers(req.headers);
    headers.delete(CLIENT_ADDRESS_HEADER);
    if (clientAddress) headers.set(CLIENT_ADDRESS_HEADER, clientAddress);
    return new Request(req.url, {
      method: req.method,
      headers,
      ...(body ? { body: body as NonNullable<RequestInit["body"]> } : {}),
    });
  }

  /**
   * The account a sign-in names, resolved as better-auth will: the username (lower-cased) on the
   * username path, the email (lower-cased) on the email path; any other field is ignored.
   */
  async function signInAccount(pathname: string, parsed: Record<string, unknown>) {
    const byUsername = pathname.endsWith("/username");
    const raw = byUsername ? parsed.username : parsed.email;
    if (typeof raw !== "string" || !raw) return null;
    const name = raw.toLowerCase();
    const user = await db.user.findUnique({
      where: byUsername ? { username: name } : { email: name },
      select: { id: true },
    });
    // An unknown name is counted too, so probing names does not tell them apart.
    return user ? `user:${user.id}` : `${byUsername ? "username" : "email"}:${name}`;
  }

  async function handleAuth(
    req: Request,
    body: Uint8Array | null,
    pathname: string,
    clientAddress: string | null,
  ): Promise<Response> {
    const forward = forwarded(req, body, clientAddress);
    if (pathname === "/api/auth/sign-out")
      forgetVerifiedSession(auth, req.headers.get("cookie") ?? "");
    if (!(req.method === "POST" && SIGN_IN_PATHS.has(pathname))) return auth.handler(forward);
    // Failed sign-ins are counted in the database, so the waits hold on every server.
    let parsed: Record<string, unknown>;
    try {
      const value: unknown = JSON.parse(new TextDecoder().decode(body ?? new Uint8Array()));
      parsed = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
    } catch {
      return json(400, { message: "the sign-in request is not valid JSON" });
    }
    const account = await signInAccount(pathname, parsed);
    if (!account) return auth.handler(forward);
    const address = `address:${clientAddress ?? "unknown"}`;
    const keys: [string, GuessPolicy][] = [
      [`${account}|${address}`, throttle.accountFromAddress],
      [address, throttle.address],
      [account, throttle.account],
    ];
    const at = now();
    const waits = await Promise.all(keys.map(([key]) => nextGuessAllowedAt(db, key, at)));
    const until = Math.max(0, ...waits.map((w) => w?.getTime() ?? 0));
    if (until > at.getTime()) {
      const seconds = Math.max(1, Math.ceil((until - at.getTime()) / 1000));
      return json(
        429,
        {
          code: "TOO_MANY_ATTEMPTS",
          message: `too many failed sign-ins: wait ${seconds} second${seconds === 1 ? "" : "s"} and try again`,
        },
        { "retry-after": String(seconds) },
      );
    }
    const response = await auth.handler(forward);
    if (response.status === 401) {
      for (const [key, policy] of keys) await recordFailedGuess(db, key, now(), policy);
    } else if (response.ok) {
      // Not the address's count: signing in to one's own account must not wipe out guesses at others.
      await clearFailedGuesses(db, keys[0]![0]);
      await clearFailedGuesses(db, account);
    }
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

  return async function handleRequest(req: Request, connection?: Connection): Promise<Response> {
    const url = new URL(req.url);
    const clientAddress = resolveClientAddress(
      connection?.remoteAddress,
      req.headers.get("x-forwarded-for"),
      proxies,
    );
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
    if (url.pathname.startsWith("/api/auth/"))
      return handleAuth(req, body, url.pathname, clientAddress);
    if (url.pathname.startsWith("/api/trpc")) {
      return fetchRequestHandler({
        endpoint: "/api/trpc",
        req: forwarded(req, body, clientAddress),
        router: appRouter,
        // One request, a bounded amount of work: a batch of a thousand calls is refused whole.
        maxBatchSize: MAX_BATCH_CALLS,
        createContext: ({ resHeaders }) =>
          createContext({
            db,
            auth,
            headers: req.headers,
            now: requestClock(req),
            resHeaders,
            clientAddress,
          }),
        onError: ({ error, path }) => {
          // Only unexpected failures are worth reporting; client errors are answered, not logged.
          if (error.code === "INTERNAL_SERVER_ERROR") options.onError?.(error, path);
        },
      });
    }
    return json(404, { message: "not found" });
  };
}
