// A plain-words summary of when students can take it, under the date fields.
import { formatDate } from "~/components/ui/time";
import { windowText } from "./assign-form-model";

export function AssignWindow({ opensAt, dueAt }: { opensAt: string; dueAt: string }) {
  const text = windowText(opensAt, dueAt, new Date(), formatDate);
  if (!text) return null;
  return (
    <p className="text-sm text-slate-700">
      {text[0]}
      {text[1]}
    </p>
  );
}
