// A source sentence shown where it sits in the article: its paragraph, with the sentence marked.
import type { ArticleView, FeedbackSource } from "./types";

interface Passage {
  paragraph: number;
  start: number;
  end: number;
  marks: FeedbackSource[];
}

/** The paragraphs the sources come from, in article order, each with its sources to mark. */
export function passagesFor(article: ArticleView, sources: readonly FeedbackSource[]): Passage[] {
  const byParagraph = new Map<number, Passage>();
  for (const source of sources) {
    let passage = byParagraph.get(source.paragraph);
    if (!passage) {
      const sentences = article.sentences.filter((s) => s.paragraph === source.paragraph);
      if (!sentences.length) continue;
      passage = {
        paragraph: source.paragraph,
        start: Math.min(...sentences.map((s) => s.start)),
        end: Math.max(...sentences.map((s) => s.end)),
        marks: [],
      };
      byParagraph.set(source.paragraph, passage);
    }
    if (!passage.marks.some((m) => m.id === source.id)) passage.marks.push(source);
  }
  for (const p of byParagraph.values()) p.marks.sort((a, b) => a.start - b.start);
  return [...byParagraph.values()].sort((a, b) => a.start - b.start);
}

function PassageText({ text, passage }: { text: string; passage: Passage }) {
  const pieces: React.ReactNode[] = [];
  let at = passage.start;
  for (const mark of passage.marks) {
    if (mark.start < at || mark.end > passage.end) continue;
    if (mark.start > at) pieces.push(text.slice(at, mark.start));
    pieces.push(
      <mark key={mark.id} className="rounded-sm bg-amber-200 px-0.5 text-slate-950">
        <span className="sr-only">Source sentence: </span>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < passage.end) pieces.push(text.slice(at, passage.end));
  return <>{pieces}</>;
}

export function SourceInContext({
  article,
  articleId,
  sources,
}: {
  article: ArticleView | undefined;
  articleId: string | null;
  sources: readonly FeedbackSource[];
}) {
  if (!sources.length) return null;
  const passages = article ? passagesFor(article, sources) : [];
  const link = articleId ? `/articles/${articleId}#sentence-${sources[0]!.id}` : null;
  const [first, ...rest] = passages;

  return (
    <div className="space-y-2">
      {first ? (
        <>
          <blockquote className="border-l-4 border-amber-400 bg-white py-2 pr-2 pl-3 text-slate-800">
            <PassageText text={article!.text} passage={first} />
          </blockquote>
          {rest.length > 0 && (
            <details className="group">
              <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
                {rest.length === 1 ? "One more passage" : `${rest.length} more passages`}
              </summary>
              <div className="mt-2 space-y-2">
                {rest.map((p) => (
                  <blockquote
                    key={p.paragraph}
                    className="border-l-4 border-amber-400 bg-white py-2 pr-2 pl-3 text-slate-800"
                  >
                    <PassageText text={article!.text} passage={p} />
                  </blockquote>
                ))}
              </div>
            </details>
          )}
        </>
      ) : (
        // The article is still loading (or unavailable): the sentences alone.
        sources.map((s) => (
          <blockquote
            key={s.id}
            className="border-l-4 border-amber-400 bg-white py-2 pr-2 pl-3 text-slate-800"
          >
            <mark className="rounded-sm bg-amber-200 px-0.5 text-slate-950">{s.text}</mark>
          </blockquote>
        ))
      )}
      {link && (
        <p className="text-sm">
          <a href={link} target="_blank" rel="noopener" className="text-brand-700 underline">
            Read it in the article<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </div>
  );
}
