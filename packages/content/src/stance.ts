// Stance: is a sentence the article's own statement, somebody's claim, an allegation, or an
// opinion? Anything built from a claim must keep saying whose claim it is.
import type { Token } from "./nlp";
import type { ReadSentence } from "./read-article";
import type { Stance } from "./types";

export interface StanceReading {
  stance: Stance;
  attribution: string | null;
  /**
   * A lead-in that carries the attribution and must stay in front of anything built from the
   * sentence ("According to official claims, "). Character offsets into the article.
   */
  leadEnd: number | null;
  /** The verb that reports the claim, for "Who argued…?" prompts ("argue", "allege"). */
  verb: string | null;
  /** Where the reported content starts (after "that"), for attribution prompts. */
  contentStart: number | null;
  /**
   * Where a closing ", according to X." starts: the source goes in front of anything built from
   * the sentence ("According to a report by CNBC, …") and the words after this offset go.
   */
  trailStart?: number;
}

const SPEECH_VERBS = new Set([
  "say",
  "state",
  "claim",
  "maintain",
  "argue",
  "believe",
  "tell",
  "report",
  "add",
  "note",
  "insist",
  "warn",
  "announce",
  "assert",
  "contend",
  "suggest",
  "indicate",
  "allege",
  "accuse",
  "deny",
  "confirm",
  "declare",
  "urge",
  "stress",
  "reiterate",
  "emphasise",
  "emphasize",
  "acknowledge",
  "admit",
  "predict",
  "estimate",
  "fear",
  "hope",
  "expect",
  "write",
  "observe",
]);

const ALLEGE_VERBS = new Set(["allege", "accuse"]);

const MODALS = new Set(["should", "must", "may", "might", "could", "ought"]);

const EVALUATIVE = new Set([
  "essential",
  "important",
  "crucial",
  "necessary",
  "vital",
  "imperative",
  "unfortunate",
  "regrettable",
  "welcome",
  "worrying",
  "alarming",
  "unacceptable",
  "shameful",
  "laudable",
  "commendable",
  "disappointing",
  "deplorable",
  "need",
  "ought",
  "durable",
  "meaningful",
]);

// Subjects that are pronouns or vague do not name a source worth quizzing on their own.
const VAGUE_SOURCES = new Set([
  "it",
  "this",
  "that",
  "they",
  "he",
  "she",
  "we",
  "i",
  "you",
  "which",
  "who",
]);

function textOf(sentence: ReadSentence, first: number, last: number): string {
  const a = sentence.tokens[first];
  const b = sentence.tokens[last];
  if (!a || !b || last < first) return "";
  return sentence.text.slice(a.start - sentence.start, b.end - sentence.start);
}

// Verbs that report speech only when a clause follows: "claimed that …", not "claimed the lives".
const NEEDS_COMPLEMENT = new Set([
  "claim",
  "report",
  "add",
  "note",
  "indicate",
  "suggest",
  "expect",
  "fear",
  "hope",
  "estimate",
  "predict",
  "observe",
  "confirm",
  "deny",
  "write",
  "tell",
  "warn",
  "urge",
  "stress",
  "admit",
  "acknowledge",
  "believe",
  "declare",
  "announce",
]);

/** The reporting verb's lemma; wink tags "alleged" before "that" as an adjective. */
function speechLemma(t: Token, next: Token | undefined): string | undefined {
  if (t.lower === "alleged" && next?.lower === "that") return "allege";
  return t.pos === "VERB" && SPEECH_VERBS.has(t.lemma) && !/ing$/.test(t.lower)
    ? t.lemma
    : undefined;
}

function isFiniteSpeechVerb(t: Token, next: Token | undefined): boolean {
  const lemma = speechLemma(t, next);
  if (!lemma) return false;
  if (t.lemma !== lemma) return true;
  if (!NEEDS_COMPLEMENT.has(t.lemma)) return true;
  return (
    next !== undefined &&
    (next.lower === "that" || next.value === ":" || next.value === '"' || next.value === ",")
  );
}

// "This criteria says", "Section 3A of the article says": a document or a pointer, not a source
// a learner could name.
function isNamedSource(source: string): boolean {
  return (
    !/^(this|these|that|those|such)\b/i.test(source) &&
    !/\b(section|clause|article|paragraph)\b/i.test(source)
  );
}

/** Reads the stance of a sentence from its words. */
export function readStance(sentence: ReadSentence): StanceReading {
  const tokens = sentence.tokens;
  const none: StanceReading = {
    stance: "stated",
    attribution: null,
    leadEnd: null,
    verb: null,
    contentStart: null,
  };
  const text = sentence.text;

  // "According to official claims, …" / "From Islamabad's perspective, …"
  const lead =
    // The source may carry a place in apposition: "…Institute of Health (NIH), Islamabad, …".
    /^(According to|As per|In the view of|In the words of)\s+([^,]{2,140}?(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)?)?),\s*/i.exec(
      text,
    ) ??
    /^(From)\s+([^,]{2,60}?)'s?\s+(?:perspective|point of view|standpoint|view),\s*/i.exec(text);
  if (lead) {
    const source = lead[2]!.trim();
    return {
      stance: "attributed",
      attribution: source,
      leadEnd: sentence.start + lead[0].length,
      verb: null,
      contentStart: sentence.start + lead[0].length,
    };
  }

  // "…has raised $9 million, according to a report by CNBC.": the source closes the sentence.
  // ("…saved $17 million in flood damage, the EPA reports.": the same.)
  const trail =
    /,\s+according to\s+([^,"]{2,80}?)[.!]?$/i.exec(text) ??
    /,\s+((?:the )?(?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,4}) (?:reports|reported|says|estimates)[.!]?$/.exec(
      text,
    );
  // ("…in Velden, health officials said on Tuesday.": a group that speaks for its office.)
  const group =
    /,\s+((?:the )?(?:[a-z]+ ){0,2}(?:officials|police|authorities|experts|doctors|scientists|researchers|investigators|prosecutors))\s+(?:said|say|says)(?:\s+(?:on|last|this)\s+\w+)?[.!]?$/.exec(
      text,
    );
  const closing = trail ? (isNamedSource(trail[1]!) ? trail : null) : group;
  if (closing && closing.index >= 20) {
    return {
      stance: "attributed",
      attribution: closing[1]!.trim(),
      leadEnd: null,
      verb: null,
      contentStart: sentence.start,
      trailStart: sentence.start + closing.index,
    };
  }

  // "X said/argued/maintains (that) …": the subject before a finite speech verb, at the start.
  for (let i = 1; i < Math.min(tokens.length, 12); i++) {
    const t = tokens[i]!;
    if (!isFiniteSpeechVerb(t, tokens[i + 1])) continue;
    let subjectEnd = i - 1;
    while (
      subjectEnd >= 0 &&
      (tokens[subjectEnd]!.pos === "AUX" || tokens[subjectEnd]!.pos === "ADV")
    )
      subjectEnd--;
    const subjectTokens = tokens.slice(0, subjectEnd + 1);
    if (!subjectTokens.length || subjectTokens.some((x) => x.pos === "VERB" || x.value === ","))
      break;
    // A quotation's opening mark is not part of the speaker: '"It said …' has no named source.
    const source = textOf(sentence, 0, subjectEnd)
      .replace(/^["']+\s*/, "")
      // "Sindh Chief Minister … Shah on Saturday said": the day is when, not who.
      .replace(
        /\s+(on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|earlier|also|later|on \w+ \d{1,2})$/i,
        "",
      );
    if (!source || VAGUE_SOURCES.has(source.toLowerCase()) || !isNamedSource(source)) break;
    const next = tokens[i + 1];
    const lemma = speechLemma(t, next) ?? t.lemma;
    const contentFirst = next?.lower === "that" ? i + 2 : i + 1;
    const contentTok = tokens[contentFirst];
    const allege = ALLEGE_VERBS.has(lemma);
    return {
      stance: allege ? "alleged" : "attributed",
      attribution: source,
      leadEnd: null,
      verb: lemma,
      contentStart: contentTok ? contentTok.start : null,
    };
  }

  // "…, alleging civilian casualties": the allegation belongs to the main clause's subject.
  // "…criticised the government for claiming …": the claim is the government's, not the
  // subject's, so a participle after "for" or "of" is not the subject's allegation.
  const alleging = tokens.find(
    (t, i) =>
      /^(alleging|accusing|claiming)$/.test(t.lower) &&
      !/^(for|of)$/.test(tokens[i - 1]?.lower ?? ""),
  );
  if (alleging) {
    let k = 0;
    while (k < tokens.length && ["ADV", "CCONJ", "PUNCT", "SCONJ"].includes(tokens[k]!.pos)) k++;
    // Skip a leading discourse marker such as "However,".
    const comma = tokens.findIndex((t, idx) => idx < 4 && t.value === ",");
    if (comma >= 0 && comma < 3) k = comma + 1;
    let end = k;
    while (
      end < tokens.length &&
      ["DET", "PROPN", "ADJ", "NOUN", "PART"].includes(tokens[end]!.pos)
    )
      end++;
    const source = textOf(sentence, k, end - 1);
    if (source && !VAGUE_SOURCES.has(source.toLowerCase())) {
      return {
        stance: alleging.lower === "claiming" ? "attributed" : "alleged",
        attribution: source,
        leadEnd: null,
        verb: alleging.lemma,
        contentStart: tokens[alleging.i + 1]?.start ?? null,
      };
    }
  }

  // Hearsay: "Reports indicate …", "a reported 45 percent increase".
  if (/^reports?\b/i.test(text) || tokens.some((t) => t.lower === "reportedly")) {
    return {
      stance: "attributed",
      attribution: "reports",
      leadEnd: null,
      verb: "report",
      contentStart: null,
    };
  }
  const reported = tokens.find((t, i) => t.lower === "reported" && tokens[i - 1]?.pos === "DET");
  if (reported) {
    return {
      stance: "attributed",
      attribution: "reports",
      leadEnd: null,
      verb: "report",
      contentStart: null,
    };
  }

  // Quoted speech with no named speaker is still somebody's words.
  if (/^"[^"]+"\.?$/.test(text.trim())) {
    return {
      stance: "attributed",
      attribution: "a quoted source",
      leadEnd: null,
      verb: "say",
      contentStart: null,
    };
  }

  // The writer's own judgement: modal verbs of prediction or obligation, evaluative words.
  // Only the main clause counts: "assured … that territory would not be used" is reported, not opined.
  const main = mainClause(tokens);
  // ("would" and "can" report a plan or an ability — "the cruise phase would end with a
  // recuperation period" — unless hedged as a forecast: "would likely inflict".)
  const modal = main.some(
    (t, i) =>
      t.pos === "AUX" &&
      (MODALS.has(t.lower) ||
        (t.lower === "would" &&
          /^(likely|probably|certainly|surely|undoubtedly|almost|inevitably)$/.test(
            main[i + 1]?.lower ?? "",
          ))),
  );
  const evaluative = main.some((t) => EVALUATIVE.has(t.lower));
  if (modal || evaluative) return { ...none, stance: "opinion" };
  return none;
}

/** The clause before a "that" or a speech verb: what the sentence itself asserts. */
function mainClause(tokens: ReadSentence["tokens"]): ReadSentence["tokens"] {
  const thatAt = tokens.findIndex(
    (t) => t.lower === "that" || (t.pos === "VERB" && SPEECH_VERBS.has(t.lemma)),
  );
  return thatAt > 0 ? tokens.slice(0, thatAt) : tokens;
}

/**
 * Whether the sentence judges: an obligation ("should", "must", "ought") or an evaluative word
 * in its main clause. "The mission would have to be designed…" and "the mass could be reduced"
 * predict or hedge, as reports of science and plans do; they argue nothing.
 */
export function judges(sentence: ReadSentence): boolean {
  return mainClause(sentence.tokens).some(
    (t) => (t.pos === "AUX" && /^(should|must|ought)$/.test(t.lower)) || EVALUATIVE.has(t.lower),
  );
}

// The writer's stance markers (Hyland's metadiscourse, 2005): hedges ("arguably", "perhaps"),
// boosters ("clearly", "of course"), attitude markers ("unfortunately", "absurd") and what
// ought to be done ("should", "needs to"). A report leaves them to the people it quotes.
const STANCE_MARKERS =
  /\b(arguably|simply|clearly|obviously|surely|truly|really|perhaps|indeed|of course|undoubtedly|certainly|frankly|honestly|sadly|unfortunately|fortunately|remarkably|ironically|absurd|ridiculous|should|must|ought|deserves?|needs? to)\b/gi;

/** How many stance markers a sentence has outside its quotations. */
export function stanceMarkers(sentence: ReadSentence): number {
  return sentence.text.replace(/"[^"]*"|“[^”]*”/g, " ").match(STANCE_MARKERS)?.length ?? 0;
}
