// Attribution: who made a claim or an allegation. Wrong options are other sources the article
// quotes, never one on the same side (Islamabad for Pakistan) or sharing its words.
import { looksLikePersonalName } from "../names";
import { sideOfSource } from "../sources";
import { seededRank } from "../distractors";
import type { FactUnit } from "../facts";
import { base, capitalise, quoteSource, stanceNote, stripStop, type Draft } from "./draft";

const PAST: Record<string, string> = {
  say: "said",
  tell: "told",
  write: "wrote",
  think: "thought",
  hold: "held",
  find: "found",
  maintain: "maintained",
  argue: "argued",
  allege: "alleged",
  claim: "claimed",
  state: "stated",
  believe: "believed",
  report: "reported",
  expect: "expected",
  warn: "warned",
};

// Verbs whose reported content is a clause even without "that": "said the talks failed".
const CLAUSE_VERBS = new Set([
  "say",
  "claim",
  "argue",
  "maintain",
  "believe",
  "state",
  "insist",
  "allege",
  "warn",
]);

function past(lemma: string): string {
  return PAST[lemma] ?? (lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`);
}

// Sources a news article commonly cites, for when the article itself quotes too few.
export const FALLBACK_SOURCES = [
  "Independent analysts",
  "United Nations officials",
  "Local residents",
  "Human rights groups",
  "Opposition leaders",
  "Foreign diplomats",
  "Military spokespeople",
  "Aid agencies",
];

function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(
        (w) => w.length >= 3 && !["some", "many", "their", "with", "the", "and", "for"].includes(w),
      )
      .map((w) => w.replace(/s$/, "")),
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function displaySource(s: string): string {
  return capitalise(s.replace(/^the\s+/i, "The "));
}

export function attributionQuestions(units: FactUnit[], text: string): Draft[] {
  const sources = [
    ...new Set(
      units
        .map((u) => u.fact.attribution)
        .filter((a): a is string => !!a && a !== "a quoted source" && a !== "the writer")
        // "It was difficult to …, the judges said": no clause's opening words are a source.
        .filter(
          (a) =>
            !/^(it|this|that|there|he|she|they|we|i|which|what|who|whatever)\b/i.test(a) &&
            a.split(/\s+/).length <= 8 &&
            // ("Guidance from the Mayo Clinic.)": a source has no stray bracket or stop.)
            !/[().;]$|^[(]/.test(a),
        ),
    ),
  ];
  // People the article names, for "who said" questions whose speaker is a person.
  const people = [
    ...new Set(
      units.flatMap((u) =>
        u.mentions
          .filter((m) => m.entity.kind === "person" && looksLikePersonalName(m.entity.text))
          .map((m) => m.entity.text),
      ),
    ),
  ];
  const drafts: Draft[] = [];
  for (const unit of units) {
    const { attribution } = unit.fact;
    const { contentStart, verb } = unit.reading;
    if (!attribution || contentStart === null || attribution === "a quoted source") continue;
    if (/^(it|this|that|there|we|i|which|what|who|whatever)\b/i.test(attribution)) continue;
    if (/[().;]$|^[(]/.test(attribution)) continue;
    // "The board", "The navy": which one, another sentence said.
    if (/^the \p{Ll}+$/iu.test(attribution)) continue;
    // "…, he said" at the end repeats the speaker; the question asks for them.
    const raw = stripStop(text.slice(contentStart, unit.end)).replace(/^that\s+/i, "");
    let content = raw
      // A quotation ending in its speech tag: "\"The Simpsons is … of all time,\" he said".
      .replace(
        /^"([^"]+?)[,.]?"(?=,?\s*(he|she|they|it|[A-Z][\w.' -]{1,40})\s+(?:has\s+|had\s+)?(said|says|added|noted)$)/,
        "$1",
      )
      // "…, transport minister Maria Lopes has said", "…, the council said".
      .replace(
        /,"?\s*(?:the )?(?:[a-z]+ ){0,2}(?:[A-Z][\w.'-]* ?){0,4}\s*(?:has\s+|had\s+)?(said|says|added|noted|argued|warned|explained|insisted|claimed)$/,
        "",
      )
      .replace(
        /,?"?,?\s*(he|she|they|it|[A-Z][\w.' -]{1,40})\s+(?:has\s+|had\s+)?(said|says|added|noted|argued|warned|explained|insisted|claimed)$/,
        "",
      );
    // A quotation that is the whole sentence ('"Earnings reports are … doing."') is asked in
    // reported form.
    const whole = /^"([^"]+?)[.,]?"$/.exec(content);
    if (whole) content = whole[1]!;
    const hadThat = /\bthat\s*$/i.test(text.slice(Math.max(0, contentStart - 6), contentStart));
    // 'enforceable and "very clear", Alun Michael has said': the tag took the closing mark.
    // A stray mark at the end (the next sentence's opening quotation) goes instead.
    if ((content.match(/"/g)?.length ?? 0) % 2 === 1)
      content = /"$/.test(content) ? content.slice(0, -1) : `${content}"`;
    if (content.split(/\s+/).length < 4) continue;
    // "…", he said adding that …: the speech tag sits mid-sentence and the content runs past it.
    if (/\b(he|she|they) (said|says|added)\b/.test(content)) continue;
    // A quotation that opened the sentence reads on in lower case after "Who said that"
    // ("The only way…" → "the only way…"), unless it opens with a name ("The Simpsons").
    // ("EU cooperation…" keeps its capitals.)
    // ("The NFL is expected…", "Nearly 300 districts…": an everyday first word reads on in
    // lower case whatever follows it.)
    if (
      contentStart === unit.sentence.start &&
      (/^\p{Lu}\S* \p{Ll}/u.test(content) ||
        /^(The|A|An|Some|Many|Most|Nearly|About|Almost|More|Fewer|Several|Only|Other|All)\s/.test(
          content,
        )) &&
      !/^[A-Z0-9]{2,}/.test(content) &&
      // ("I've given plenty of statements…": "I" is never lower case.)
      !/^I\b/.test(content)
    )
      content = content.charAt(0).toLowerCase() + content.slice(1);
    const answerWords = contentWords(attribution);
    const answerSide = sideOfSource(attribution);
    // "official claims" may be any government's: no state or its capital is a safe wrong answer.
    const officialVoice = !answerSide && /\b(official|government|authorit)/i.test(attribution);
    const distinct = (s: string) => {
      if (s.toLowerCase() === attribution.toLowerCase()) return false;
      const side = sideOfSource(s);
      if (answerSide && side === answerSide) return false;
      if (officialVoice && side) return false;
      const words = contentWords(s);
      for (const w of words) if (answerWords.has(w)) return false;
      return true;
    };
    // "Chief Minister Syed Murad Ali Shah": a role the article gives the answer is the answer too.
    const lowerText = text.toLowerCase();
    const roleOfAnswer = (s: string) => {
      const role = s.toLowerCase().replace(/^the\s+/, "");
      const name = attribution.toLowerCase().replace(/^the\s+/, "");
      const near = new RegExp(
        `${escapeRegExp(role)}(\\s+\\S+){0,4}?\\s+${escapeRegExp(name)}|${escapeRegExp(name)}(\\s+\\S+){0,3}?\\s+${escapeRegExp(role)}`,
      );
      return near.test(lowerText);
    };
    // '"We get that you are concerned"': a speaker's own "we" and "you" cannot be reported as
    // "Who said that we…?"; a quotation is asked as the words quoted, anything else not at all.
    const ownWords = /\b(I|me|my|[Ww]e|us|our|[Yy]ou|your)\b/.test(content);
    if (ownWords && !/^"/.test(raw)) continue;
    const lemma = verb ?? "claim";
    const asksWho = verb !== null && unit.reading.leadEnd === null;
    // "Who argued…?" wants somebody who can argue: not "claims" or "reports".
    // ("The notification", "The board": a definite with no name is nobody a student can pick.)
    const agentive = (s: string) =>
      !/^the \p{Ll}+$/iu.test(s) &&
      (!asksWho || !/\b(claims?|reports?|statements?|accounts?|estimates?|figures|data)$/i.test(s));
    // "Countryside Alliance chairman John Jackson": the person is the name after the role.
    const personal = /(?:^|\s)((?:\p{Lu}[\p{Ll}'-]+ ){1,2}\p{Lu}[\p{Ll}'-]+)$/u.exec(
      attribution,
    )?.[1];
    const speakerIsPerson =
      looksLikePersonalName(attribution.replace(/^(Mr|Mrs|Ms|Dr|Sir) /, "")) ||
      /^(Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Professor) \p{Lu}[\p{Ll}'-]+$/u.test(attribution) ||
      (!!personal &&
        looksLikePersonalName(personal) &&
        /\p{Ll}/u.test(attribution.slice(0, -personal.length)));
    const key =
      speakerIsPerson &&
      personal &&
      !looksLikePersonalName(attribution) &&
      !/^(Mr|Mrs|Ms|Dr|Sir) /.test(attribution)
        ? personal
        : attribution;
    // A person's words: only other people are wrong answers; "Experts" or "Officials" may be
    // how the article introduced this very speaker.
    // "Experts have said…": the people the article quotes next may be those experts.
    const speakerIsGroup =
      /^(some |many |most |several |other )?([\p{L}-]+ )?(experts|analysts|officials|critics|observers|economists|doctors|scientists|campaigners|activists|residents|sources)$/iu.test(
        attribution,
      );
    const candidates = speakerIsGroup
      ? sources.filter(
          (s) => !/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(s) && !/^(Mr|Mrs|Ms|Dr|Sir) /.test(s),
        )
      : speakerIsPerson
        ? [
            ...sources.filter((s) => looksLikePersonalName(s.replace(/^(Mr|Mrs|Ms|Dr|Sir) /, ""))),
            ...people,
          ]
        : sources;
    const fromArticle = candidates.filter((s) => distinct(s) && agentive(s) && !roleOfAnswer(s));
    const fallback = FALLBACK_SOURCES.filter(distinct).sort((a, b) =>
      seededRank(unit.fact.id, a).localeCompare(seededRank(unit.fact.id, b)),
    );
    // Distractors must differ from each other too: "Some analysts" and "Independent analysts" are one.
    const unique: string[] = [];
    const used = new Set<string>();
    for (const s of [...fromArticle, ...fallback]) {
      const words = [...contentWords(s)];
      if (
        words.some((w) => used.has(w)) ||
        (sideOfSource(s) && unique.some((u) => sideOfSource(u) === sideOfSource(s)))
      )
        continue;
      words.forEach((w) => used.add(w));
      unique.push(displaySource(s));
    }
    if (unique.length < 3) continue;
    // ('"And I think Florida State knows that as well"': the words quoted once, not twice.)
    const quoted = content.replace(/^["“](.*)["”]$/s, "$1");
    const prompt = ownWords
      ? `Who said, "${quoted.charAt(0).toUpperCase()}${quoted.slice(1)}"?`
      : lemma === "allege" && !/^that\b/i.test(text.slice(contentStart, contentStart + 5))
        ? `Who alleged ${content}?`
        : verb && unit.reading.leadEnd === null
          ? `Who ${past(lemma)} ${hadThat || CLAUSE_VERBS.has(lemma) ? "that " : ""}${content}?`
          : `Which source does the article give for the claim that ${content}?`;
    drafts.push({
      type: "attribution",
      prompt,
      options: [displaySource(key), ...unique.slice(0, 3)],
      answer: displaySource(key),
      alternativeDistractors: unique.slice(3, 8),
      explanation: `${quoteSource(unit)}${stanceNote(unit)}`,
      ...base(unit),
      difficulty: "medium",
      skill: "understanding",
    });
  }
  return drafts;
}
