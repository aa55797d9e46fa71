// Accounts through better-auth: email or username with a password, roles, database-backed
// rate limiting. Passwords are hashed by the library (scrypt).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { username } from "better-auth/plugins";
import type { Database, Engine } from "@studykit/db";

export interface AuthOptions {
  db: Database;
  engine: Engine;
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** The app's public origin, e.g. http://localhost:3000. */
  baseURL: string;
  /** Secure cookies (HTTPS only); on in production. */
  secureCookies: boolean;
  trustedOrigins?: string[];
  /** better-auth's own request limiter, kept in the database (off in most tests). */
  rateLimit?: boolean;
}

/** Students may have no email; better-auth needs one, so they get an address that cannot receive mail. */
export const PLACEHOLDER_EMAIL_DOMAIN = "students.studykit.invalid";

export function placeholderEmail(name: string): string {
  return `${name.toLowerCase()}@${PLACEHOLDER_EMAIL_DOMAIN}`;
}

export const MIN_PASSWORD_LENGTH = 8;

/** How long a signed session cookie stands in for the session's row (better-auth's cookie cache). */
export const SESSION_CACHE_SECONDS = 5 * 60;

export function createAuth(options: AuthOptions) {
  return betterAuth({
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: "/api/auth",
    trustedOrigins: options.trustedOrigins ?? [options.baseURL],
    database: prismaAdapter(options.db, { provider: options.engine }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
    },
    plugins: [username({ minUsernameLength: 3, maxUsernameLength: 40 })],
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "student", input: true },
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // The session and user, signed (HMAC) in a short-lived cookie: a request with a fresh one
      // is authenticated without reading the database (the submit path's first two queries).
      // The price: a session deleted elsewhere (signed out on another device) stays usable for
      // at most SESSION_CACHE_SECONDS on a browser that still holds the cookie.
      cookieCache: { enabled: true, maxAge: SESSION_CACHE_SECONDS },
    },
    rateLimit: {
      enabled: options.rateLimit ?? true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/*": { window: 60, max: 20 },
        "/sign-up/*": { window: 60, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.secureCookies },
    },
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // `role` is an input field only so sign-up can choose it; a signed-in student must not
        // make themselves a teacher (and read every answer key) through /update-user.
        if (ctx.path === "/update-user") {
          if (ctx.body && typeof ctx.body === "object" && "role" in ctx.body) {
            throw new APIError("BAD_REQUEST", {
              message: "the role of an account cannot be changed",
            });
          }
          return;
        }
        if (ctx.path !== "/sign-up/email") return;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const role = body.role ?? "student";
        if (role !== "teacher" && role !== "student") {
          throw new APIError("BAD_REQUEST", { message: "role must be teacher or student" });
        }
        // Many students have no email: a username alone is enough for them.
        if (!body.email && typeof body.username === "string" && role === "student") {
          return {
            context: { ...ctx, body: { ...body, role, email: placeholderEmail(body.username) } },
          };
        }
        return { context: { ...ctx, body: { ...body, role } } };
      }),
    },
  });
}

export type StudyKitAuth = ReturnType<typeof createAuth>;

type SessionRead = Awaited<ReturnType<StudyKitAuth["api"]["getSession"]>>;

/**
 * Sessions better-auth has verified from a request's cookies, by the exact Cookie header, until
 * the signed copy in it expires: a student's next request with the same cookies skips
 * better-auth's endpoint machinery and HMAC check (~1.5 ms of CPU per request). It accepts
 * nothing better-auth would not: the same signed cookie, within the same expiry.
 */
const verifiedSessions = new WeakMap<
  StudyKitAuth,
  Map<string, { until: number; read: SessionRead }>
>();
const MAX_VERIFIED_SESSIONS = 20_000;

/** When the signed session copy in a Cookie header expires (ms), if it has one in one piece. */
function cachedCopyExpiry(cookieHeader: string): number | null {
  const m = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_data=([^;]+)/.exec(cookieHeader);
  if (!m) return null;
  try {
    const payload = JSON.parse(Buffer.from(decodeURIComponent(m[1]!), "base64url").toString()) as {
      expiresAt?: unknown;
      session?: { session?: { expiresAt?: unknown } };
    };
    const copy = Number(payload.expiresAt);
    const session = new Date(String(payload.session?.session?.expiresAt)).getTime();
    return Number.isFinite(copy) && Number.isFinite(session) ? Math.min(copy, session) : null;
  } catch {
    return null;
  }
}

/**
 * The request's session: from the signed cookie copy while it is fresh (better-auth's cookie
 * cache), else from the database. A renewed copy is passed on in `resHeaders`.
 */
export async function readSession(
  auth: StudyKitAuth,
  headers: Headers,
  resHeaders?: Headers,
): Promise<SessionRead> {
  const cookie = headers.get("cookie") ?? "";
  let memo = verifiedSessions.get(auth);
  if (!memo) verifiedSessions.set(auth, (memo = new Map()));
  const hit = memo.get(cookie);
  if (hit && hit.until > Date.now()) return hit.read;
  if (hit) memo.delete(cookie);
  const read = async (disableCookieCache: boolean) => {
    const r = await auth.api.getSession({
      headers,
      query: { disableCookieCache },
      returnHeaders: true,
    });
    const renewed = r.headers.getSetCookie();
    for (const c of renewed) resHeaders?.append("set-cookie", c);
    return { session: r.response, renewed: renewed.length > 0 };
  };
  let { session, renewed } = await read(false);
  // The cached copy may predate the student choosing their own password (a one-way change):
  // ask the database before refusing them.
  const mustChange = (s: SessionRead) =>
    Boolean((s?.user as { mustChangePassword?: unknown } | undefined)?.mustChangePassword);
  if (mustChange(session)) ({ session, renewed } = await read(true));
  const until = session && !renewed && !mustChange(session) ? cachedCopyExpiry(cookie) : null;
  if (until) {
    if (memo.size >= MAX_VERIFIED_SESSIONS) memo.delete(memo.keys().next().value!);
    memo.set(cookie, { until, read: session });
  }
  return session;
}
