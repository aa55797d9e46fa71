// Reading the API's errors on the client, in one place: which code the server gave (or none,
// when no answer came back), a sentence for people, and for forms a message per field.
import type { AppRouter } from "@studykit/api";
import { TRPCClientError } from "@trpc/client";
import type { inferRouterError } from "@trpc/server";

interface ErrorData {
  code?: unknown;
  zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null;
}

function errorData(error: unknown): ErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  return (error.data ?? {}) as ErrorData;
}

/** The server's error code (e.g. "NOT_FOUND"), or null when no answer came back. */
export function errorCode(error: unknown): string | null {
  const code = errorData(error)?.code;
  return typeof code === "string" ? code : null;
}

/** Why a set change or an article deletion was refused (e.g. which sets use the article), as data. */
export type SetRefusal = NonNullable<inferRouterError<AppRouter>["data"]["setRefusal"]>;

export function setRefusalOf(error: unknown): SetRefusal | null {
  const data = errorData(error) as { setRefusal?: SetRefusal | null } | null;
  return data?.setRefusal ?? null;
}

/** The request failed without a usable answer from the server: offline, dropped, or a proxy page. */
export function isTransientError(error: unknown): boolean {
  const code = errorCode(error);
  return code === null || code === "INTERNAL_SERVER_ERROR" || code === "TOO_MANY_REQUESTS";
}

/** "give the class a name" → "Give the class a name." */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** A sentence for people, not a stack trace (the student pages' wording). */
export function describeError(error: unknown, fallback = "Something went wrong."): string {
  const code = errorCode(error);
  if (code === null) return "Couldn't reach StudyKit. Check your connection and try again.";
  if (code === "UNAUTHORIZED") return "You've been signed out. Sign in again to carry on.";
  if (code === "INTERNAL_SERVER_ERROR") return "StudyKit had a problem on its side. Try again.";
  const message = error instanceof Error ? error.message : "";
  // The API's messages are written to be read ("this assignment is closed: its due date has passed").
  return message ? message.charAt(0).toUpperCase() + message.slice(1) + "." : fallback;
}

/** zod's default messages, said the way a teacher would say them. */
export function friendlyZodMessage(message: string): string {
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^Too small: expected string to have >=?(\d+) character/)))
    return m[1] === "1" ? "This cannot be empty." : `Use at least ${m[1]} characters.`;
  if ((m = message.match(/^Too big: expected string to have <=?(\d+) character/)))
    return `Use at most ${m[1]} characters.`;
  if ((m = message.match(/^Too small: expected number to be >=?(-?\d+)/)))
    return `Enter ${m[1]} or more.`;
  if ((m = message.match(/^Too big: expected number to be <=?(-?\d+)/)))
    return `Enter ${m[1]} or less.`;
  if ((m = message.match(/^Too small: expected array to have >=?(\d+) item/)))
    return `Give at least ${m[1]}.`;
  if ((m = message.match(/^Too big: expected array to have <=?(\d+) item/)))
    return `Give at most ${m[1]}.`;
  if (/expected date/.test(message)) return "Enter a complete date and time.";
  if (/expected int/.test(message)) return "Enter a whole number.";
  if (/expected number/.test(message)) return "Enter a number.";
  return sentence(message);
}

/** What a form shows for an error: one message for the form, and one per field zod refused. */
export interface ApiProblem {
  /** For the form as a whole; null when every problem belongs to a field. */
  message: string | null;
  fieldErrors: Record<string, string>;
  code: string | null;
}

export function apiProblem(error: unknown, fallback: string): ApiProblem {
  const data = errorData(error);
  if (!data) return { message: sentence(fallback), fieldErrors: {}, code: null };
  const code = errorCode(error);
  const zod = data.zodError;
  if (zod) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, messages] of Object.entries(zod.fieldErrors ?? {})) {
      if (messages?.[0]) fieldErrors[field] = friendlyZodMessage(messages[0]);
    }
    const formErrors = (zod.formErrors ?? []).map(friendlyZodMessage);
    return {
      message: formErrors.length
        ? formErrors.join(" ")
        : Object.keys(fieldErrors).length
          ? "Check the fields marked below."
          : sentence(fallback),
      fieldErrors,
      code,
    };
  }
  if (!code) {
    // No tRPC error body: the request never reached the server, or the server fell over.
    return {
      message:
        "StudyKit could not be reached. Check your connection and try again; nothing you entered has been lost.",
      fieldErrors: {},
      code: null,
    };
  }
  if (code === "INTERNAL_SERVER_ERROR")
    return {
      message: "Something went wrong on StudyKit's side. Try again in a moment.",
      fieldErrors: {},
      code,
    };
  const message = error instanceof Error ? error.message : "";
  return { message: sentence(message || fallback), fieldErrors: {}, code };
}
