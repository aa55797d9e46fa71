// Reading an article: clean page debris, find the title, paragraphs and sentences with offsets.
import { ArticleError, MAX_ARTICLE_BYTES } from "./errors";
import { contentId, hashText } from "./hash";
import { analyse, type Analysis, type Token } from "./nlp";
import type { Article, Paragraph, Sentence } from "./types";

/** A sentence with the NLP analysis the rest of the pipeline needs. */
export interface ReadSentence extends Sentence {
  /** Tokens with offsets into `Article.text`. */
  tokens: Token[];
  /** wink entity spans, as inclusive indices into `tokens`. */
  winkEntities: { type: string; first: number; last: number }[];
}

export interface ReadArticle {
  article: Article;
  sentences: ReadSentence[];
}

// Lines a web page leaves behind that are not part of the article.
const DEBRIS_LINE =
  /^(scroll to top|back to top|advertisement|share( this)?( article)?|read more|related( articles)?|subscribe|follow us.*|click here.*|print|email)\.?$/i;

// Boilerplate sentences sites glue onto the end of an article.
const DEBRIS_SENTENCE =
  /\s*(Dear (visitor|reader)s?,[^.]*\.|The comments section[^.]*\.|Published in [A-Z][\w ]*, [A-Z][a-z]+ \d{1,2}(st|nd|rd|th)?,? \d{4}\.?|Follow (us|Dawn)[^.]*\.|Scroll to Top)\s*/g;

/** Byte length of a string as UTF-8, without allocating a buffer. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether text read from a file is really binary: NUL bytes, undecodable runs, control codes. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000") || text.includes("\ufffd\ufffd")) return true;
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.01;
}

/** Rejects input that is not article text, with a one-line reason. */
export function assertArticleText(text: string): void {
  if (utf8Length(text) > MAX_ARTICLE_BYTES) {
    throw new ArticleError(
      "TOO_LARGE",
      `article is larger than the limit of ${MAX_ARTICLE_BYTES.toLocaleString("en")} bytes`,
    );
  }
  if (looksBinary(text)) throw new ArticleError("NOT_TEXT", "input looks binary, not text");
  if (text.trim() === "") throw new ArticleError("EMPTY", "article is empty");
}

/** Marks the end of a sub-heading the source glued to the next sentence. */
export const SUB_HEADING = "\u2063";

/** Whether a sentence is a sub-heading the source glued to the text (normaliseLine marks it). */
export function isSubHeading(sentence: { text: string }): boolean {
  return sentence.text.includes(SUB_HEADING);
}

/** Normalises one line of prose: quotes, invisible characters, glued sentences, spacing. */
export function normaliseLine(line: string): string {
  return (
    line
      .normalize("NFC")
      // Soft hyphens and zero-width characters are invisible in print but split words for NLP.
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
      .replace(/[\u2013\u2014]/g, (d) => (d === "\u2014" ? " - " : "-"))
      // An ellipsis between spaces is kept: it marks words lost in scraping (see below).
      .replace(/(?<! )\u2026|\u2026(?! )/g, "...")
      .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
      // 'endemic"."He said': one quotation closes and the next opens with no space between.
      .replace(/([\p{L}\p{N}])"([.!?])"(?=\p{Lu})/gu, '$1"$2 "')
      // A sub-heading glued to the next sentence: "immunisation effortsAn NIH official said".
      // It is cut off with a full stop and marked with an invisible separator (U+2063), so
      // facts are never built on its headlinese (see isSubHeading).
      .replace(
        /(\p{Ll}{3,})(The|An|A|He|She|It|They|This|In|On|According|However|Meanwhile)(?= )/gu,
        `$1${SUB_HEADING}. $2`,
      )
      // "on Saturday.Six terrorists": a full stop glued to the next sentence's first word.
      .replace(/([a-z0-9%)"']{2})([.!?]["')]?)(?=["(]?[A-Z][a-z])/g, "$1$2 ")
      // Links removed by scraping leave empty brackets and spaces before punctuation.
      .replace(/\(\s*\)|\[\s*\]/g, "")
      // "newspapers, including , splashed": the named thing was a link and is gone.
      .replace(/\b(including|such as|named|called)\s*,/g, ",")
      // "there have been  of the IMF": two spaces between lower-case words mean a linked word
      // was lost in scraping. Mark the gap as an omission so no fact is built on the sentence.
      .replace(/([\p{Ll},]) {2,}(?=\p{Ll})/gu, "$1 \u2026 ")
      .replace(/ {2,}/g, " ")
      .replace(/ +([,.;:!?)])/g, "$1")
      .replace(/, *,/g, ",")
      .trim()
  );
}

// A line of topic tags: several short capitalised phrases separated by commas, no verb-like
// sentence ending. It sits between the title and the body on many news sites.
function looksLikeTagLine(line: string): boolean {
  if (/[.!?]["')]?$/.test(line)) return false;
  const parts = line.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 3) return false;
  const capitalised = parts.filter((p) => /^[A-Z0-9"']/.test(p) && p.split(" ").length <= 12);
  return capitalised.length === parts.length;
}

interface Block {
  text: string;
}

/** Splits raw input into title, tags and body paragraphs, already normalised. */
function splitBlocks(raw: string): { title: string; tags: string[]; paragraphs: string[] } {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: current.join(" ") });
    current = [];
  };
  for (const rawLine of lines) {
    const line = normaliseLine(rawLine);
    if (line === "") flush();
    else if (DEBRIS_LINE.test(line)) flush();
    else current.push(line);
  }
  flush();
  const texts = blocks
    .map((b) => normaliseLine(b.text.replace(DEBRIS_SENTENCE, " ")))
    // A dateline ("ISLAMABAD: The second polio case…") names the desk, not part of the story.
    .map((t) => t.replace(/^[A-Z][A-Z .'/-]{2,40}:\s+(?=["A-Z])/, ""))
    // "ALGIERS (Reuters) - ", "LONDON, Dec 3 (AP) — ", "NEW YORK -- ": an agency's dateline.
    .map((t) =>
      t.replace(
        /^[A-Z][A-Z .'/-]{2,40}(?:,[^()\n]{1,30})?\s*(?:\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|PTI|IANS|APP|Xinhua|CNN)\)\s*)?(?:-{1,2}|[–—])\s+(?=["A-Z])/,
        "",
      ),
    )
    // "PAKISTAN'S politicians…": a paragraph's first word set in capitals is typography.
    .map((t) =>
      t.replace(
        /^([A-Z])([A-Z]{3,})('S)?(?= [a-z])/,
        (_, a: string, b: string, s?: string) => a + b.toLowerCase() + (s ? "'s" : ""),
      ),
    )
    // "THE Southern Strikers claimed…": the same with an article before a name.
    .map((t) =>
      t.replace(/^(THE|AN?)(?= [A-Z][a-z])/, (w: string) => w[0] + w.slice(1).toLowerCase()),
    )
    .filter((t) => t !== "");
  let title = "";
  // The first block is the headline when it is short and does not read as a paragraph of
  // several sentences; stray line breaks inside it were joined above.
  const first = texts[0];
  if (first !== undefined && first.length <= 200 && texts.length > 1 && !/[.]$/.test(first)) {
    title = first;
    texts.shift();
  }
  let tags: string[] = [];
  const maybeTags = texts[0];
  if (maybeTags !== undefined && texts.length > 1 && looksLikeTagLine(maybeTags)) {
    tags = maybeTags.split(/\s*,\s*/).filter(Boolean);
    texts.shift();
  }
  return { title, tags, paragraphs: texts };
}

/**
 * The tagger ends a sentence at every "!" and "?", also inside a quotation: "…chanting "No vote!
 * We want freedom!" as the authorities held an election" is one sentence. A sentence whose
 * quotation ended by "!" or "?" and still open joins the next one that closes it, and one ended
 * by "!" or "?" joins a next one that goes on in lower case.
 */
function mergeQuotedBreaks(analysis: Analysis, paragraphText: string): Analysis["sentences"] {
  const out: Analysis["sentences"] = [];
  const textOf = (first: number, last: number) =>
    paragraphText.slice(analysis.tokens[first]!.start, analysis.tokens[last]!.end);
  for (const s of analysis.sentences) {
    const previous = out[out.length - 1];
    if (previous && analysis.tokens[s.first] && analysis.tokens[previous.last]) {
      const before = textOf(previous.first, previous.last);
      const next = textOf(s.first, s.last);
      // (A quotation of several sentences ended by full stops stays split: its last sentence
      // carries the speech tag on its own.)
      const exclaimed = /[!?]["')]?$/.test(before);
      const open = (before.match(/"/g)?.length ?? 0) % 2 === 1;
      const goesOn = /^\p{Ll}/u.test(next);
      if (exclaimed && ((open && next.includes('"')) || goesOn)) {
        out[out.length - 1] = { first: previous.first, last: s.last };
        continue;
      }
      // "Michael Shadlen, Ph. | D., of Columbia University…": an abbreviation's own full stops
      // ("Ph.D.", "M.D.") end no sentence.
      if (/\b\p{Lu}\p{Ll}?\.$/u.test(before) && /^\p{Lu}\.,?\s/u.test(next)) {
        out[out.length - 1] = { first: previous.first, last: s.last };
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

/** Reads an article: cleaned text, title, paragraphs, sentences with offsets, and NLP tokens. */
export function readArticle(raw: string): ReadArticle {
  assertArticleText(raw);
  const { title, tags, paragraphs: bodies } = splitBlocks(raw);
  const body = bodies.length ? bodies : title ? [title] : [];
  const effectiveTitle = bodies.length ? title : "";
  let text = effectiveTitle ? `${effectiveTitle}\n\n` : "";
  const paragraphs: Paragraph[] = [];
  const sentences: ReadSentence[] = [];
  const seen = new Map<string, number>();
  body.forEach((paragraphText, index) => {
    const offset = text.length;
    text += paragraphText;
    const paragraph: Paragraph = {
      index,
      start: offset,
      end: offset + paragraphText.length,
      sentenceIds: [],
    };
    const analysis: Analysis = analyse(paragraphText);
    const shifted = analysis.tokens.map((t) => ({
      ...t,
      start: t.start + offset,
      end: t.end + offset,
    }));
    for (const s of mergeQuotedBreaks(analysis, paragraphText)) {
      const tokens = shifted.slice(s.first, s.last + 1);
      const firstToken = tokens[0];
      const lastToken = tokens[tokens.length - 1];
      if (!firstToken || !lastToken) continue;
      // From the paragraph, not the growing article: a slice of `text` would keep a flattened
      // copy of the whole article alive per sentence (gigabytes on a 1 MB article).
      const sentenceText = paragraphText.slice(firstToken.start - offset, lastToken.end - offset);
      if (!/[\p{L}\p{N}]/u.test(sentenceText)) continue;
      const n = (seen.get(sentenceText) ?? 0) + 1;
      seen.set(sentenceText, n);
      // Ids come from the sentence's own words, so they survive edits elsewhere in the article.
      const id = contentId("s", sentenceText, String(n));
      const winkEntities = analysis.entities
        .filter((e) => e.first >= s.first && e.last <= s.last)
        .map((e) => ({ type: e.type, first: e.first - s.first, last: e.last - s.first }));
      sentences.push({
        id,
        paragraph: index,
        text: sentenceText,
        start: firstToken.start,
        end: lastToken.end,
        tokens: tokens.map((t, i) => ({ ...t, i })),
        winkEntities,
      });
      paragraph.sentenceIds.push(id);
    }
    paragraphs.push(paragraph);
    if (index < body.length - 1) text += "\n\n";
  });
  if (sentences.length === 0) {
    throw new ArticleError("NO_SENTENCES", "no sentences found in the article");
  }
  const article: Article = {
    title: effectiveTitle || sentences[0]!.text.slice(0, 120),
    hash: hashText(text),
    text,
    tags,
    paragraphs,
    sentences: sentences.map(({ id, paragraph, text: t, start, end }) => ({
      id,
      paragraph,
      text: t,
      start,
      end,
    })),
  };
  return { article, sentences };
}
