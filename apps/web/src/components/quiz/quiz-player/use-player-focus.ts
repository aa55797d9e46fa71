"use client";
// Where focus goes after a move: the new question's heading (or its blank, for a fill-in), the
// Next button after an answer with feedback, or the finish step's heading; and feedback that
// arrives below the fold (phones) scrolled into view.
import { useEffect, useRef } from "react";
import type { QuizQuestion } from "../types";

export function usePlayerFocus({
  current,
  answered,
  feedbackShown,
  position,
}: {
  current: QuizQuestion | null;
  answered: boolean;
  feedbackShown: boolean;
  position: number;
}) {
  const focusNextRef = useRef<"question" | "next" | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const finishHeadingRef = useRef<HTMLHeadingElement>(null);

  // Focus goes where the student's attention should: the new question, or the Next button.
  useEffect(() => {
    const want = focusNextRef.current;
    if (!want) return;
    if (want === "next") {
      if (!nextRef.current) return;
      nextRef.current.focus();
    } else if (current === null) {
      finishHeadingRef.current?.focus();
    } else if (current.type === "cloze" && !answered) {
      document.getElementById(`answer-${current.id}`)?.focus();
    } else {
      headingRef.current?.focus();
    }
    focusNextRef.current = null;
  });

  // When feedback arrives below the fold (phones), bring it into view.
  useEffect(() => {
    const panel = feedbackRef.current;
    if (!feedbackShown || !panel) return;
    const box = panel.getBoundingClientRect();
    if (box.top > window.innerHeight - 80) {
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      panel.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
    }
  }, [feedbackShown, position]);

  return { focusNextRef, headingRef, nextRef, feedbackRef, finishHeadingRef };
}
