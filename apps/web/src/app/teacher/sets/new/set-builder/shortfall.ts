// The mix the bank cannot fill, in words: the server sends the numbers (data.mixShortfall), and
// the page says them with its own names for the question types.
import type { AppRouter } from "@studykit/api";
import { TRPCClientError } from "@trpc/client";
import type { inferRouterError } from "@trpc/server";
import { sentence } from "~/lib/api-error";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";

export type MixShortfall = NonNullable<inferRouterError<AppRouter>["data"]["mixShortfall"]>;

/** The shortfall an error from sets.createFromMix carries, if it is one. */
export function mixShortfallOf(error: unknown): MixShortfall | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { mixShortfall?: MixShortfall | null } | undefined;
  return data?.mixShortfall ?? null;
}

/** "At hard difficulty, it needs 2 more true or false." (the alert's heading says the rest). */
export function shortfallInWords(shortfall: MixShortfall): string {
  const n = shortfall.notAccepted;
  const notAccepted = n
    ? ` (only accepted questions count; ${n} ${n === 1 ? "is" : "are"} not accepted)`
    : "";
  if (shortfall.kind === "types_exceed_count") {
    return sentence(
      `the types add up to ${shortfall.requested}, more than the ${shortfall.count} asked for${notAccepted}`,
    );
  }
  const what = shortfall.types.length
    ? shortfall.types
        .map((t) => `${t.more} more ${QUESTION_TYPE_LABEL[t.type].toLowerCase()}`)
        .join(", ")
    : `${shortfall.more} more questions`;
  const lead = shortfall.difficulty ? `At ${shortfall.difficulty} difficulty, it` : "It";
  return sentence(`${lead} needs ${what}${notAccepted}`);
}
