// Turns an error from the API into what a form shows: one message for the form and, when zod
// rejected the input, a message per field to show beside it.
import { TRPCClientError } from "@trpc/client";

export interface ApiProblem {
  /** For the form as a whole; null when every problem belongs to a field. */
  message: string | null;
  fieldErrors: Record<string, string>;
  code: string | null;
}

interface ErrorData {
  code?: string;
  zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null;
}

/** "give the class a name" → "Give the class a name." */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
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

export function apiProblem(error: unknown, fallback: string): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ErrorData;
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
        code: data.code ?? null,
      };
    }
    if (!data.code) {
      // No tRPC error body: the request never reached the server, or the server fell over.
      return {
        message:
          "StudyKit could not be reached. Check your connection and try again; nothing you entered has been lost.",
        fieldErrors: {},
        code: null,
      };
    }
    if (data.code === "INTERNAL_SERVER_ERROR")
      return {
        message: "Something went wrong on StudyKit's side. Try again in a moment.",
        fieldErrors: {},
        code: data.code,
      };
    return { message: sentence(error.message || fallback), fieldErrors: {}, code: data.code };
  }
  return { message: sentence(fallback), fieldErrors: {}, code: null };
}
