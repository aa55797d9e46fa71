// Whether a statement stands alone: a student reads it without the sentences around it, so it
// may not lean on a referent it does not name ("They often live…", "These competing narratives…",
// "The process has stalled"). Used on facts (a fact that leans is dropped) and by the validator
// on prompts.

import { zipf } from "./keyness";

// Lead-ins the question types put before the fact's own words.
const LEAD_IN =
  /^(true or false:\s*|fill in the blank:\s*|which figure completes this statement from the article:\s*"?|according to [^,]{1,80},\s*|the (article|writer|author) (argues|says|reports|suggests) that\s*)/i;

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

const SENTENCE_OPENERS = new Set(
  (
    "the a an at in on of for from with under over after before during since despite as if when " +
    "while though although because once until unless however meanwhile but and or so then " +
    "some many most several all both each other others few no one any every what which who " +
    "addressing speaking according recently earlier later last next prima there"
  ).split(" "),
);

const MONTH_OR_DAY =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

const THIRD_PERSON = /^(he|she|him|his|her|hers|they|them|their|theirs|it|its)$/i;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function bare(w: string): string {
  return (
    w
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
      // "it's", "they're", "he'd": the pronoun of a contraction is still the pronoun.
      .replace(/^(he|she|it|they|we|i|you|there|that)['’](s|re|ll|ve|d|m)$/, "$1")
  );
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
    // "According to this criteria, …": the source itself points back.
    if (/\b(this|these|those|such|the latter|the former)\b/i.test(m[0]) && /^according/i.test(m[0]))
      return `"${m[0].trim()}" names no source of its own`;
    // "According to the outlet, …": which outlet another sentence named.
    if (
      /^according to the (outlet|paper|newspaper|publication|site|website|network|broadcaster|agency|magazine|report|study|survey|statement|filing|complaint|lawsuit|document|letter|memo|source|sources)\b/i.test(
        m[0],
      )
    )
      return `"${m[0].trim()}" names no source of its own`;
    body = body.slice(m[0].length);
  }
  const ws = words(body);
  if (!ws.length) return undefined;
  const first = bare(ws[0]!);
  const second = ws[1] ? bare(ws[1]) : "";
  // "This year…" and an extraposed "It is thought that…" open without pointing back; the rest
  // of the statement is still read below ("…that the machine may be unveiled").
  const deictic = (first === "this" || first === "that") && DEICTIC_TIME.test(second);
  // "It is important to…" / "It was thought that…": an empty subject, not a referent.
  const extraposed =
    first === "it" &&
    /^(is|was|has been|will be|would be)$/.test(second) &&
    /\b(to|that)\b/.test(ws.slice(2, 6).join(" ").toLowerCase());
  if (PRONOUN_OPENERS.has(first) && !deictic && !extraposed)
    return `opens with "${ws[0]}", whose referent is in another sentence`;
  if ((first === "the" || first === "a") && SHELL_NOUNS.has(second)) {
    const third = ws[2] ? bare(ws[2]) : "";
    // "The group of …", "The case against X": the noun is completed in place.
    if (!/^(of|against|for|to|that|in|at|on|from|by|between|which|who|whose)$/.test(third))
      return `"${ws[0]} ${ws[1]}" points back to something the statement does not name`;
  }
  // "The accused were charged…", "The high court also directed…", "The 21-year-old missed…": a
  // definite description of one or two common words as the subject names nobody.
  if (first === "the") {
    const m =
      /^[Tt]he((?: (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|[a-z0-9][\w-]*)){1,2}) (also |then |later |now |had |has |have |was |were |is |are |will |would |could |can |said|told|asked|directed|added|noted|observed|ordered|informed|[a-z]+ed\b|[a-z]+s\b)/.exec(
        body,
      );
    const head = m?.[1]?.trim().split(" ").pop() ?? "";
    if (
      m &&
      !/^(of|against|for|to|in|at|on|from|by|with|between)$/.test(head) &&
      !/ing$/.test(head)
    )
      return `"The${m[1]}" does not say which one`;
  }
  // "Matt Groening was also at the awards", "The spokesman also criticised": "also" early in
  // the statement, or right after the subject's aside ("Carper, who chairs the committee, also
  // criticised…"), adds to something said before it.
  if (
    /^(\S+ ){1,5}also\b/i.test(body) ||
    /^[^,]{2,60}, [^,]{4,120}, also [a-z]+(ed|s)\b/.test(body)
  )
    return `"also" adds to something the statement does not say`;
  // "The Pentagon subsequently revoked…": after an event the statement does not name.
  if (/^(\S+ ){1,6}subsequently\b/i.test(body) || /^subsequently\b/i.test(body))
    return `"subsequently" follows an event the statement does not name`;
  // "…from the child's stool samples": which child, when the story has two?
  if (/\bthe (child|child's|baby|baby's|patient|patient's)\b/i.test(body))
    return `"the child" does not say which one`;
  // "…extended the bail of the former premier": a past office without its holder's name.
  const office =
    /\b[Tt]he (former|ex-|then|late) (premier|president|prime minister|minister|chief minister|chairman|chief|leader|captain|manager|coach)\b(?!,? \p{Lu})/u.exec(
      body,
    );
  if (office) return `"${office[0]}" does not say who`;
  // "…well-placed to oversee such a task", "The only other non-League side…": a comparison
  // with something another sentence named.
  const such = /\b(such an? [a-z]+|[Tt]he only other)\b(?! as\b)/.exec(body);
  if (such) return `"${such[0]}" points back to another sentence`;
  // "Addressing the matter…", "condemned the document", "the question was easy": a shell noun
  // anywhere in the statement points back to what another sentence said.
  const shell =
    /\b(the|this|that) (matter|issue|move|development|decision|incident|episode|affair|document|question|scandal|case|proposal|allegations?|claims?|remarks?|comments?|show|series|film|programme|album|book|project|scheme|deal|bill|plan|company|firm|virus|box|event|night|game|practice|device|machine|product|tournament|ceremony|tech-fest|sales figures|approval|proposals|measures?|companies|firms|talks|agreement|merger|takeover|ruling|verdict|university|college|call)\b(?! (of|that|about|against|over|on|to|for|in) )/i.exec(
      body,
    );
  // ("the film Black Friday" names it.)
  // ("the name of the game" is a saying, not a game.)
  const named =
    shell &&
    (/^ \p{Lu}/u.test(body.slice(shell.index + shell[0].length)) ||
      /\bname of the game\b/i.test(body.slice(Math.max(0, shell.index - 12))));
  if (shell && !named) return `"${shell[0]}" points back to another sentence`;
  // "According to the writer, mine recently made me marvel…": the writer's own "I" does not
  // read in the third person the lead-in puts it in.
  // ("…, let's face another reality" is the writer's own voice too.)
  if (
    /^((true or false|fill in the blank): )?According to the writer\b/i.test(text) &&
    (/\b(I|me|my|mine|myself)\b/.test(body.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) ||
      /\blet['’]s\b/i.test(body))
  )
    return 'the writer\'s own first person after "According to the writer"';
  // "…you are surely sitting in your chair, smugly…": outside a quotation, "you" is the reader
  // the writer addresses, not a fact about the world ("Fight for Your Rights" is a title).
  if (
    /^You\b|\b(you|your|yourself)\b/.test(body.replace(/"[^"]*"/g, "")) &&
    // (A speech tag excuses it, not the reader's own "a story you told".)
    !/(?<!\byou )\b(said|says|told|added)\b/.test(body)
  )
    return `"you" addresses the reader`;
  // "A lot of things are in our favour": the first person is a speaker the statement lost.
  if (
    /\b(we|our|us|my|me)\b|\sI\s/.test(body) &&
    !/^According to /.test(text) &&
    !/\b(said|says|told|added)\b/.test(body)
  )
    return "a first-person quotation without its speaker";
  // "Investigating the blasts which killed 250 people.": a gerund phrase with no clause.
  // (A comma inside a figure, "1,000", is no clause break.)
  if (/^[A-Z][a-z]+ing (the|a|an|his|her|their|its)\b/.test(body) && !/,\s/.test(body))
    return "a phrase without a main clause";
  // "Given the option to take the set-piece quickly.": a participle phrase with no clause.
  if (/^(given|faced|asked|told|having|being|after|before)\b/i.test(body) && !/,/.test(body))
    return "a phrase without a main clause";
  // "The French striker headed…": a description, not a name.
  if (
    /^[Tt]he (\p{Lu}\p{Ll}+(ish|an|ese|ch|i)) [a-z]+ [a-z]+/u.test(body) &&
    !/^[Tt]he \S+ (of|for|in|at)\b/.test(body)
  )
    return `"${ws.slice(0, 3).join(" ")}" does not say who`;
  // "The contract, to provide refuelling tankers…, was cancelled": which contract?
  if (/^[Tt]he [a-z]+, /.test(body)) return `"${ws.slice(0, 2).join(" ")}" does not say which one`;
  // "The judge on March 1 confirmed…": which judge?
  // ("The council in Leeds" says which: a place names it, a date does not.)
  if (
    /^[Tt]he [a-z]+ (on|in|at|last) (\d|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/.test(
      body,
    )
  )
    return `"${ws.slice(0, 2).join(" ")}" does not say which one`;
  // A subordinate clause with no main clause ("Unlike virtual reality, which delivers …").
  if (
    /^(unlike|in the event|if|when|while|although|though|because|whereas|once|unless|until|given that)\b/i.test(
      body,
    )
  ) {
    // The main clause after the comma needs words enough for a subject and a verb.
    const after = /, (?!which|who|where|whose|when)([\p{L}"].*)$/u.exec(body)?.[1] ?? "";
    // ("Although details of X, Y, and Z, are yet to be finalised": the part after the last
    // comma opens with a verb, so the commas were a list's and the main clause is missing.)
    const last = /, ([^,]*)$/.exec(body)?.[1] ?? "";
    const main =
      after.split(/\s+/).filter(Boolean).length >= 4 &&
      !/^(are|is|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b/.test(
        last,
      );
    if (!main) return "a subordinate clause without its main clause";
    // "While Deebo Samuel, George Kittle and Brandon Aiyuk are blue-chip players.": the first
    // comma ends a name, so the commas are a list's; the main clause must follow the verb.
    const firstPart = /^\S+ ([^,]*),/.exec(body)?.[1] ?? "";
    if (
      firstPart &&
      firstPart.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) &&
      /^\S+ [^,]*, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*(?: and\b|,)/u.test(body)
    ) {
      const verb = /\b(are|is|was|were|has|have|had|will|would|can|could)\b/.exec(body);
      if (!verb || !/, [\p{L}"]\S*( \S+){3,}/u.test(body.slice(verb.index)))
        return "a subordinate clause without its main clause";
    }
  }
  // A demonstrative or "such" determiner anywhere in the statement leans on another sentence
  // ("…where the private sector is the engine of growth, such government intervention…").
  for (let i = 0; i < ws.length - 1; i++) {
    const w = bare(ws[i]!);
    const next = bare(ws[i + 1]!);
    // ("Which of these provinces…?" asks about the options, not another sentence.)
    const afterOf =
      i > 1 && bare(ws[i - 1]!) === "of" && /^(which|one|each|any|none)$/.test(bare(ws[i - 2]!));
    if (
      (w === "these" || w === "those" || w === "such") &&
      !afterOf &&
      !/^(as|that|a|an)$/.test(next)
    )
      return `"${ws[i]} ${ws[i + 1]}" points back to another sentence`;
    if (w === "this" && /^\p{Ll}+$/u.test(next) && !DEICTIC_TIME.test(next))
      return `"${ws[i]} ${ws[i + 1]}" points back to another sentence`;
    // "In the wake of that outbreak": "that" after a preposition points at a thing named before.
    if (
      w === "that" &&
      i > 0 &&
      /^(of|in|at|after|since|before|from|during|by|with|on|about|over)$/.test(bare(ws[i - 1]!)) &&
      /^\p{Ll}{3,}$/u.test(next) &&
      !/^(is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|does|did|the|a|an)$/.test(
        next,
      ) &&
      !DEICTIC_TIME.test(next)
    )
      return `"${ws[i]} ${ws[i + 1]}" points back to another sentence`;
  }
  // A third-person pronoun with no name before it to refer to.
  const pronoun = ws.findIndex((w) => THIRD_PERSON.test(bare(w)));
  if (pronoun >= 0) {
    const before = ws.slice(0, pronoun);
    // A capitalised word names something, except the sentence's own first word when it is
    // one of the words sentences open with ("At the last hearing, it…").
    // The first word is capitalised anyway: it names something only when it is no everyday
    // English word ("Back under the spotlight she…", "Among the products she…" name nobody).
    // A month or a weekday names a time, never what "it" or "she" is.
    const named = before.some(
      (w, i) =>
        /^["(]?\p{Lu}/u.test(w) &&
        !MONTH_OR_DAY.test(bare(w)) &&
        (i > 0 ||
          (!SENTENCE_OPENERS.has(bare(w)) &&
            zipf(bare(w)) < 4.5 &&
            !(/s$/.test(bare(w)) && zipf(bare(w)) >= 3.5))),
    );
    const pluralNoun = before.some((w) => /^[a-z]{4,}s[,.]?$/i.test(w));
    const p = bare(ws[pronoun]!);
    const afterComma = /,$/.test(before[before.length - 1] ?? "");
    // "In 2004 it detected…", "Fans will be able to download it": "it" needs a noun phrase
    // before it ("the song … it"), not a date or a verb.
    const noun = /\b(the|a|an|this|his|her|their|its|our)\s+[\p{L}-]{3,}/iu.test(before.join(" "));
    // "It is important to…", "it is the analysts' job to predict…": an "it" that stands for
    // the clause after it.
    const extraposed =
      /^it (is|was|will be|would be) (not )?((?!equally )[a-z]+ly )?(important|necessary|possible|impossible|hard|difficult|easy|vital|essential|crucial|clear|likely|unlikely|the [\p{L}']+ job|[\p{L}']+ job|up to [\p{L}']+) (to|that|for)\b/iu.test(
        ws.slice(pronoun).join(" "),
      );
    const ok =
      named ||
      extraposed ||
      (/^(they|them|their|theirs)$/.test(p) && pluralNoun) ||
      (/^(it|its)$/.test(p) && before.length >= 2 && !afterComma && noun);
    if (!ok) return `"${ws[pronoun]}" has no referent in the statement`;
  }
  if (/\b(said|says|added|adds),\s+adding\b/i.test(body)) return "a quotation has lost its speaker";
  // "…on either issue": which two?
  if (/\beither (issue|side|case|question|option|way|proposal|plan)\b(?! or\b)/i.test(body))
    return `"either" points back to two things another sentence named`;
  // "…asked Americans that question", "has taken that advice to heart": "that" before a
  // word for something said points back to where it was said.
  if (
    /\bthat (question|view|idea|advice|letter|claim|promise|argument|logic|reasoning|message|warning|point|goal|vision|approach|theory|notion|belief|assumption|prediction|statement|remark|decision)\b(?! (is|was|are|were|has|had|will|would|can|could|should|must|may|might|of)\b)/i.test(
      body,
    )
  )
    return `"that" points back to another sentence`;
  // "In the following decades, …", "At the time, …": after a time another sentence named.
  if (
    /^(in the (following|next|ensuing|coming|intervening|subsequent) (days|weeks|months|years|decades|centuries)|in the (days|weeks|months|years|decades) (that )?follow(ed|ing)|at the time|at that (time|point|moment)|by then|by that time|since then|until then|from then on)\b/i.test(
      body,
    )
  )
    return "follows on from a time another sentence named";
  // "Where the US is one of five countries…": a relative clause without its sentence.
  if (/^where\b/i.test(body) && !/\?$/.test(body)) return "a relative clause without its sentence";
  // "…, said one of the officials cited above": above where?
  if (
    /\b(cited|mentioned|quoted|noted|described|named|listed) (above|below|earlier)\b|\bas (mentioned|noted|described) (above|earlier|before)\b/i.test(
      body,
    )
  )
    return "points to another part of the article";
  // "Then there was a glitch", "Almost immediately, Henry…": after something not said here.
  if (
    /^(then|as if|almost immediately|immediately|soon after|shortly after(wards)?|afterwards|(seconds|minutes|moments|hours|days|weeks|months) later),? /i.test(
      body,
    )
  )
    return "follows on from something another sentence said";
  // "…has never raced there before": where?
  if (
    /\b(raced|been|lived|live|lives|went|go|goes|arrived|stayed|played|worked|work) there\b/i.test(
      body,
    )
  )
    return `"there" points to a place another sentence named`;
  // "A spokeswoman said": whose?
  // ("The Tory spokesman criticised…": a party's spokesman is still nobody named.)
  if (/^(a|the) (\p{Lu}[\p{L}-]+ )?spokes(man|woman|person) [a-z]+/iu.test(body))
    return "a spokesperson of nobody named";
  // "…paid 1,900 fines over the same period": the same as what?
  // ("…to spread the same message", "both measures", "Similar warnings…": the same as what,
  // which two, similar to what?)
  const same =
    /\bthe same (period|time|day|week|month|year|season|night|morning)\b/i.exec(body) ??
    /(?<!\bof )\bthe (?:exact |very )?same (?!time\b|way\b|sex\b)[a-z]+\b(?! (as|that|of)\b)/.exec(
      body,
    ) ??
    // "…is just as harmful": as harmful as what?
    // ("Just as there is a coalition against Comic Sans, so should there be…" compares in place.)
    /\b(just|equally|every bit) as [a-z]+\b(?!.*(\bas\b|, so\b))/.exec(body) ??
    /\bboth [a-z]+s\b(?! (and|of)\b)/.exec(body) ??
    /^similar(ly)?\b/i.exec(body);
  if (same) return `"${same[0]}" points back to another sentence`;
  // "Transport minister Maria Lopes has said.": a speech tag cut off from what was said.
  if (
    /^(?:\p{Lu}[^,;:"]{0,20}, )?[^,;:"]{0,80}\b(has |had )?(said|says|added|adds|told (the )?(\p{Lu}[\p{L}.&-]* ?){1,5}|told \w+)( (on|last|this) \w+| (after|following|before|during|at) (the|a|his|her|their) \w+)?[.!]?$/u.test(
      body,
    ) &&
    ws.length <= 11
  )
    return "a speech tag without what was said";
  if (/,["”']?\s*(he|she|they|it)\s+(said|added|says|adds|noted|told \w+)[.?!"]*$/i.test(body))
    return "a quotation's speaker is only a pronoun";
  if (/^\s*,|^\s*(and|but|or|so(?![- ](far|called|much|many)\b)|yet|nor|neither)\b/i.test(body))
    return "opens with a connective that needs the previous sentence";
  // "After this, …", "To that, Cook added…", "…has admitted as much": after, or as much as,
  // something another sentence said.
  if (
    /^(after|before|despite|beyond|besides|to|on top of|in addition to|because of|following) (this|that)\b(?! \p{Ll}{3,})/iu.test(
      body,
    )
  )
    return "follows on from something another sentence said";
  if (/\b(admitted|said|conceded|suspected|knew|implied|suggested) as much\b/i.test(body))
    return `"as much" points back to another sentence`;
  // "…Mayo Clinic.), (As CNN's…": sentences run together across brackets are no statement.
  if (/[.!?]\)|\), \(/.test(text)) return "sentences run together across brackets";
  // "…, that should be as far as politics go": "that" standing alone as the subject.
  if (/(^|[,;:] )that (should|is|was|will|would|must|has|had|can|could|may|might)\b/i.test(body))
    return `"that" points back to another sentence`;
  // "Sen. Al Franken says no": the answer to a question the statement does not ask.
  if (/\b(says|said|say) (no|yes)\b/i.test(body))
    return "answers a question the statement does not ask";
  // "…in 1994, the number shrunk to 36": the number of what?
  // ("the share price", "the rate rise": the word only describes the noun after it.)
  if (
    /\bthe (number|figure|total|rate|share|amount)\b(?! (of|prices?|holders?|costs?|rises?|cuts?|hikes?)\b)/i.test(
      body,
    )
  )
    return `"the number" does not say of what`;
  // "Even as a small child, nothing could make more sense": whose childhood?
  if (
    /^(even )?as an? (small |young |little )?(child|kid|boy|girl|teenager|student|youngster)\b/i.test(
      body,
    )
  )
    return "an opening about somebody the statement does not name";
  // "…can be partisan and contentious, but not this.": not what?
  if (
    /\b(not|but|like|about|of|with|on|for|to|from|by|after|before) (this|that|these|those)[.!?"]*$/i.test(
      body,
    )
  )
    return `"${/(this|that|these|those)[.!?"]*$/i.exec(body)![1]}" at the end points back to another sentence`;
  // "Luminous eventually wants to do so with its own chips": do what?
  if (/\b(do|does|did|doing|done) so\b/i.test(body))
    return `"do so" points back to another sentence`;
  // "Kidd, who did it against 28 teams…": did what?
  if (/\b(did|done|doing) (it\b|(this|that)\b(?! \p{Ll}{3,}))/iu.test(body))
    return `"did it" points back to another sentence`;
  // "If not, it's a bearish time…", "If so, …": the condition is another sentence's.
  if (/^(if|when|even) (not|so)\b/i.test(body)) return "a condition another sentence states";
  // "Just ask the folks at Amgen", "Take Ozempic": an imperative addresses the reader and
  // states nothing.
  if (
    /^(just |simply )?(ask|take|look at|consider|imagine|remember|think of|think about|note|see)\b/i.test(
      body,
    )
  )
    return "an imperative, not a statement";
  return undefined;
}
