"use client";
// The answer controls for each question type: native radios, text fields, selects and
// checkboxes, so keyboards and screen readers work as they expect. Marks for right and wrong
// answers take a reserved slot, so showing them moves nothing.
import { ANSWER_TEXT_LIMIT } from "@studykit/content/limits";
import { CharacterCount } from "~/components/ui/character-count";
import type { Draft } from "./attempt-storage";
import { parseMatchingKey } from "./responses";
import type { AnswerFeedback, AnswerResponse, QuizQuestion } from "./types";

export const OPTION_LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];

interface InputProps {
  question: QuizQuestion;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  /** The answer was submitted: show it, locked. */
  given: AnswerResponse | null;
  feedback: AnswerFeedback | null;
  /** Ids of elements describing the controls (hint, error). */
  describedBy: string;
}

type Mark = "correct" | "chosen-correct" | "chosen-wrong" | null;

function MarkSlot({ mark }: { mark: Mark }) {
  const icon = mark === "chosen-wrong" ? "✗" : mark ? "✓" : "";
  const text =
    mark === "correct"
      ? "(the right answer)"
      : mark === "chosen-correct"
        ? "(your answer: right)"
        : mark === "chosen-wrong"
          ? "(your answer: not right)"
          : "";
  return (
    <span className="flex w-6 shrink-0 justify-center text-lg leading-6 font-bold">
      <span
        aria-hidden="true"
        className={mark === "chosen-wrong" ? "text-red-800" : "text-green-800"}
      >
        {icon}
      </span>
      {text && <span className="sr-only">{text}</span>}
    </span>
  );
}

const MARK_STYLES: Record<Exclude<Mark, null> | "none", string> = {
  none: "border-slate-300 bg-white",
  correct: "border-green-700 bg-green-50",
  "chosen-correct": "border-green-700 bg-green-50",
  "chosen-wrong": "border-red-700 bg-red-50",
};

function OptionRow({
  name,
  letter,
  label,
  checked,
  locked,
  mark,
  onPick,
  describedBy,
}: {
  name: string;
  letter: string;
  label: string;
  checked: boolean;
  locked: boolean;
  mark: Mark;
  onPick: () => void;
  describedBy: string;
}) {
  const tone = mark ? MARK_STYLES[mark] : MARK_STYLES.none;
  return (
    <label
      className={`flex items-start gap-3 rounded-lg border-2 px-3 py-3 ${tone} ${
        locked ? "" : "cursor-pointer hover:border-brand-600"
      } has-[:checked]:border-brand-600 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
        mark === "chosen-wrong"
          ? "has-[:checked]:border-red-700"
          : mark
            ? "has-[:checked]:border-green-700"
            : "has-[:checked]:bg-brand-50"
      }`}
    >
      <input
        type="radio"
        name={name}
        value={label}
        checked={checked}
        disabled={locked}
        onChange={onPick}
        aria-describedby={describedBy || undefined}
        data-option={letter}
        className="mt-1 size-4 shrink-0 accent-brand-600 focus-visible:outline-none"
      />
      <span
        aria-hidden="true"
        className="flex size-6 shrink-0 items-center justify-center rounded border border-slate-400 bg-white text-xs font-semibold text-slate-700"
      >
        {letter}
      </span>
      <span className="min-w-0 flex-1 text-slate-900">{label}</span>
      <MarkSlot mark={mark} />
    </label>
  );
}

function markFor(option: string, chosen: string | undefined, right: string | undefined): Mark {
  if (right === undefined) return null;
  if (option === chosen) return option === right ? "chosen-correct" : "chosen-wrong";
  return option === right ? "correct" : null;
}

export function ChoiceInput({
  question,
  draft,
  onDraft,
  given,
  feedback,
  describedBy,
}: InputProps) {
  const chosen = given?.type === "choice" ? given.option : draft.option;
  return (
    <div className="space-y-2">
      {(question.options ?? []).map((option, i) => (
        <OptionRow
          key={option}
          name={`q-${question.id}`}
          letter={OPTION_LETTERS[i] ?? String(i + 1)}
          label={option}
          checked={chosen === option}
          locked={given !== null}
          mark={markFor(option, chosen, feedback?.correctAnswer)}
          onPick={() => onDraft({ ...draft, option })}
          describedBy={describedBy}
        />
      ))}
    </div>
  );
}

export function TrueFalseInput({
  question,
  draft,
  onDraft,
  given,
  feedback,
  describedBy,
}: InputProps) {
  const chosen = given?.type === "true_false" ? given.value : draft.value;
  const chosenLabel = chosen === undefined ? undefined : chosen ? "True" : "False";
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {[true, false].map((value) => {
        const label = value ? "True" : "False";
        return (
          <OptionRow
            key={label}
            name={`q-${question.id}`}
            letter={value ? "T" : "F"}
            label={label}
            checked={chosen === value}
            locked={given !== null}
            mark={markFor(label, chosenLabel, feedback?.correctAnswer)}
            onPick={() => onDraft({ ...draft, value })}
            describedBy={describedBy}
          />
        );
      })}
    </div>
  );
}

/** The prompt with its "____" shown as a blank line that screen readers announce. */
export function ClozePrompt({ prompt, id }: { prompt: string; id: string }) {
  const parts = prompt.split("____");
  return (
    <p id={id} className="text-lg text-slate-900">
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <span className="mx-1 inline-block w-20 border-b-2 border-slate-700 align-baseline">
              <span className="sr-only">blank</span>
            </span>
          )}
        </span>
      ))}
    </p>
  );
}

export function ClozeInput({
  question,
  draft,
  onDraft,
  given,
  feedback,
  describedBy,
  promptId,
}: InputProps & { promptId: string }) {
  const value = given?.type === "text" ? given.text : (draft.text ?? "");
  const id = `answer-${question.id}`;
  const wrong = feedback && !feedback.correct;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        The missing words
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="text"
          value={value}
          readOnly={given !== null}
          onChange={(e) => onDraft({ ...draft, text: e.target.value })}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="send"
          aria-invalid={value.length > ANSWER_TEXT_LIMIT.text ? true : undefined}
          aria-describedby={[promptId, `${id}-count`, describedBy].filter(Boolean).join(" ")}
          className={`w-full max-w-md rounded-md border-2 bg-white px-3 py-2 text-lg read-only:bg-slate-50 ${
            feedback
              ? wrong
                ? "border-red-700"
                : "border-green-700"
              : "border-slate-400 focus:border-brand-600"
          }`}
        />
        <MarkSlot mark={feedback ? (wrong ? "chosen-wrong" : "chosen-correct") : null} />
      </div>
      {given === null && (
        <CharacterCount id={`${id}-count`} length={value.length} limit={ANSWER_TEXT_LIMIT.text} />
      )}
    </div>
  );
}

export function MatchingInput({
  question,
  draft,
  onDraft,
  given,
  feedback,
  describedBy,
}: InputProps) {
  const left = question.matching?.left ?? [];
  const right = question.matching?.right ?? [];
  const pairs =
    given?.type === "matching"
      ? Object.fromEntries(given.pairs.map((p) => [p.left, p.right]))
      : (draft.pairs ?? {});
  const key = feedback ? parseMatchingKey(feedback.correctAnswer, left) : null;
  return (
    <ol className="space-y-3">
      {left.map((item, i) => {
        const id = `match-${question.id}-${i}`;
        const chosen = pairs[item] ?? "";
        const right_ = key?.get(item);
        const mark: Mark =
          right_ === undefined ? null : chosen === right_ ? "chosen-correct" : "chosen-wrong";
        return (
          <li
            key={item}
            className="grid gap-1 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_1.5rem] sm:items-center sm:gap-3"
          >
            <label htmlFor={id} className="font-medium text-slate-900">
              {item}
            </label>
            <select
              id={id}
              value={chosen}
              disabled={given !== null}
              aria-describedby={describedBy || undefined}
              onChange={(e) => onDraft({ ...draft, pairs: { ...pairs, [item]: e.target.value } })}
              className={`w-full min-w-0 rounded-md border-2 bg-white px-2 py-2 text-slate-900 disabled:bg-slate-50 ${
                mark === "chosen-wrong"
                  ? "border-red-700"
                  : mark
                    ? "border-green-700"
                    : "border-slate-400"
              }`}
            >
              <option value="">Choose a match…</option>
              {right.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <MarkSlot mark={mark} />
          </li>
        );
      })}
    </ol>
  );
}

export function OpenInput({ question, draft, onDraft, given, describedBy }: InputProps) {
  const rubric = question.rubric ?? [];
  const locked = given !== null;
  const text = given?.type === "self_assessment" ? (given.text ?? "") : (draft.text ?? "");
  const metCount = given?.type === "self_assessment" ? given.rubricPointsMet : undefined;
  const met = new Set(draft.met ?? []);
  // Which points were ticked is known on this device; the server keeps only how many.
  const shownMet = metCount === undefined ? met : met.size === metCount ? met : new Set<number>();
  const id = `answer-${question.id}`;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={id} className="block font-medium">
          Your answer
        </label>
        {/* No maxLength: the browser would cut a long paste silently. Over the limit the count
            says so and submitting is refused, with everything typed kept. */}
        <textarea
          id={id}
          rows={5}
          value={text}
          readOnly={locked}
          aria-invalid={text.length > ANSWER_TEXT_LIMIT.self_assessment ? true : undefined}
          aria-describedby={[`${id}-tip`, `${id}-count`, describedBy].filter(Boolean).join(" ")}
          onChange={(e) => onDraft({ ...draft, text: e.target.value })}
          className="w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 read-only:bg-slate-50 focus:border-brand-600 aria-[invalid=true]:border-red-700"
        />
        <p id={`${id}-tip`} className="text-sm text-slate-600">
          A few sentences in your own words.
          <span className="pointer-coarse:hidden"> Press Ctrl+Enter to submit.</span>
        </p>
        {!locked && (
          <CharacterCount
            id={`${id}-count`}
            length={text.length}
            limit={ANSWER_TEXT_LIMIT.self_assessment}
          />
        )}
      </div>
      {/* The same rows before and after submitting, so nothing moves when feedback comes. */}
      <fieldset className="space-y-2">
        <legend className="font-medium">
          {locked
            ? "The points you said your answer covers"
            : "Then tick each point your answer covers"}
        </legend>
        {rubric.map((point, i) => (
          <label
            key={point}
            className={`flex items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 ${
              locked ? "" : "cursor-pointer"
            }`}
          >
            <input
              type="checkbox"
              checked={shownMet.has(i)}
              disabled={locked}
              onChange={(e) => {
                const next = new Set(met);
                if (e.target.checked) next.add(i);
                else next.delete(i);
                onDraft({ ...draft, text, met: [...next].sort((a, b) => a - b) });
              }}
              className="mt-1 size-4 shrink-0 accent-brand-600"
            />
            <span className="text-slate-900">{point}</span>
          </label>
        ))}
        <p className="text-sm text-slate-700">
          {locked
            ? `You said your answer covers ${metCount ?? 0} of ${rubric.length} points.`
            : `${met.size} of ${rubric.length} ticked. Be honest: it shows you what to work on.`}
        </p>
      </fieldset>
    </div>
  );
}
