// The question types and difficulties as a select's options, in the app's order and words, for
// the bank's filters, the set builder and the question editor.
import {
  DIFFICULTIES,
  DIFFICULTY_LABEL,
  QUESTION_TYPE_LABEL,
  QUESTION_TYPES_IN_ORDER,
} from "~/lib/labels";

/** Every question type; `any` first (value "") when the select may leave the type open. */
export function QuestionTypeOptions({ any }: { any?: string }) {
  return (
    <>
      {any !== undefined && <option value="">{any}</option>}
      {QUESTION_TYPES_IN_ORDER.map((t) => (
        <option key={t} value={t}>
          {QUESTION_TYPE_LABEL[t]}
        </option>
      ))}
    </>
  );
}

/** Every difficulty, each label followed by `suffix`; `any` first (value "") as above. */
export function DifficultyOptions({ any, suffix = "" }: { any?: string; suffix?: string }) {
  return (
    <>
      {any !== undefined && <option value="">{any}</option>}
      {DIFFICULTIES.map((d) => (
        <option key={d} value={d}>
          {DIFFICULTY_LABEL[d]}
          {suffix}
        </option>
      ))}
    </>
  );
}
