// One assignment in the class list: its set, window, feedback, completion and actions.
import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { plural } from "~/components/ui/format";
import { ShareBar } from "~/components/ui/share-bar";
import { DateTime } from "~/components/ui/time";
import { FEEDBACK_LABEL } from "~/lib/labels";
import type { Assignment } from "./types";

export function AssignmentRow({
  a,
  classId,
  onArchive,
}: {
  a: Assignment;
  classId: string;
  onArchive: () => void;
}) {
  const now = new Date();
  const status =
    a.opensAt > now ? (
      <Badge tone="brand">Opens later</Badge>
    ) : a.dueAt && a.dueAt < now ? (
      <Badge>Closed</Badge>
    ) : (
      <Badge tone="success">Open</Badge>
    );
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <h3 className="font-semibold break-words">
          {a.title} <span className="align-middle">{status}</span>
        </h3>
        <p className="text-sm text-slate-700">
          Set:{" "}
          <Link href={`/teacher/sets/${a.set.id}`} className="text-brand-700 underline">
            {a.set.title}
          </Link>{" "}
          · {plural(a.set.questions, "question")}
        </p>
        <p className="text-sm text-slate-700">
          Opens <DateTime value={a.opensAt} />
          {a.dueAt ? (
            <>
              {" "}
              · due <DateTime value={a.dueAt} />
            </>
          ) : (
            " · no due date"
          )}
        </p>
        <p className="text-sm text-slate-700">
          {a.attemptsAllowed === null ? "Unlimited attempts" : plural(a.attemptsAllowed, "attempt")}{" "}
          · feedback {FEEDBACK_LABEL[a.feedback].toLowerCase()}
          {a.shuffleQuestions ? " · questions shuffled" : ""}
          {a.shuffleOptions ? " · options shuffled" : ""}
        </p>
      </div>
      <div className="flex shrink-0 flex-col gap-2 sm:items-end">
        <ShareBar
          value={a.students ? a.completed / a.students : 0}
          label={`${a.completed} of ${plural(a.students, "student")} submitted`}
        />
        <div className="flex gap-2">
          <Link
            href={`/teacher/classes/${classId}/dashboard?assignment=${a.id}`}
            className={buttonClass("secondary", "sm")}
          >
            Results<span className="sr-only"> for {a.title}</span>
          </Link>
          <button type="button" className={buttonClass("secondary", "sm")} onClick={onArchive}>
            Archive<span className="sr-only"> {a.title}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
