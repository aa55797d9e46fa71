// Overgenerate, then score and select (Heilman & Smith, 2010): every candidate that passed the
// validator gets a quality score from named features, and the best question on each of the
// article's top facts goes into the recommended set a teacher sees first.
import { canonicalKey, type Candidate } from "./distractors";
import type { FactUnit } from "./facts";
import { isYear, parseNumber } from "./entities";
import { lookup } from "./gazetteer";
import { GENERIC_ZIPF, isNumberWord, zipf } from "./keyness";
import { looksLikePersonalName, NOT_NAME_WORDS } from "./names";
import { placeOf } from "./places";
import { FALLBACK_SOURCES } from "./questions/attribution";
import type { Draft } from "./questions/draft";
import { isTopic, type Topic } from "./topic";
import type { QuestionType } from "./types";

/** What one question is scored on, each 0..1 (1 is best). */
export interface QuestionFeatures {
  /** How central the question's fact is to the article. */
  importance: number;
  /** The answer is a key term: a name, a number or an uncommon word, not everyday English. */
  keyAnswer: number;
  /** Share of the wrong options the article itself names (1 for types without options). */
  distractorsFromArticle: number;
  /** 1 up to 28 words of prompt, falling to 0 at 60. */
  length: number;
  /** How often the type makes a good question, from judged kits. */
  typePrior: number;
}

export const FEATURE_WEIGHTS: Record<keyof QuestionFeatures, number> = {
  importance: 0.5,
  keyAnswer: 0.12,
  distractorsFromArticle: 0.08,
  length: 0.12,
  typePrior: 0.18,
};

// Share of good questions per type in the judged kits (docs in src/quality/README.md).
const TYPE_PRIOR: Record<QuestionType, number> = {
  attribution: 0.6,
  cloze: 0.8,
  multiple_choice: 0.75,
  true_false: 0.6,
  open: 0.3,
  numeric: 0.6,
  matching: 0.3,
};

/**
 * An open question on an argument the article makes or on two sides' accounts: three of the
 * four on the shipped article's calibration were judged good (the other lost its referent).
 */
const DISCUSSION_PRIOR = 0.75;

/** An open question that asks for a discussion the article itself invites. */
export function isDiscussion(d: Draft): boolean {
  return (
    d.type === "open" &&
    (d.attribution === "the writer" ||
      d.prompt.startsWith("The article reports different accounts"))
  );
}

/** A true statement is easier to guess than a false one with a detail changed. */
const TRUE_STATEMENT_PRIOR = 0.4;

export interface SelectionContext {
  units: ReadonlyMap<string, FactUnit>;
  topic: Topic;
  pool: readonly Candidate[];
  /** Words in the article body. */
  wordCount: number;
  /** The article's sentences' text. */
  sentences: readonly string[];
  /** The first sentence of the body: the lead. */
  leadSentenceId: string;
  headline: string;
}

function answerText(d: Draft): string | undefined {
  if (d.type === "multiple_choice" || d.type === "numeric" || d.type === "attribution")
    return d.answer;
  if (d.type === "cloze") return d.answer;
  if (d.type === "true_false") return d.substitution?.original;
  return undefined;
}

export function questionFeatures(d: Draft, ctx: SelectionContext): QuestionFeatures {
  const importance = Math.max(0, ...d.factIds.map((id) => ctx.units.get(id)?.fact.importance ?? 0));
  const answer = answerText(d);
  let keyAnswer = 0.6;
  if (answer !== undefined) {
    if (/\d/.test(answer)) keyAnswer = 0.9;
    else if (/\p{Lu}/u.test(answer)) keyAnswer = isTopic(ctx.topic, answer) ? 0 : 1;
    else keyAnswer = 0.5;
  }
  let distractorsFromArticle = 1;
  if (d.type === "multiple_choice") {
    const inArticle = articleKeys(ctx.pool);
    const wrong = d.options.filter((o) => o !== d.answer);
    distractorsFromArticle =
      wrong.filter((o) => inArticle.has(canonicalKey(o))).length / wrong.length;
  } else if (d.type === "attribution") {
    distractorsFromArticle = ownSources(d) / 3;
  }
  const words = d.prompt.split(/\s+/).length;
  const length = words <= 28 ? 1 : Math.max(0, 1 - (words - 28) / 32);
  const typePrior =
    d.type === "true_false" && d.answer
      ? TRUE_STATEMENT_PRIOR
      : isDiscussion(d)
        ? DISCUSSION_PRIOR
        : TYPE_PRIOR[d.type];
  return { importance, keyAnswer, distractorsFromArticle, length, typePrior };
}

const STOCK_SOURCES = new Set(FALLBACK_SOURCES.map((s) => s.toLowerCase()));

/** How many wrong options of an attribution question are sources the article itself quotes. */
function ownSources(d: Draft & { options: string[]; answer: string }): number {
  return d.options.filter((o) => o !== d.answer && !STOCK_SOURCES.has(o.toLowerCase())).length;
}

/**
 * Why a valid question may still not be recommended, or undefined. These are the kinds a
 * judged reading found weak or bad far more often than good; the teacher still sees them
 * among the further candidates.
 */
/** Whether capitalised words in the text spell out a short form ("National Institutes of Health" → NIH). */
function spelledOut(text: string, short: string): boolean {
  const runs =
    text.match(/\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|the|on|&)\s+)?\p{Lu}[\p{L}-]*)+/gu) ?? [];
  return runs.some((r) =>
    r
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("")
      .includes(short),
  );
}

/** "____, Missouri police crashed…" → St. Louis: a city in a blank with its state or country after it. */
export function cityBeforeItsRegion(prompt: string, answer: string): boolean {
  const region = /____, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/u.exec(prompt)?.[1];
  const place = region && (placeOf(region) ?? placeOf(region.split(" ")[0]!));
  return !!place && place.subtype !== "city" && placeOf(answer)?.subtype === "city";
}

export function notRecommendable(d: Draft, ctx: SelectionContext): string | undefined {
  const words = d.prompt.split(/\s+/).length;
  // (An open question's own words, "The writer argues that … Do you agree? Give your
  // reasons.", take nine of its words.)
  const limit = d.type === "true_false" || d.type === "cloze" ? 36 : d.type === "open" ? 50 : 42;
  if (words > limit) return "overlong";
  // "worked a excellent chance": the article's own slip, copied into the question.
  if (/\b[Aa] (a|e(?!u)|i|o(?!n[ce]))[a-z]/.test(d.prompt)) return "a slip copied from the article";
  if (d.type === "matching") return "matching items are cut from sentences";
  // "…did not respond to a request for comment": a line every report carries, nothing to learn.
  if (
    /\b(did not|didn't|declined to|could not be reached to) (immediately )?(respond|reply|comment)\b/i.test(
      d.prompt,
    )
  )
    return "a request for comment";
  // "…a section officer of the ministry…", "adjourned the hearing": which ministry, whose
  // hearing, another sentence said.
  if (
    /\b(the|of the) (ministry|department|agency|deportation|inquiry|investigation|probe|hearing|trial)\b(?! (of|for|on|into|in|at|to|that)\b)(?! \p{Lu})/u.test(
      d.prompt.replace(/^(True or false: |Fill in the blank: )/, ""),
    )
  )
    return "a body or a proceeding another sentence named";
  // "…postpone the new system until…", "the proposed new framework would…": which new one
  // another sentence said.
  if (
    /\bthe (proposed|new|planned|latest|current) (new )?(?!study\b)[a-z]+\b(?! (of|for|to|by|from|on|that|which|who|in|at)\b)(?! ["“\p{Lu}\d])/u.test(
      d.prompt,
    )
  )
    return "a new thing another sentence named";
  // 'True or false: "The dollar moved sharply…," said Chris Furness': a quotation to recognise
  // word for word, not a statement to judge.
  if (d.type === "true_false" && /^True or false: ["“]/.test(d.prompt))
    return "a quotation to recognise, not a statement to judge";
  // Self-assessed, and its model answer can only restate the article's sentences: only a
  // discussion an article invites is recommended, an opinion piece's argument or two sides'
  // competing accounts ("Why is this significant?" of any report is not).
  if (d.type === "open" && !isDiscussion(d)) return "open questions need a teacher's model answer";
  if (d.type === "cloze") {
    const answer = d.answer;
    // A single everyday word in the blank usually has a synonym that fits as well.
    if (!/[\p{Lu}\d]/u.test(answer) && answer.split(/\s+/).length < 2 && !isNumberWord(answer))
      return "a one-word blank with synonyms";
    if (answer.split(/\s+/).length > 3) return "too long to type exactly";
    // "surveys completed by ____ people" → 505,796; "hitting ____" → 16.057%: four significant
    // figures or more are rote recall, not a point the article makes (a year is a date).
    if (/^[$£€]?[\d,.]+ ?(%|percent|per cent|pc)?$/.test(answer)) {
      const digits = answer.replace(/[^\d.]/g, "");
      const significant = digits.replace(/\./g, "").replace(/^0+/, "").replace(/0+$/, "");
      if (!isYear(digits) && significant.length >= 4) return "a figure too exact to recall";
    }
    if (
      /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2},? \d{4}\b|\b[A-Z][a-z]{2,8}\.? \d{1,2}\b/.test(
        answer,
      )
    )
      return "a full date to type in one exact form";
    if (/\(\S*____\S*\)/.test(d.prompt)) return "a conversion in brackets";
    // "WeWork's ____ bond": the year names which bond, it is no date the article reports.
    if (/'s ____ \p{Ll}/u.test(d.prompt) && isYear(answer)) return "the blank cuts a name";
    // "the usual ____ inches (127 millimeters)": the conversion beside the blank gives it away.
    if (/____ [\p{L}%]+ \([\d.,]+ ?[\p{L}%]+\)/u.test(d.prompt))
      return "a conversion gives the blank away";
    // "the ____ station": the blank takes only part of a name.
    if (
      /____ (station|road|street|office|court|district|area|town|village|police|party|group|company|club|house)\b/.test(
        d.prompt,
      )
    )
      return "the blank cuts a name";
    // "the ____ Against Cruel Sports", "BBC ____ Today": a capitalised word beside the blank
    // belongs to the same name.
    if (
      /____(?:'s)? (?!I )\p{Lu}|(?<!\S)(?!(?:The|A|An|In|On|At|By|For|From|With|Of|To) )\p{Lu}[\p{L}.]* ____/u.test(
        d.prompt.replace(/^Fill in the blank: /, ""),
      ) &&
      !/^\d/.test(d.answer)
    )
      return "the blank cuts a name";
    // "2001: A ____ to Event Horizon": a capitalised "A" or "The" mid-sentence opens a title
    // the blank cuts.
    // "the Centers for ____ and Prevention": the blank sits inside a longer name.
    if (/\p{Lu}\p{L}* (for|of) ____ (and|of|for) \p{Lu}/u.test(d.prompt))
      return "the blank cuts a name";
    // ("from ____: A Space Odyssey": the year before a title's colon is the title's.)
    if (
      /[\p{L}\d,:;] (A|An|The) ____|____: \p{Lu}/u.test(
        d.prompt.replace(/^Fill in the blank: /, ""),
      )
    )
      return "the blank cuts a name";
    // "Pew Internet ____ & American Life": the blank takes part of a name joined by "&".
    if (/____ & \p{Lu}|\p{Lu}\S* & ____/u.test(d.prompt)) return "the blank cuts a name";
    // "Turkiye's ____": the country gives its city away.
    if (/'s ____/.test(d.prompt) && ctx.pool.some((c) => c.text === d.answer && c.kind === "place"))
      return "a place given away by its country";
    if (cityBeforeItsRegion(d.prompt, d.answer)) return "a place given away by its state";
    // "…the National Institutes of Health added…" → NIH: the name spelled out in the stem.
    if (/^\p{Lu}{2,6}$/u.test(d.answer) && spelledOut(d.prompt, d.answer))
      return "the name spelled out beside the blank";
    // "…, Dr ____ said": asking who said it is the attribution question's job.
    if (/____ (has |had )?(said|says|told|added|argued|claimed)\b/.test(d.prompt))
      return "a speaker in a blank";
    // "the 2002 ____ in Korea and Japan": a dated event is known without the article.
    if (/\b(1[89]|20)\d\d ____/.test(d.prompt) && /^\p{Lu}/u.test(d.answer))
      return "a dated event anyone knows";
    // "exceeded the ____ mark, topping Cuomo 56-44": a majority is half, whatever the article.
    if (
      /____ (mark|threshold)\b/.test(d.prompt) &&
      /^(50|fifty) ?(%|percent|per cent)$/i.test(d.answer)
    )
      return "a majority's familiar threshold";
    // "children under the age of ____": an age limit a student guesses from everyday life.
    if (/\b(age|aged) (of )?____/.test(d.prompt) && /^(\d+|\p{Ll}+)$/u.test(d.answer))
      return "a familiar age limit";
    // "Microsoft chief, ____", "its creator ____": a person the role beside the blank already
    // identifies is known without the article (Bill Gates, Matt Groening).
    if (
      looksLikePersonalName(d.answer) &&
      /\b(chief|creator|founder|boss|owner|president|leader|chairman|head),? ____/.test(d.prompt)
    )
      return "a person the role beside the blank gives away";
    // "in ____ and Wales": one half of a fixed pair is filled in without reading.
    const pair = /(\p{Lu}[\p{L}]+) (?:and|or) ____|____ (?:and|or) (\p{Lu}[\p{L}]+)/u.exec(
      d.prompt,
    );
    if (pair) {
      const other = (pair[1] ?? pair[2])!;
      const phrase = pair[1] ? `${other} and ${d.answer}` : `${d.answer} and ${other}`;
      if (FIXED_PAIRS.has(phrase.toLowerCase())) return "one half of a fixed pair";
    }
    // "in the ____" → "1960s": a decade is a period, not a detail the article teaches.
    if (/^\d{3}0s$/.test(d.answer)) return "a decade";
    // "____ metatarsal bones": one or two of a plural is a guess, not a reading.
    if (/^(1|2|one|two)$/i.test(d.answer)) return "a count too small to test reading";
    // "…will feature ____, Velvet Revolver and Tim McGraw": one name of a list the article may
    // not give in full is no fact to recall, and another of the list fits as well.
    // ("in three Afghan provinces, ____, Paktika and Khost" gives the list in full.)
    const counted =
      /\b(two|three|four|five|six|seven|eight|nine|ten|\d+)( [\p{L}-]+){1,3}, (\p{Lu}[^,]*, )*____/u.test(
        d.prompt,
      );
    if (
      !counted &&
      /^\p{Lu}/u.test(d.answer) &&
      (/____, \p{Lu}[^,.]{0,40}(,| and) \p{Lu}/u.test(d.prompt) ||
        /\p{Lu}[^,.]{0,40}, (\p{Lu}[^,.]{0,40}, )*____( and|,)/u.test(d.prompt) ||
        /\p{Lu}[^,.]{0,40}, \p{Lu}[^,.]{0,40},? and ____/u.test(d.prompt))
    )
      return "one item of a list";
    // The fifth name of a list of nine is arbitrary to recall.
    const at = d.prompt.indexOf("____");
    const around = d.prompt.slice(Math.max(0, at - 80), at + 80);
    if (/^\p{Lu}/u.test(d.answer) && (around.match(/, /g)?.length ?? 0) >= 4)
      return "one item of a long list";
  }
  // "How many metatarsal bones…" → two: one or two of four is a guess, not a reading.
  if (d.type === "numeric" && /^(1|2|one|two)$/i.test(d.answer))
    return "a count too small to test reading";
  // An answer named all through the article is what it is about, whatever the topic finder saw.
  if (
    (d.type === "cloze" || d.type === "multiple_choice") &&
    (/^\p{Lu}/u.test(d.answer) || isNumberWord(d.answer) || /^\d+$/.test(d.answer)) &&
    ctx.sentences.filter((s) => containsWords(s, d.answer)).length >=
      Math.max(3, ctx.sentences.length * 0.3)
  )
    return "the article's subject";
  if (d.type === "multiple_choice") {
    // "…secured in 1984 by whom, was…": "whom" left in place reads as a slip, not a question.
    if (/\b\w+ whom\b/.test(d.prompt)) return "a question word left mid-sentence";
    // "…gave Liverpool the lead from whose pass before the Czech added a third after…": a
    // question word in place with a long sentence still to run is no question a student parses.
    // ("A deadly car bombing in which district claimed the lives of…?" asks early, in the
    // subject, and reads as a question: a teacher kept it.)
    const wh = /\b(which|whom|whose|who|what|where|when|how many|how much)\b/i.exec(d.prompt);
    const before = wh ? d.prompt.slice(0, wh.index).split(/\s+/).filter(Boolean).length : 0;
    const after = wh ? d.prompt.slice(wh.index).split(/\s+/).length : 0;
    if (
      wh &&
      wh.index > 0 &&
      after > 9 &&
      (before > 6 || after > 16 || /,/.test(d.prompt.slice(0, wh.index)))
    )
      return "a question word left mid-sentence";
    // "According to the writer, who, who was then serving?": a question word twice is garbled.
    if (/\b(who|which|what|whose|whom), \1\b/i.test(d.prompt)) return "a question word twice";
    // "…include nominees several people and director Mike Leigh": the list's stand-in does not
    // fit where the names stood.
    if (
      /(\b[a-z]{3,}s|,) several (people|places|organisations|countries|cities|groups)\b/.test(
        d.prompt,
      )
    )
      return "a list's stand-in that does not fit its sentence";
    // People as options must all be people: the name finder also calls "North American" and
    // "Exhibitor Relations" people.
    if (/\b(who|whom|people|person)\b/i.test(d.prompt) && !d.options.every(looksLikePersonalName))
      return "options that are not all people";
    // "Who … said she had witnessed…": a pronoun tells the person's sex, and so the answer.
    if (/^Who\b/.test(d.prompt) && /\b(she|her|he|his|him)\b/i.test(d.prompt))
      return "a pronoun gives the person away";
    const wrong = d.options.filter((o) => o !== d.answer);
    // The story's own parties as wrong options ("mediators such as Pakistan") are absurd.
    if (wrong.some((o) => isTopic(ctx.topic, o))) return "the article's subject as a distractor";
    // A wrong option from outside the article must at least come from the answer's own
    // region: no Pakistani courts in a story about Virginia.
    const inArticle = articleKeys(ctx.pool);
    const region = lookup(d.answer)?.region;
    const foreign = wrong.filter(
      (o) =>
        !inArticle.has(canonicalKey(o)) &&
        (!region || region === "world" || lookup(o)?.region !== region),
    );
    if (foreign.length) return "a distractor from outside the article's world";
  }
  if (d.type === "cloze" || d.type === "numeric") {
    // "BBC Radio ____'s Today Programme": a number inside a name.
    if (/[A-Z][\w]* ____(?!\w)/.test(d.prompt) && /^\d/.test(d.answer))
      return "a number inside a name";
  }
  if (d.type === "cloze" && /^\p{Lu}/u.test(d.answer) && mentionCount(ctx, d.answer) < 2) {
    const unit = ctx.units.get(d.factIds[0]!);
    if (
      unit?.mentions.some((m) => m.entity.text === d.answer && m.entity.kind === "person") &&
      looksLikePersonalName(d.answer)
    )
      return "a minor figure's name to type";
  }
  if (d.type === "attribution") {
    const wrong = d.options.filter((o) => o !== d.answer);
    const average = wrong.reduce((n, o) => n + o.length, 0) / wrong.length;
    if (d.answer.length > 2 * average + 10) return "the key stands out by its length";
    // "Who said that it was satisfied…": the pronoun is the speaker, and singles it out.
    if (/^Who \w+ (that )?(it|they|he|she|its|their|his|her)\b/.test(d.prompt))
      return "the speaker is a pronoun in the claim";
  }
  // "…told BBC Radio 4's Today Programme: There has been…": a quotation that lost its marks.
  if (/\b(said|says|told|added)\b[^:"]{0,60}: \p{Lu}/u.test(d.prompt))
    return "a quotation that lost its marks";
  // A true statement with no name, figure or date in it is a platitude a student would guess
  // ("The only way to protect children from polio is through vaccination").
  if (d.type === "true_false" && d.answer) {
    const own = d.factIds.map((id) => ctx.units.get(id)).filter((u) => u !== undefined);
    const speaker = own.map((u) => u.fact.attribution ?? "").join(" ");
    // A figure, or a name other than the speaker's after the first word ("…contracts to Boeing").
    const specific = own.some(
      (u) =>
        u.mentions.some(
          (m) => !speaker.includes(m.entity.text) && !/^(he|she|they)$/i.test(m.entity.text),
        ) ||
        u.tokens.some(
          (t, i) =>
            /\d/.test(t.value) ||
            (i > 0 && t.pos === "PROPN" && /^\p{Lu}/u.test(t.value) && !speaker.includes(t.value)),
        ),
    );
    // (An opinion piece's claims are its content: "According to the writer, wetlands are the
    // environment's kidneys…" is what a student should have read, named or not.)
    const writers = own.every((u) => u.fact.attribution === "the writer") && own.length > 0;
    const substantial = own.some((u) => u.fact.text.split(/\s+/).length >= 14);
    if (!specific && !(writers && substantial)) return "a platitude with nothing specific";
  }
  // "Proud to produce the best shows at the best prices in Michigan, Theatre NOVA offers…": a
  // report's own praise outside any quotation is a press release's boast, not a fact to learn.
  if (
    (d.type === "true_false" || d.type === "cloze") &&
    d.factIds.some((id) => ctx.units.get(id)?.fact.stance === "stated") &&
    /\bthe (best|finest|greatest)\b/i.test(d.prompt.replace(/"[^"]*"/g, ""))
  )
    return "praise stated as fact";
  // "four of the three candidates": a changed count smaller than its own part is absurd.
  if (d.type === "true_false" && d.substitution) {
    const part = /\b([\w,.]+) of the ([\w,.]+)\b/.exec(d.prompt);
    const [a, b] = part ? [parseNumber(part[1]!), parseNumber(part[2]!)] : [];
    if (a !== undefined && b !== undefined && a >= b) return "a count smaller than its own part";
  }
  // "…children under the age of seven": a changed age limit is guessed, not read.
  if (
    d.type === "true_false" &&
    d.substitution &&
    /\b(age|aged) (of )?\S+$/.test(
      d.prompt.slice(
        0,
        d.prompt.indexOf(d.substitution.replacement) + d.substitution.replacement.length,
      ),
    )
  )
    return "a familiar age limit";
  // "Robert Jackson, ____, MP for Wantage", "Mr Mousa, 28, a hotel receptionist": the age a
  // report gives beside a name is a minor detail, asked or changed.
  const figure =
    d.type === "cloze" ? d.answer : d.type === "true_false" ? d.substitution?.replacement : "";
  const slot = d.type === "cloze" ? "____" : figure;
  if (
    figure &&
    /^\d{1,3}$/.test(figure) &&
    Number(figure) >= 1 &&
    Number(figure) <= 110 &&
    new RegExp(`\\p{Lu}[\\p{L}'’-]+, ${slot}, `, "u").test(d.prompt)
  )
    return "a person's age beside the name";
  // The lead, which the headline already tells, is no test of reading.
  if (
    d.type === "true_false" &&
    d.answer &&
    (headlineShare(ctx.headline, d.prompt) >= 0.6 ||
      d.sourceSentenceIds.includes(ctx.leadSentenceId))
  )
    return "the headline's own statement";
  // "…can inflame public opinion": a possibility, unless somebody is reported as saying it.
  // (Lower case: "May has struggled…" is the May Department Stores.)
  // ("would" of a plan the report states, "the cruise phase would end with…", is a fact of it.)
  const modal = /\b(can|may|might|could|should)\b/.exec(d.prompt);
  if (d.type === "true_false" && modal && !REPORTING.test(d.prompt.slice(0, modal.index)))
    return "a possibility, not a fact";

  if (d.type === "numeric" && /completes this statement/.test(d.prompt))
    return "a numeric cloze in disguise";
  const units = d.factIds.map((id) => ctx.units.get(id)).filter((u) => u !== undefined);
  // '"There will be a time... when the pay-TV numbers…"': a quotation the article shortened
  // with an ellipsis reads as cut off.
  if (units.some((u) => /\.\.\.|…/.test(u.fact.text))) return "a quotation cut short";
  // In a news report, a modal or evaluative sentence is the paper's conjecture, not a fact.
  if (units.some((u) => u.fact.stance === "opinion")) return "conjecture";
  if (units.some((u) => u.fact.attribution === "a quoted source"))
    return "a quotation without its speaker";
  // A quotation with nobody named as saying it ("…is "very clear"") is a claim put as fact.
  if (
    (d.type === "true_false" || d.type === "cloze") &&
    units.some(
      (u) =>
        // (Scare quotes round a term, "enabling technology", quote nobody.)
        u.fact.stance === "stated" &&
        /"[^"\s]+(\s+[^"\s]+){3,}"/.test(u.fact.text) &&
        !REPORTING.test(u.fact.text),
    )
  )
    return "a quoted claim without its speaker";
  if (units.every((u) => u.fact.text.split(/\s+/).length < 7)) return "too little to learn";
  // A stock source beside the article's own ("Military spokespeople" among central bankers)
  // is a wrong answer nobody would choose.
  if (d.type === "attribution" && ownSources(d) < 2) return "stock distractors";
  // "The Fed" and "Federal Reserve": one source under two names is two right answers.
  if (d.type === "attribution" && shortFormPair(d.options)) return "one source under two names";
  // "Who said…? Kevin Mayer | Pixar Animation | Marvel Entertainment": a person's words are
  // asked among people only.
  if (
    d.type === "attribution" &&
    looksLikePersonalName(d.answer) &&
    !d.options.every((o) => looksLikePersonalName(o.replace(/^(Mr|Mrs|Ms|Dr|Sir) /, "")))
  )
    return "options that are not all people";
  // "____ cases of plague have been diagnosed in China" under the headline "Three cases of
  // plague…": the headline shows the answer.
  // ("AirAsia group" under "AirAsia: bodies recovered…": the name's own word is shown.)
  if (
    d.type === "cloze" &&
    (containsWords(ctx.headline, d.answer) ||
      d.answer
        .split(/\s+/)
        .some(
          (w) => /^\p{Lu}[\p{L}-]{3,}$/u.test(w) && zipf(w) < 4 && containsWords(ctx.headline, w),
        ))
  )
    return "an answer the headline shows";
  return undefined;
}

export function scoreFeatures(f: QuestionFeatures): number {
  let s = 0;
  for (const k of Object.keys(FEATURE_WEIGHTS) as (keyof QuestionFeatures)[])
    s += FEATURE_WEIGHTS[k] * f[k];
  return Math.round(s * 1000) / 1000;
}

/** How many questions an article of `words` words should recommend: one per ~50 words, 10 to 40. */
export function recommendedCount(words: number): number {
  return Math.max(MIN_RECOMMENDED, Math.min(40, Math.round(words / 50)));
}

/** The fewest questions a set recommends when the article has that many worth asking. */
export const MIN_RECOMMENDED = 10;

const REPORTING =
  /\b(said|says|saying|told|argued|argues|claimed|claims|believes?|revealed|warned|announced|promised|hopeful|expects?|expected|stated|added|insisted|admitted|wrote|writes|chant(?:ed|ing)|shout(?:ed|ing))\b|\baccording to\b/i;

// The keys of the names the article itself uses, built once per pool rather than per question.
const articleKeyMemo = new WeakMap<readonly Candidate[], Set<string>>();
function articleKeys(pool: readonly Candidate[]): Set<string> {
  let keys = articleKeyMemo.get(pool);
  if (!keys)
    articleKeyMemo.set(pool, (keys = new Set(pool.filter((c) => c.fromArticle).map((c) => c.key))));
  return keys;
}

/** Share of the headline's content words that the text repeats. */
function headlineShare(headline: string, text: string): number {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 3),
    );
  const h = words(headline);
  if (!h.size) return 0;
  const t = words(text);
  return [...h].filter((w) => t.has(w)).length / h.size;
}

/** In how many of the article's sentences the name's last word appears. */
function mentionCount(ctx: SelectionContext, name: string): number {
  const last = name.split(/\s+/).pop()!;
  return ctx.sentences.filter((s) => s.includes(last)).length;
}

/** One name in two forms ("Ancram", "Mr Ancram", "Michael Ancram"). */
function sameName(a: string, b: string): boolean {
  const last = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N} ]+/gu, "")
      .trim()
      .split(" ")
      .pop();
  return (
    a.toLowerCase() === b.toLowerCase() ||
    (/^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && last(a) === last(b))
  );
}

// Normalised forms of the texts compared, kept: one article's sentences are compared with
// every candidate's answer.
const normalised = new Map<string, string>();
function norm(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    n = ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()} `;
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(s, n);
  }
  return n;
}

function containsWords(haystack: string, needle: string): boolean {
  return norm(haystack).includes(norm(needle));
}

/** Whether one option is another's short form ("The Fed" / "Federal Reserve"). */
function shortFormPair(options: readonly string[]): boolean {
  const words = (o: string) =>
    o
      .toLowerCase()
      .replace(/^the /, "")
      .split(/\s+/)
      .filter((w) => w.length >= 3);
  return options.some((a, i) =>
    options.some(
      (b, j) =>
        i !== j &&
        words(a).length === 1 &&
        words(b).length > 1 &&
        words(b)[0]!.startsWith(words(a)[0]!) &&
        words(b)[0] !== words(a)[0],
    ),
  );
}

/** Pairs of names said together so often that either half gives the other away. */
const FIXED_PAIRS = new Set([
  "england and wales",
  "scotland and wales",
  "england and scotland",
  "great britain and northern ireland",
  "korea and japan",
  "india and pakistan",
  "israel and palestine",
  "bosnia and herzegovina",
  "trinidad and tobago",
  "sodom and gomorrah",
  "oxford and cambridge",
]);

/** The figures a prompt states ("$50", "3.4%", "19.9 million"), years left out. */
function figures(prompt: string): Set<string> {
  const out = new Set<string>();
  for (const m of prompt.matchAll(/[$£€]?\d[\d,.]*(?:%|bn|m\b| (?:million|billion|trillion))?/g)) {
    const f = m[0].replace(/[.,]$/, "");
    if (isYear(f) || /^\d$/.test(f)) continue;
    out.add(f);
  }
  return out;
}

/**
 * Two prompts stating one figure ("above $50" in both, "3.4%" in both) tell of one event: the
 * second is a near-repeat, and often gives the first's answer away.
 */
export function sameFigure(a: string, b: string): boolean {
  const fa = figures(a);
  return [...figures(b)].some((f) => fa.has(f));
}

// An open question's sentences after its first only support the model answer, and stay free
// for questions of their own.
const askedFacts = (d: Draft) => d.factIds;
const askedSentences = (d: Draft) =>
  d.type === "open" ? d.sourceSentenceIds.slice(0, 1) : d.sourceSentenceIds;

const STATEMENT_LEAD =
  /^(true or false|fill in the blank|which figure completes this statement from the article):\s*|^according to [^,]{1,80},\s*/gi;

/** A prompt's content words: four letters or more, lead-ins and a few function words left out. */
function contentWords(prompt: string): Set<string> {
  return new Set(
    prompt
      .replace(STATEMENT_LEAD, "")
      .replace(STATEMENT_LEAD, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w))
      // "welcome" and "welcomed" are one word here.
      .map((w) => w.slice(0, 6)),
  );
}

const FUNCTION_WORDS = new Set(
  "that this with from have been were their there which what when where will would could should about after before than them they also into over said says".split(
    " ",
  ),
);

/**
 * Two prompts that share most of their content words ask about one thing in other words ("Opec
 * members said it saw no reason to cut output" and "…said a cut in production was unlikely"):
 * the second is a near-repeat, and one often gives the other away.
 */
export function nearRepeat(a: string, b: string, common: ReadonlySet<string> = new Set()): boolean {
  const own = (p: string) => new Set([...contentWords(p)].filter((w) => !common.has(w)));
  return sharesMost(own(a), own(b));
}

/** Whether two sets of content words share four or more, and at least 40% of the smaller. */
function sharesMost(wa: ReadonlySet<string>, wb: ReadonlySet<string>): boolean {
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= 4 && shared / Math.min(wa.size, wb.size) >= 0.4;
}

/** Below this score a question is a candidate for the teacher, never a recommendation. */
export const MIN_RECOMMENDED_SCORE = 0.5;

/**
 * The recommended set: best first, at most one question per fact and per source sentence (no
 * sibling gives another away), no type more than 40% of the set, and at least four types where
 * the candidates allow. Returns the indices (into `scored`) that are recommended.
 */
export function selectRecommended(
  scored: readonly { draft: Draft; score: number; eligible: boolean }[],
  target: number,
): Set<number> {
  const order = scored
    .map((s, i) => ({ ...s, i }))
    .filter((s) => s.eligible && s.score >= MIN_RECOMMENDED_SCORE)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const maxPerType = (type: QuestionType) =>
    type === "open" ? 3 : Math.max(4, Math.ceil(target * 0.4));
  // True statements are the easiest to guess: at most three in five of the set, so "True" is
  // no pattern a student can play.
  let trueStatements = 0;
  const tooManyTrue = (s: (typeof order)[number]) =>
    s.draft.type === "true_false" &&
    s.draft.answer === true &&
    trueStatements + 1 > Math.max(2, Math.floor(((picked.length + 1) * 3) / 5));
  const picked: typeof order = [];
  const usedFacts = new Set<string>();
  const usedSentences = new Set<string>();
  const perType = new Map<QuestionType, number>();
  // One question never gives away another's answer (sibling blanks of one sentence would).
  const givesAway = (a: Draft, b: Draft) => {
    const answer = answerText(a);
    if (answer === undefined || answer.length < 2) return false;
    const other = answerText(b);
    // A speaker named elsewhere does not tell who said this; two questions with one speaker
    // for an answer are one too many.
    if (a.type === "attribution")
      return b.type === "attribution" && other !== undefined && sameName(answer, other);
    // A bare figure ("18", "four") recurs in unrelated sentences; its own sentence is the
    // sibling that would give it away, and that sentence is asked once.
    if (/^[\d,.%]+$/.test(answer) || isNumberWord(answer))
      return other !== undefined && answer.toLowerCase() === other.toLowerCase();
    const shown = [b.prompt, ...(Array.isArray(b.options) ? b.options : [])].join(" | ");
    // "Federated Department Stores" is given away by "…groups such as Federated": the name's own
    // word, not its "Department Stores", shown elsewhere.
    const own = /^\p{Lu}/u.test(answer)
      ? answer.split(/\s+/).filter(
          (w) =>
            /^\p{Lu}\p{Ll}{3,}$/u.test(w) &&
            !NOT_NAME_WORDS.has(w.toLowerCase()) &&
            // "Pakistan", "Medical", "Comedy": a place or an everyday word shown elsewhere
            // says nothing of which "… Association" or "… Awards" is meant.
            zipf(w) < GENERIC_ZIPF &&
            !lookup(w),
        )
      : [];
    // "ADL" is given away by "the Anti-Defamation League" in another question.
    if (/^\p{Lu}{2,6}$/u.test(answer) && spelledOut(shown, answer)) return true;
    return (
      containsWords(shown, answer) ||
      // ("Eidur Gudjohnsen" is given away by "a header from Gudjohnsen" just the same.)
      (answer.split(/\s+/).length > 1 && own.some((w) => containsWords(shown, w))) ||
      (other !== undefined && sameName(answer, other))
    );
  };
  // Words a quarter of the candidates use are the story's own ("Pakistan", "Taliban"): two
  // questions sharing them may still ask about different things.
  // Each candidate's words are read once, not once per pair the selection compares.
  const wordsOf = new Map(order.map((s) => [s, contentWords(s.draft.prompt)]));
  const seenIn = new Map<string, number>();
  for (const words of wordsOf.values())
    for (const w of words) seenIn.set(w, (seenIn.get(w) ?? 0) + 1);
  const common = new Set([...seenIn].filter(([, n]) => n >= order.length / 4).map(([w]) => w));
  for (const [s, words] of wordsOf)
    wordsOf.set(s, new Set([...words].filter((w) => !common.has(w))));
  const fits = (s: (typeof order)[number], sameSentenceOk = false) =>
    !picked.some((p) => sharesMost(wordsOf.get(p)!, wordsOf.get(s)!)) &&
    !askedFacts(s.draft).some((f) => usedFacts.has(f)) &&
    !picked.some((p) => sameFigure(p.draft.prompt, s.draft.prompt)) &&
    (sameSentenceOk || !askedSentences(s.draft).some((id) => usedSentences.has(id))) &&
    !picked.some((p) => givesAway(p.draft, s.draft) || givesAway(s.draft, p.draft));
  const take = (s: (typeof order)[number]) => {
    picked.push(s);
    if (s.draft.type === "true_false" && s.draft.answer === true) trueStatements++;
    askedFacts(s.draft).forEach((f) => usedFacts.add(f));
    askedSentences(s.draft).forEach((id) => usedSentences.add(id));
    perType.set(s.draft.type, (perType.get(s.draft.type) ?? 0) + 1);
  };
  // First the best question of each type, so the set mixes types where it can.
  const types = [...new Set(order.map((s) => s.draft.type))];
  for (const type of types) {
    if (picked.length >= target) break;
    const best = order.find((s) => s.draft.type === type && s.score >= 0.65 && fits(s));
    if (best) take(best);
  }
  for (const s of order) {
    if (picked.length >= target) break;
    if (picked.includes(s) || !fits(s) || tooManyTrue(s)) continue;
    if ((perType.get(s.draft.type) ?? 0) >= maxPerType(s.draft.type)) continue;
    take(s);
  }
  // A short article: the mix gives way to the minimum, then other facts of sentences already
  // asked about; never the same fact twice, never one question giving another away.
  for (const sameSentenceOk of [false, true])
    for (const s of order) {
      if (picked.length >= Math.min(target, MIN_RECOMMENDED)) break;
      if (picked.includes(s) || !fits(s, sameSentenceOk) || tooManyTrue(s)) continue;
      take(s);
    }
  return new Set(picked.map((s) => s.i));
}
