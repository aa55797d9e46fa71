// The validator: every candidate question passes these rules or is dropped. Exported so the
// API can check teacher edits and imports with the same rules.
import { isGenericTerm } from "./keyness";
import { danglingReferent } from "./standalone";
import { namesTopic } from "./topic";
import type { QuestionDraft, Sentence } from "./types";

export interface ValidationIssue {
  rule:
    | "shape"
    | "options"
    | "answer-leak"
    | "cloze-blank"
    | "attribution"
    | "well-formed"
    | "source"
    | "duplicate"
    | "standalone"
    | "topic"
    | "generic"
    | "dateline";
  message: string;
}

type Candidate = QuestionDraft;

export interface ValidationContext {
  /** The article's sentences, to check that explanations quote their source. */
  sentences?: readonly Sentence[];
  /**
   * A question a teacher wrote (imported from another tool): the house style the generator is
   * held to (exactly four options, prompt wording, no answer words in the prompt) does not apply;
   * the shape of the question still does (2–6 distinct options with the answer once, 2+ pairs).
   */
  authored?: boolean;
  /**
   * The article's own subject (its names, as findTopic gives them): a generated question whose
   * answer is the subject tests nothing ("inside which country?" in an article about it).
   */
  topic?: readonly string[];
}

const HONORIFIC = /^(mr|mrs|ms|dr|sir|lord|lady|the|president|prime minister|minister)\s+/;

/**
 * Two options that name one thing: one is inside the other ("Druyun", "Darleen Druyun") or two
 * people share a surname ("Mr Ancram", "Michael Ancram").
 */
export function aliasPair(options: readonly string[]): [string, string] | undefined {
  const forms = options.map((o) => normalise(o).replace(HONORIFIC, ""));
  for (let i = 0; i < forms.length; i++)
    for (let j = 0; j < forms.length; j++) {
      if (i === j || !forms[i] || !forms[j]) continue;
      const a = forms[i]!;
      const b = forms[j]!;
      const inside = a.length >= 3 && ` ${b} `.includes(` ${a} `) && /^\p{Lu}/u.test(options[i]!);
      const surname =
        i < j &&
        (a.split(" ").length > 1 !== b.split(" ").length > 1) === false &&
        /^\p{Lu}/u.test(options[i]!) &&
        a.split(" ").pop() === b.split(" ").pop() &&
        a.split(" ").pop()!.length >= 4 &&
        /^(mr|mrs|ms|dr|sir)\b/i.test(`${options[i]} ${options[j]}`);
      if (inside || surname) return [options[i]!, options[j]!];
    }
  return undefined;
}

export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}%' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function containsPhrase(haystack: string, needle: string): boolean {
  const h = ` ${normalise(haystack)} `;
  const n = normalise(needle);
  return n.length > 0 && h.includes(` ${n} `);
}

const ATTRIBUTION_CUE =
  /\b(according to|claim\w*|alleg\w*|said|says|say|argue\w*|maintain\w*|stated?|states|report\w*|who|whom|which source|accounts?|assert\w*|insist\w*|expected|believe\w*|indicate\w*|perspective|view|officials?)\b/i;
const OPINION_CUE = /\b(argues?|article|writer|view)\b/i;

const WEEKDAY =
  /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

const DANGLING_END = /\b(the|a|an|of|in|and|or|to|from|with|by|for|at|on)[?.!]$/i;

function wellFormed(prompt: string): string | undefined {
  const words = prompt.split(/\s+/).filter(Boolean);
  if (words.length < 4) return "prompt is too short to be a question";
  if (words.length > 90) return "prompt is too long";
  if (!/^["(]?[A-Z0-9]/.test(prompt) && !prompt.startsWith("____"))
    return "prompt does not start with a capital letter";
  if (!/[?.:!]["')]?$/.test(prompt)) return "prompt does not end with punctuation";
  if (/\s{2,}/.test(prompt)) return "prompt has double spaces";
  if (/\s[,.;:?!]/.test(prompt)) return "prompt has a space before punctuation";
  if (/[,;:]\s*[?.]$/.test(prompt) || /,,|\.\.\?|\?\?/.test(prompt))
    return "prompt has broken punctuation";
  if (DANGLING_END.test(prompt)) return "prompt ends on a dangling word";
  if ((prompt.match(/"/g)?.length ?? 0) % 2 !== 0) return "prompt has unbalanced quotes";
  if ((prompt.match(/\(/g)?.length ?? 0) !== (prompt.match(/\)/g)?.length ?? 0))
    return "prompt has unbalanced brackets";
  if (/\(\s*\)/.test(prompt)) return "prompt has empty brackets";
  return undefined;
}

// Validating a whole kit checks many questions against one sentence list: index it once.
const sentenceIndexes = new WeakMap<readonly Sentence[], Map<string, Sentence>>();
function sentenceIndex(sentences: readonly Sentence[]): Map<string, Sentence> {
  let index = sentenceIndexes.get(sentences);
  if (!index) {
    index = new Map(sentences.map((s) => [s.id, s]));
    sentenceIndexes.set(sentences, index);
  }
  return index;
}

/** Every rule a single question breaks; an empty list means it is valid. */
export function validateQuestion(q: Candidate, context: ValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (rule: ValidationIssue["rule"], message: string) => issues.push({ rule, message });

  if (!q.prompt?.trim()) add("shape", "prompt is empty");
  if (!q.explanation?.trim()) add("shape", "explanation is empty");
  if (!q.sourceSentenceIds?.length) add("shape", "question cites no source sentence");
  if (!q.factIds?.length) add("shape", "question names no fact");
  if (!["easy", "medium", "hard"].includes(q.difficulty))
    add("shape", "difficulty is not easy, medium or hard");
  if (!["recall", "understanding", "analysis"].includes(q.skill))
    add("shape", "skill is not recall, understanding or analysis");
  if (issues.length) return issues;

  const authored = context.authored === true;
  const formError = authored
    ? q.prompt.split(/\s+/).length > 300
      ? "prompt is too long"
      : undefined
    : wellFormed(q.prompt);
  if (formError) add("well-formed", formError);
  if (!authored) {
    // A lead-in like "True or false: " or a dateline ("LAHORE: ") is page furniture, not a fact.
    if (/(^|: )[A-Z]{3,}(\/[A-Z][A-Z ]+)*:\s/.test(q.prompt))
      add("dateline", "the prompt keeps a dateline");
    if (q.type !== "open" && q.type !== "matching") {
      const dangling = danglingReferent(q.prompt);
      if (dangling) add("standalone", `the prompt does not stand alone: ${dangling}`);
    }
    if (context.topic?.length) {
      const answers =
        q.type === "true_false"
          ? [q.substitution?.original, q.substitution?.replacement]
          : q.type === "multiple_choice" || q.type === "cloze"
            ? [q.answer]
            : [];
      const topic = context.topic;
      const onTopic = answers.find((a) => typeof a === "string" && namesTopic(topic, a));
      if (onTopic)
        add(
          "topic",
          `"${onTopic}" is what the whole article is about, so asking for it tests nothing`,
        );
    }
    if (q.type === "cloze" && typeof q.answer === "string") {
      if (/[\p{L}\p{N}-]____|____[\p{L}\p{N}-]/u.test(q.prompt))
        add("cloze-blank", "the blank is inside a word");
      if (isGenericTerm(q.answer) || WEEKDAY.test(q.answer))
        add("generic", `"${q.answer}" is everyday English, not a term the article teaches`);
    }
    if (/\b(a|an|the) which\b|\bwhich \w+-\w+ |\b(in|at|from|near) whom\b/i.test(q.prompt))
      add("well-formed", "the question word sits inside a noun phrase");
    // "Who, who monitored the hunt, said…": the question word took a name that had a relative
    // clause after it.
    if (/^(Who|What|Whom|Which)\s*, (who|which|whose)\b/.test(q.prompt))
      add("well-formed", "the question word is followed by a relative clause of its own");
    if (/\bhow many[a-z]/i.test(q.prompt))
      add("well-formed", 'a figure\'s unit is glued to "how many"');
    if ((q.type === "numeric" || q.type === "multiple_choice") && Array.isArray(q.options)) {
      const values = q.options
        .map((o) => Number(/[\d,.]+/.exec(o)?.[0]?.replace(/,/g, "")))
        .filter((v) => Number.isFinite(v) && v > 0)
        .sort((a, b) => a - b);
      if (values.length === 4 && values.every((v, i) => Math.abs(v - values[0]! * (i + 1)) < 1e-9))
        add(
          "options",
          "the figures are evenly spaced multiples, so the pattern gives the answer away",
        );
    }
  }
  const leaks = (text: string, part: string) => !authored && containsPhrase(text, part);

  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution": {
      if (!authored && (!Array.isArray(q.options) || q.options.length !== 4))
        add("options", "a choice question needs exactly 4 options");
      if (authored && (!Array.isArray(q.options) || q.options.length < 2 || q.options.length > 6))
        add("options", "a choice question needs 2 to 6 options");
      const normalised = (q.options ?? []).map(normalise);
      if (new Set(normalised).size !== normalised.length)
        add("options", "options are not distinct");
      if (normalised.some((o) => o === "")) add("options", "an option is empty");
      const hits = normalised.filter((o) => o === normalise(q.answer)).length;
      if (hits !== 1)
        add("options", `the answer appears ${hits} times among the options, not once`);
      if (leaks(q.prompt, q.answer)) add("answer-leak", "the answer appears in the prompt");
      if (!authored && q.type !== "numeric") {
        const alias = aliasPair(q.options ?? []);
        if (alias) add("options", `"${alias[0]}" and "${alias[1]}" name the same thing`);
      }
      if (!authored && q.prompt.includes("____") && !/completes this statement/.test(q.prompt))
        add("well-formed", "a blank outside a cloze question");
      break;
    }
    case "true_false": {
      if (typeof q.answer !== "boolean") add("options", "a true/false answer must be a boolean");
      if (q.options?.[0] !== "True" || q.options?.[1] !== "False" || q.options.length !== 2)
        add("options", "true/false options must be True, False");
      if (q.prompt.includes("____")) add("well-formed", "a blank outside a cloze question");
      break;
    }
    case "cloze": {
      const blanks = q.prompt.split("____").length - 1;
      if (blanks !== 1) add("cloze-blank", `a cloze needs exactly one blank, found ${blanks}`);
      if (typeof q.answer !== "string" || !q.answer.trim())
        add("cloze-blank", "a cloze needs the missing words as its answer");
      else if (leaks(q.prompt, q.answer))
        add("answer-leak", "the missing words appear elsewhere in the prompt");
      break;
    }
    case "matching": {
      const { left, right } = q.options ?? { left: [], right: [] };
      if (left.length < (authored ? 2 : 3) || left.length !== right.length)
        add("options", `matching needs at least ${authored ? 2 : 3} pairs with one partner each`);
      if (
        new Set(left.map(normalise)).size !== left.length ||
        new Set(right.map(normalise)).size !== right.length
      )
        add("options", "matching items are not distinct");
      const pairs = Array.isArray(q.answer) ? q.answer : [];
      const coversLeft = left.every((l) => pairs.filter((p) => p.left === l).length === 1);
      const coversRight = right.every((r) => pairs.filter((p) => p.right === r).length === 1);
      if (!coversLeft || !coversRight || pairs.length !== left.length)
        add("options", "the answer does not pair every item exactly once");
      for (const l of left)
        if (leaks(q.prompt, l)) add("answer-leak", "a matching item appears in the prompt");
      break;
    }
    case "open": {
      if (q.answer !== null) add("shape", "an open question has no single answer");
      if (!q.modelAnswer?.trim() || !q.rubric?.length)
        add("shape", "an open question needs a model answer and a rubric");
      break;
    }
    default:
      add("shape", "unknown question type");
  }

  // Attribution is kept: a question built on a claim says whose claim it is.
  if (
    (q.stance === "attributed" || q.stance === "alleged") &&
    q.type !== "matching" &&
    q.type !== "open"
  ) {
    const named = q.attribution && containsPhrase(q.prompt, q.attribution);
    if (!named && !ATTRIBUTION_CUE.test(q.prompt))
      add("attribution", "a claim is asked as if it were a fact");
  }
  if (q.stance === "opinion" && q.type === "true_false" && !OPINION_CUE.test(q.prompt)) {
    add("attribution", "an opinion is asked as if it were a fact");
  }

  if (context.sentences) {
    const byId = sentenceIndex(context.sentences);
    const sources = q.sourceSentenceIds.map((id) => byId.get(id));
    if (sources.some((s) => !s)) add("source", "a source sentence id does not exist");
    else if (!sources.some((s) => s && q.explanation.includes(s.text)))
      add("source", "the explanation does not quote its source sentence");
  }
  return issues;
}

function answerKey(q: Candidate): string {
  if (q.type === "matching")
    return q.answer
      .map((p) => normalise(p.left))
      .sort()
      .join("|");
  return normalise(String(q.answer));
}

function words(s: string): Set<string> {
  return new Set(
    normalise(s)
      .split(" ")
      .filter((w) => w.length > 2),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both || 1);
}

/**
 * Indices of questions that repeat an earlier one: the same prompt, or the same fact tested
 * the same way (same type and answer, or near-identical wording with the same answer).
 */
export function findDuplicates(questions: readonly Candidate[]): Set<number> {
  const dupes = new Set<number>();
  const seenPrompts = new Set<string>();
  const seenTests = new Set<string>();
  // Near duplicates share type and answer, so only those buckets are compared word by word.
  const kept = new Map<string, Set<string>[]>();
  questions.forEach((q, i) => {
    const prompt = `${q.type}|${normalise(q.prompt)}`;
    const answer = answerKey(q);
    const test =
      q.type === "true_false" || q.type === "open"
        ? `${q.type}|${[...q.factIds].sort().join(",")}`
        : `${q.type}|${[...q.factIds].sort().join(",")}|${answer}`;
    const w = words(q.prompt);
    const bucketKey = `${q.type}|${answer}`;
    const bucket = kept.get(bucketKey) ?? [];
    const near = bucket.some((k) => jaccard(k, w) >= 0.8);
    if (seenPrompts.has(prompt) || seenTests.has(test) || near) {
      dupes.add(i);
      return;
    }
    seenPrompts.add(prompt);
    seenTests.add(test);
    bucket.push(w);
    kept.set(bucketKey, bucket);
  });
  return dupes;
}

export interface Rejected<T> {
  question: T;
  issues: ValidationIssue[];
}

/** Splits candidates into the valid ones (in order, duplicates removed) and the rejected. */
export function validateQuestions<T extends Candidate>(
  questions: readonly T[],
  context: ValidationContext = {},
): { valid: T[]; rejected: Rejected<T>[] } {
  const rejected: Rejected<T>[] = [];
  const passing: T[] = [];
  for (const q of questions) {
    const issues = validateQuestion(q, context);
    if (issues.length) rejected.push({ question: q, issues });
    else passing.push(q);
  }
  const dupes = findDuplicates(passing);
  const valid = passing.filter((q, i) => {
    if (!dupes.has(i)) return true;
    rejected.push({
      question: q,
      issues: [{ rule: "duplicate", message: "repeats another question on the same fact" }],
    });
    return false;
  });
  return { valid, rejected };
}
