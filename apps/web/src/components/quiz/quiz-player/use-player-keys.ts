"use client";
// The player's keyboard: 1–9 / A–I choose, T / F answer true or false, Enter submits and moves
// on (Ctrl or Cmd + Enter even while typing).
import { useKeyDown } from "~/hooks/use-key-down";
import type { QuizQuestion } from "../types";
import { optionForKey } from "./place";

export function usePlayerKeys({
  enabled,
  current,
  answered,
  onPrimary,
  onPick,
}: {
  /** False until the student's place is restored. */
  enabled: boolean;
  /** The question shown; null on the finish step. */
  current: QuizQuestion | null;
  /** Whether the question shown has an answer, saved or waiting. */
  answered: boolean;
  onPrimary: () => void;
  onPick: (q: QuizQuestion, index: number) => void;
}): void {
  useKeyDown((e, { typing }) => {
    if (e.defaultPrevented || !enabled) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      if (!e.repeat) {
        e.preventDefault();
        onPrimary();
      }
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || typing || !current) return;
    if (e.key === "Enter") {
      // Buttons and links activate themselves; a held key must not race through questions.
      if (e.repeat || target?.closest("button, a, summary, [role='button']")) return;
      e.preventDefault();
      onPrimary();
      return;
    }
    if (answered) return;
    const index = optionForKey(current, e.key);
    if (index === null) return;
    e.preventDefault();
    onPick(current, index);
  });
}
