"use client";
// The article's text beside the review, with the chosen question's or fact's source sentences
// highlighted and scrolled into view inside the article's own scroll area.
import { useEffect, useMemo, useRef } from "react";
import { sentencesByParagraph } from "./paragraphs";
import type { Review } from "./types";

export function ArticleText({ review, highlighted }: { review: Review; highlighted: Set<string> }) {
  const container = useRef<HTMLElement>(null);
  const paragraphs = useMemo(() => sentencesByParagraph(review.sentences), [review.sentences]);
  const first = review.sentences.find((s) => highlighted.has(s.id))?.id;

  // Bring the highlighted sentence into view inside the article's own scroll area. Where the
  // article is no scroll area of its own (a phone, the article above the questions) the page
  // stays put: scrolling it would pull the card just tapped, and its Edit button, away.
  useEffect(() => {
    const box = container.current;
    const el = first ? document.getElementById(`review-s-${first}`) : null;
    if (!box || !el) return;
    const top = el.offsetTop - box.clientHeight / 3;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    box.scrollTo({ top: Math.max(0, top), behavior: smooth ? "smooth" : "auto" });
  }, [first]);

  return (
    <section
      ref={container}
      aria-labelledby="article-heading"
      tabIndex={0}
      className="relative rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
    >
      <h2 id="article-heading" className="mb-3 text-lg font-semibold">
        The article
      </h2>
      <div className="max-w-prose space-y-3 leading-relaxed">
        {paragraphs.map(([index, sentences]) => (
          <p key={index}>
            {sentences.map((s, i) => {
              const gap = i > 0 ? review.text.slice(sentences[i - 1]!.end, s.start) : "";
              const on = highlighted.has(s.id);
              return (
                <span key={s.id}>
                  {gap}
                  {on ? (
                    <mark
                      id={`review-s-${s.id}`}
                      data-highlighted="true"
                      className="rounded bg-amber-200 px-0.5 text-slate-950 outline-2 outline-amber-600"
                    >
                      <span className="sr-only">Source: </span>
                      {s.text}
                    </mark>
                  ) : (
                    <span id={`review-s-${s.id}`}>{s.text}</span>
                  )}
                </span>
              );
            })}
          </p>
        ))}
      </div>
    </section>
  );
}
