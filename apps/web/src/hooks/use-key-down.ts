"use client";
// Keyboard shortcuts for a page: one listener on the document that always calls the latest
// handler, told whether the user is typing in a field (see typing.ts) so every page applies
// the same rule.
import { useEffect, useEffectEvent } from "react";
import { isTypingTarget } from "./typing";

export function useKeyDown(
  handler: (e: KeyboardEvent, context: { typing: boolean }) => void,
  enabled = true,
): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.isComposing) return;
    handler(e, { typing: isTypingTarget(e.target) });
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
}
