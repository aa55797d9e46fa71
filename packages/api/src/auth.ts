// Accounts through better-auth: email or username with a password, roles, database-backed
// rate limiting. Passwords are hashed by the library (scrypt).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { username } from "better-auth/plugins";
import type { Database, Engine } from "@studykit/db";
import { consumeTeacherInvitation } from "./invitations";

export interface AuthOptions {
  db: Database;
  engine: Engine;
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** The app's public origin, e.g. http://localhost:3000. */
  baseURL: string;
  /** Secure cookies (HTTPS only); on in production. */
  secureCookies: boolean;
  /** Origins trusted beside baseURL (for requests and callback URLs). */
  trustedOrigins?: string[];
  /** Development: the dev server's own origins are trusted too. Never in production. */
  development?: boolean;
  /** better-auth's own request limiter, kept in the database (off in most tests). */
  rateLimit?: boolean;
}

/** `next dev`'s origins: trusted only in development (a production server must not accept them). */
export const DEVELOPMENT_ORIGINS = ["http://localhost:3000", "http://127.0.0.1:3000"];

/**
 * The request header through which the request handler tells better-auth the client's address,
 * as it resolved it from the connection and the trusted proxies (see client-address.ts). The
 * handler sets it on every request it passes on, so a client cannot.
 */
export const CLIENT_ADDRESS_HEADER = "x-studykit-client-address";

/** Students may have no email; better-auth needs one, so they get an address that cannot receive mail. */
export const PLACEHOLDER_EMAIL_DOMAIN = "students.studykit.invalid";

export function placeholderEmail(name: string): string {
  return `${name.toLowerCase()}@${PLACEHOLDER_EMAIL_DOMAIN}`;
}

const isPlaceholderEmail = (email: string) =>
  email.trim().toLowerCase().endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`);

export const MIN_PASSWORD_LENGTH = 8;

/** How long a signed session cookie stands in for the session's row (better-auth's cookie cache). */
export const SESSION_CACHE_SECONDS = 5 * 60;

const badRequest = (message: string) => new APIError("BAD_REQUEST", { message });

export function createAuth(options: AuthOptions) {
  return betterAuth({
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: "/api/auth",
    trustedOrigins: [
      options.baseURL,
      ...(options.development ? DEVELOPMENT_ORIGINS : []),
      ...(options.trustedOrigins ?? []),
    ],
    database: prismaAdapter(options.db, { provider: options.engine }),
    // Whether a username is taken is nobody's business before sign-up: sign-up itself says so.
    disabledPaths: ["/is-username-available"],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
    },
    plugins: [username({ minUsernameLength: 3, maxUsernameLength: 40 })],
    user: {
      additionalFields: {
        // Set on the server only: student at sign-up, teacher with an invitation (below).
        role: { type: "string", required: false, defaultValue: "student", input: false },
        mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    databaseHooks: {
      user: {
        create: {
          // A sign-up makes a student; with a valid invitation, used up here, a teacher.
          before: async (user, ctx) => {
            if (ctx?.path !== "/sign-up/email") return;
            const invitation = (ctx.body as Record<string, unknown> | undefined)?.invitation;
            if (typeof invitation !== "string") return { data: { ...user, role: "student" } };
            if (!(await consumeTeacherInvitation(options.db, invitation, new Date()))) {
              throw badRequest("this invitation is not valid, has been used or has expired");
            }
            return { data: { ...user, role: "teacher" } };
          },
        },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // The session and user, signed (HMAC) in a short-lived cookie: a request with a fresh one
      // is authenticated without reading the database (the submit path's first two queries).
      // The price: a session deleted elsewhere (signed out on another device, or ended by a
      // password change) stays usable for at most SESSION_CACHE_SECONDS on a browser that still
      // holds the cookie.
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
      // Never X-Forwarded-For as the client sent it: the request handler resolves the address.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Origins and callback URLs are checked in every environment (better-auth skips the check
      // under NODE_ENV=test unless told), so the tests exercise what production runs.
      disableOriginCheck: false,
    },
    telemetry: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // A signed-in student must not make themselves a teacher (and read every answer key).
        if (ctx.path === "/update-user") {
          if (ctx.body && typeof ctx.body === "object" && "role" in ctx.body) {
            throw badRequest("the role of an account cannot be changed");
          }
          return;
        }
        // A new password ends every other session: whoever saw the old one is signed out.
        if (ctx.path === "/change-password") {
          return { context: { ...ctx, body: { ...ctx.body, revokeOtherSessions: true } } };
        }
        if (ctx.path !== "/sign-up/email") return;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        if ("role" in body) {
          throw badRequest(
            "an account's role cannot be chosen: sign-up makes a student, a teacher needs an invitation",
          );
        }
        const invitation = body.invitation;
        if (
          invitation !== undefined &&
          (typeof invitation !== "string" || invitation.length > 64)
        ) {
          throw badRequest("this invitation is not valid, has been used or has expired");
        }
        if (typeof body.email === "string" && isPlaceholderEmail(body.email)) {
          throw badRequest(
            `addresses at ${PLACEHOLDER_EMAIL_DOMAIN} are reserved for students' rosters`,
          );
        }
        if (!body.email) {
          if (invitation !== undefined)
            throw badRequest("a teacher signs up with an email address");
          // Many students have no email: a username alone is enough for them.
          if (typeof body.username === "string") {
            return {
              context: { ...ctx, body: { ...body, email: placeholderEmail(body.username) } },
            };
          }
        }
      }),
    },
  });
}

export type StudyKitAuth = ReturnType<typeof createAuth>;

type SessionRead = Awaited<ReturnType<StudyKitAuth["api"]["getSession"]>>;

/**
 * Sessions better-auth has verified from a request's cookies, by the exact Cookie header: a
 * student's next request with the same cookies skips better-auth's endpoint machinery and HMAC
 * check (~1.5 ms of CPU per request). An entry keeps its own short expiry, counted from when
 * better-auth verified it and never past the session's; nothing in the cookies (which better-auth
 * may not have read, e.g. a second session_data cookie beside the real one) decides it.
 */
const verifiedSessions = new WeakMap<
  StudyKitAuth,
  Map<string, { until: number; read: SessionRead }>
>();
const MAX_VERIFIED_SESSIONS = 20_000;
/** How long a verified session is taken on trust before better-auth is asked again. */
export const VERIFIED_SESSION_MEMO_MS = 30_000;

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
  const now = Date.now();
  const hit = memo.get(cookie);
  if (hit && hit.until > now) return hit.read;
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
  if (session && !renewed && !mustChange(session)) {
    const until = Math.min(
      now + VERIFIED_SESSION_MEMO_MS,
      new Date(session.session.expiresAt).getTime(),
    );
    if (until > now) {
      if (memo.size >= MAX_VERIFIED_SESSIONS) memo.delete(memo.keys().next().value!);
      memo.set(cookie, { until, read: session });
    }
  }
  return session;
}

/** Forgets the verified sessions of a Cookie header at once (its session was just ended here). */
export function forgetVerifiedSession(auth: StudyKitAuth, cookieHeader: string): void {
  verifiedSessions.get(auth)?.delete(cookieHeader);
}
