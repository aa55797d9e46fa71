// What became of the last change to a question or fact, under its card.
import type { SaveState } from "./types";

export function SaveLine({ save }: { save?: SaveState }) {
  if (!save) return null;
  return (
    <p
      className={`mt-2 text-sm ${save.state === "error" ? "font-semibold text-red-800" : save.state === "saved" ? "text-green-900" : "text-slate-700"}`}
      data-save-state={save.state}
    >
      {save.state === "saved" && <span aria-hidden="true">✓ </span>}
      {save.text}
      {save.state === "error" && save.retry && (
        <button type="button" className="ml-2 underline" onClick={save.retry}>
          Try again
        </button>
      )}
    </p>
  );
}
