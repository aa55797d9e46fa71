"use client";
// The review's keyboard: j/k or the arrows move between questions, a accepts, r rejects, e
// edits; anywhere on the page except while typing in a field, a dialog or a form (the editor).
import { useKeyDown } from "~/hooks/use-key-down";
import { stepInOrder } from "./status";
import type { Status } from "./types";

export function useReviewKeys({
  enabled,
  order,
  current,
  canEdit,
  onMove,
  onStatus,
  onEdit,
}: {
  /** False while loading or while a question is being edited. */
  enabled: boolean;
  /** The questions shown, top to bottom. */
  order: readonly string[];
  /** The selected question, if it is shown. */
  current: string | undefined;
  canEdit: boolean;
  onMove: (id: string) => void;
  onStatus: (id: string, status: Status) => void;
  onEdit: (id: string) => void;
}): void {
  useKeyDown((e, { typing }) => {
    // A dialog or a form (the editor) keeps its keys to itself.
    const inForm = e.target instanceof HTMLElement && !!e.target.closest("dialog, form");
    if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || typing || inForm) return;
    if (!enabled) return;
    // The focused card is the current one; focus moves before React re-renders.
    const inFocus = (document.activeElement as HTMLElement | null)
      ?.closest<HTMLElement>('article[id^="review-q-"]')
      ?.id.slice("review-q-".length);
    const focused = inFocus && order.includes(inFocus) ? inFocus : current;
    const at = focused ? order.indexOf(focused) : -1;
    const move = (by: number) => {
      const next = stepInOrder(order, at, by);
      if (next) onMove(next);
    };
    switch (e.key) {
      case "j":
      case "ArrowDown":
        e.preventDefault();
        move(1);
        break;
      case "k":
      case "ArrowUp":
        e.preventDefault();
        move(-1);
        break;
      case "a":
      case "r":
        if (!focused || !canEdit) return;
        e.preventDefault();
        onStatus(focused, e.key === "a" ? "accepted" : "rejected");
        break;
      case "e":
        if (!focused || !canEdit) return;
        e.preventDefault();
        onEdit(focused);
        break;
    }
  });
}
