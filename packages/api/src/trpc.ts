// tRPC setup: the context, the error shape, and the procedures by role. Roles are checked here,
// on the server, for every call.
import { initTRPC, TRPCError } from "@trpc/server";
import type { Database } from "@studykit/db";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { readSession, type StudyKitAuth } from "./auth";
import { toTRPCError } from "./domain-errors";
import { MixShortfallError } from "./logic/mix";
import { SetRefusedError } from "./logic/set-rules";

export type Role = "teacher" | "student";

export interface SessionUser {
  id: string;
  name: string;
  username: string | null;
  email: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface ContextInner {
  db: Database;
  auth: StudyKitAuth;
  user: SessionUser | null;
  /** Request headers, for better-auth calls made on the user's behalf. */
  headers: Headers;
  /** The clock; injectable so tests and scheduling can move time. */
  now: () => Date;
  /** The response's headers, where there is a response (a new session cookie goes here). */
  resHeaders?: Headers;
  /** The client's address as the request handler resolved it (trusted proxies only), if known. */
  clientAddress?: string | null;
}

/** A context without a request: tests and server components build it directly. */
export function createContextInner(opts: ContextInner): ContextInner {
  return opts;
}

/** Reads the session from the request's cookies. */
export async function createContext(opts: {
  db: Database;
  auth: StudyKitAuth;
  headers: Headers;
  now?: () => Date;
  /** The response's headers: a renewed session cookie (better-auth's cookie cache) goes here. */
  resHeaders?: Headers;
  clientAddress?: string | null;
}): Promise<ContextInner> {
  const session = await readSession(opts.auth, opts.headers, opts.resHeaders);
  const u = session?.user as (Record<string, unknown> & { id: string }) | undefined;
  const user: SessionUser | null = u
    ? {
        id: u.id,
        name: String(u.name ?? ""),
        username: (u.username as string | null | undefined) ?? null,
        email: String(u.email ?? ""),
        role: u.role === "teacher" ? "teacher" : "student",
        mustChangePassword: Boolean(u.mustChangePassword),
      }
    : null;
  return createContextInner({
    db: opts.db,
    auth: opts.auth,
    user,
    headers: opts.headers,
    now: opts.now ?? (() => new Date()),
    ...(opts.resHeaders ? { resHeaders: opts.resHeaders } : {}),
    clientAddress: opts.clientAddress ?? null,
  });
}

const t = initTRPC.context<ContextInner>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Field errors from zod travel with the error so forms can show them beside each field.
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    // A mix the bank cannot fill says by how much, as numbers, so the page words it itself.
    const mixShortfall = error.cause instanceof MixShortfallError ? error.cause.shortfall : null;
    // A refused set change or article deletion says why as data (e.g. which sets use the article).
    const setRefusal = error.cause instanceof SetRefusedError ? error.cause.refusal : null;
    return { ...shape, data: { ...shape.data, zodError, mixShortfall, setRefusal } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure's first step: a domain error thrown below it becomes its tRPC error. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  const mapped = result.ok ? null : toTRPCError(result.error.cause);
  if (mapped) throw mapped;
  return result;
});

/** Anyone signed in. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in first" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Students who have set their own password. */
export const studentProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "student") {
    throw new TRPCError({ code: "FORBIDDEN", message: "only students can do this" });
  }
  if (ctx.user.mustChangePassword) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "choose your own password before you start",
    });
  }
  return next();
});

export const teacherProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "teacher") {
    throw new TRPCError({ code: "FORBIDDEN", message: "only teachers can do this" });
  }
  return next();
});

/** Bounded identifiers: every id in an input is a short token, never arbitrary text. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "not a valid id");
