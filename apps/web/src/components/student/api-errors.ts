// Reading tRPC errors on the client: which code the server gave, and whether it never got there.
import { TRPCClientError } from "@trpc/client";

/** The server's error code (e.g. "NOT_FOUND"), or null when no answer came back. */
export function errorCode(error: unknown): string | null {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

/** The request failed without a usable answer from the server: offline, dropped, or a proxy page. */
export function isTransientError(error: unknown): boolean {
  const code = errorCode(error);
  return code === null || code === "INTERNAL_SERVER_ERROR" || code === "TOO_MANY_REQUESTS";
}

/** A sentence for people, not a stack trace. */
export function describeError(error: unknown, fallback = "Something went wrong."): string {
  const code = errorCode(error);
  if (code === null) return "Couldn't reach StudyKit. Check your connection and try again.";
  if (code === "UNAUTHORIZED") return "You've been signed out. Sign in again to carry on.";
  if (code === "INTERNAL_SERVER_ERROR") return "StudyKit had a problem on its side. Try again.";
  const message = error instanceof Error ? error.message : "";
  // The API's messages are written to be read ("this assignment is closed: its due date has passed").
  return message ? message.charAt(0).toUpperCase() + message.slice(1) + "." : fallback;
}
