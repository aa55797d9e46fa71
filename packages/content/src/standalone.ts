// Whether a statement stands alone: a student reads it without the sentences around it, so it
// may not lean on a referent it does not name ("They often live…", "These competing narratives…",
// "The process has stalled"). Used on facts (a fact that leans is dropped) and by the validator
// on prompts.

// Lead-ins the question types put before the fact's own words.
const LEAD_IN =
  /^(true or false:\s*|fill in the blank:\s*|according to [^,]{1,80},\s*|the (article|writer|author) (argues|says|reports|suggests) that\s*)/i;

const PRONOUN_OPENERS = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "this",
  "these",
  "those",
  "that",
  "such",
  "both",
  "others",
  "another",
  "here",
]);

// Shell nouns (Schmid, 2000): abstract nouns whose content is given elsewhere in the text. As a
// bare subject ("The process has stalled") they point back to something the fact does not say.
const SHELL_NOUNS = new Set([
  "development",
  "developments",
  "move",
  "process",
  "decision",
  "situation",
  "crisis",
  "incident",
  "issue",
  "step",
  "measure",
  "measures",
  "reality",
  "approach",
  "matter",
  "problem",
  "event",
  "plan",
  "deal",
  "idea",
  "change",
  "effort",
  "trend",
  "announcement",
  "statement",
  "claim",
  "claims",
  "case",
  "episode",
  "practice",
  "policy",
  "proposal",
  "outcome",
  "result",
  "results",
  "report",
  "findings",
  "latter",
  "former",
  "same",
  "rest",
  "group",
  "company",
  "firm",
  "man",
  "woman",
  "boy",
  "girl",
  "suspect",
  "victim",
  "player",
  "singer",
  "star",
  "actor",
  "minister",
  "official",
  "move",
]);

// Time nouns a demonstrative may go with and still stand alone ("this year").
const DEICTIC_TIME =
  /^(year|week|month|season|summer|winter|spring|autumn|morning|evening|time|weekend|decade|century)$/;

const THIRD_PERSON = /^(he|she|him|his|her|hers|they|them|their|theirs|it|its)$/i;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function bare(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * Why a statement does not stand alone, or undefined when it does. `text` is a full statement
 * (a fact, a true/false prompt, a cloze prompt): its lead-in is skipped before reading it.
 */
export function danglingReferent(text: string): string | undefined {
  let body = text;
  for (let i = 0; i < 3; i++) {
    const m = LEAD_IN.exec(body);
    if (!m) break;
    body = body.slice(m[0].length);
  }
  const ws = words(body);
  if (!ws.length) return undefined;
  const first = bare(ws[0]!);
  const second = ws[1] ? bare(ws[1]) : "";
  if (PRONOUN_OPENERS.has(first)) {
    if ((first === "this" || first === "that") && DEICTIC_TIME.test(second)) return undefined;
    if (first === "it" && /^(is|was|has been|will be|would be)$/.test(second)) {
      // "It is important to…" / "It was the first…": an empty subject, but still no referent
      // of its own; keep only the extraposed kinds.
      if (/\b(to|that)\b/.test(ws.slice(2, 6).join(" ").toLowerCase())) return undefined;
    }
    return `opens with "${ws[0]}", whose referent is in another sentence`;
  }
  if ((first === "the" || first === "a") && SHELL_NOUNS.has(second)) {
    const third = ws[2] ? bare(ws[2]) : "";
    // "The group of …", "The case against X": the noun is completed in place.
    if (!/^(of|against|for|to|that|in|at|on|from|by|between|which|who|whose)$/.test(third))
      return `"${ws[0]} ${ws[1]}" points back to something the statement does not name`;
  }
  // A demonstrative or "such" determiner later in the subject still leans on another sentence.
  for (let i = 0; i < Math.min(ws.length - 1, 8); i++) {
    const w = bare(ws[i]!);
    if ((w === "these" || w === "those" || w === "such") && !/^(as|that)$/.test(bare(ws[i + 1]!)))
      return `"${ws[i]} ${ws[i + 1]}" points back to another sentence`;
  }
  // A third-person pronoun with no name before it to refer to.
  const pronoun = ws.findIndex((w) => THIRD_PERSON.test(bare(w)));
  if (pronoun >= 0) {
    const before = ws.slice(0, pronoun);
    const named = before.some(
      (w, i) => /^["(]?\p{Lu}/u.test(w) && (i > 0 || !/^(The|A|An)$/.test(w)),
    );
    const pluralNoun = before.some((w) => /^[a-z]{4,}s[,.]?$/.test(w));
    const p = bare(ws[pronoun]!);
    const ok =
      named ||
      (/^(they|them|their|theirs)$/.test(p) && pluralNoun) ||
      (/^(it|its)$/.test(p) && before.length >= 2);
    if (!ok) return `"${ws[pronoun]}" has no referent in the statement`;
  }
  if (/\b(said|says|added|adds),\s+adding\b/i.test(body)) return "a quotation has lost its speaker";
  if (/^\s*,|^\s*(and|but|or|so|yet|nor)\b/i.test(body))
    return "opens with a connective that needs the previous sentence";
  return undefined;
}
