"use client";
// Leaving an editor: Cancel or Escape leaves at once when nothing has changed, and otherwise asks
// first (DiscardChangesDialog shows the question).
import { useState } from "react";

export interface DiscardGuard {
  /** Cancel: leave, or ask first when there are unsaved changes. */
  cancel: () => void;
  /** For the form's onKeyDown: Escape cancels, unless the question is already asked. */
  onKeyDown: (e: { key: string; preventDefault(): void }) => void;
  asking: boolean;
  /** Keep editing: close the question. */
  keep: () => void;
  /** Drop the changes and leave. */
  discard: () => void;
}

export function useDiscardGuard(dirty: boolean, leave: () => void): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const cancel = () => (dirty ? setAsking(true) : leave());
  return {
    cancel,
    onKeyDown: (e) => {
      if (e.key === "Escape" && !asking) {
        e.preventDefault();
        cancel();
      }
    },
    asking,
    keep: () => setAsking(false),
    discard: () => {
      setAsking(false);
      leave();
    },
  };
}
