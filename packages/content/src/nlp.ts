// The one place that talks to wink-nlp: tokens with part of speech, lemmas, character offsets
// and wink's own entity spans (numbers, dates, percentages, durations).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  /** Index in the analysed document. */
  i: number;
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Character offsets into the analysed text. */
  start: number;
  end: number;
}

export interface WinkEntity {
  type: string;
  /** Inclusive token indices. */
  first: number;
  last: number;
}

export interface AnalysedSentence {
  /** Inclusive token indices. */
  first: number;
  last: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: AnalysedSentence[];
  entities: WinkEntity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

// Loading the model takes ~90 ms; do it once per process, on first use.
function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

/** Tokenise, tag and split `text` into sentences; offsets are relative to `text`. */
export function analyse(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  // wink's typings model each `its` helper separately; all three return one string per token.
  const tokenOut = doc.tokens().out as (f: unknown) => unknown;
  const values = tokenOut(its.value) as string[];
  const pos = tokenOut(its.pos) as string[];
  const lemmas = tokenOut(its.lemma) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // wink keeps each token's original characters, so finding them in order yields offsets.
    const at = text.indexOf(value, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    cursor = end;
    tokens.push({
      i,
      value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      start,
      end,
    });
  });
  const sentences: AnalysedSentence[] = [];
  type Item = { out: (f: unknown) => unknown };
  doc.sentences().each((s: Item) => {
    const span = s.out(its.span) as [number, number];
    sentences.push({ first: span[0], last: span[1] });
  });
  const entities: WinkEntity[] = [];
  doc.entities().each((e: Item) => {
    const span = e.out(its.span) as [number, number];
    entities.push({ type: e.out(its.type) as string, first: span[0], last: span[1] });
  });
  return { tokens, sentences, entities };
}
