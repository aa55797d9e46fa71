// Open prompts for discussion: the writer's arguments, competing accounts, and causes. Each
// comes with a model answer and a rubric for self-assessment.
import { WRITER_LEAD, type FactUnit } from "../facts";
import { sideOfSource } from "../sources";
import { capitalise, decapitalise, opensWithName, stripStop, type Draft } from "./draft";

const RUBRIC_CLAIMS = "Keeps claims and allegations attributed to whoever made them";

/** Content words of a statement: five letters or more, its lead-in left out. */
function keyWords(text: string): Set<string> {
  return new Set(
    text
      .replace(/^According to [^,]{1,80}, /, "")
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 6)),
  );
}

/**
 * The statements around a fact that bear on it: in its paragraph, sharing a content word with it
 * ("a committee has been formed…" says nothing of why five-year plans fail).
 */
function supporting(unit: FactUnit, units: FactUnit[]): FactUnit[] {
  const own = keyWords(unit.fact.text);
  return units
    .filter(
      (u) =>
        u !== unit &&
        u.sentence.paragraph === unit.sentence.paragraph &&
        [...keyWords(u.fact.text)].some((w) => own.has(w)),
    )
    .slice(0, 2);
}

function detail(units: FactUnit[]): string {
  const names = units.flatMap((u) => u.fact.entities).map((e) => e.text);
  return names.length ? ` (for example ${[...new Set(names)].slice(0, 2).join(" or ")})` : "";
}

// What a model answer adds to the statement a prompt already quotes, for self-assessment.
const ARGUMENT_GUIDE =
  "A strong answer gives the reasons the article offers for this view, weighs them, and takes a position.";
const SIGNIFICANCE_GUIDE =
  "A strong answer says what this led to or why it matters, using the article's other points.";

// A judgement in the writer's own words: a superlative, an obligation, a verdict of failure.
// ("the best five teams" only picks teams out; it judges nothing.)
const JUDGEMENT =
  /\b(most (?!recently|of\b)|least (?!of\b)|(best|worst)(?! (\d+|two|three|four|five|six|seven|eight|nine|ten)\b)|(?<!\bas (?:they|it|he|she|we|you|I) )should|must|ought|need to|needs to|failed|failure|failing|wrong|undeniable|unacceptable|essential|crucial|vital)\b/i;

// "we witnessed hard-fought battles…", "I spent a week…": the writer telling what happened is
// a story, not a view to agree with.
const NARRATED =
  /\b(we|I)( (then|also|first|once|recently))? ([a-z]+ed|saw|had|went|heard|met|found|knew|thought|felt|spent|took|made|got|came|began)\b/;

export function openQuestions(units: FactUnit[]): Draft[] {
  const drafts: Draft[] = [];

  // Competing accounts: two sources on different sides.
  const attributed = units.filter(
    (u) => (u.fact.stance === "attributed" || u.fact.stance === "alleged") && u.fact.attribution,
  );
  const pairs: [FactUnit, FactUnit][] = [];
  for (const a of attributed) {
    for (const b of attributed) {
      const sideA = sideOfSource(a.fact.attribution!);
      const sideB = sideOfSource(b.fact.attribution!);
      if (a.start < b.start && sideA && sideB && sideA !== sideB) pairs.push([a, b]);
    }
  }
  // Accounts answering each other sit close together: prefer the nearest pair.
  pairs.sort(
    ([a1, b1], [a2, b2]) =>
      Math.abs(a1.sentence.paragraph - b1.sentence.paragraph) -
      Math.abs(a2.sentence.paragraph - b2.sentence.paragraph),
  );
  for (const [a, b] of pairs.slice(0, 1)) {
    drafts.push({
      type: "open",
      prompt: `The article reports different accounts from ${a.fact.attribution} and ${b.fact.attribution}. What does each side say, and why does it matter that the article attributes these statements instead of stating them as facts?`,
      options: null,
      answer: null,
      modelAnswer: `${a.fact.text} By contrast: ${b.fact.text} Because these are claims, the article attributes them; neither has been independently confirmed.`,
      rubric: [
        `States what ${a.fact.attribution} says`,
        `States what ${b.fact.attribution} says`,
        RUBRIC_CLAIMS,
        "Explains why unverified claims need care",
      ],
      explanation: `Source sentences: "${a.sentence.text}" and "${b.sentence.text}"`,
      sourceSentenceIds: [...new Set([a.sentence.id, b.sentence.id])],
      factIds: [a.fact.id, b.fact.id],
      stance: "attributed",
      attribution: `${a.fact.attribution}; ${b.fact.attribution}`,
      difficulty: "hard",
      skill: "analysis",
    });
  }

  // An opinion piece's own arguments (its modal and evaluative statements, which the facts
  // attribute to the writer): ask for the writer's reasons and the student's judgement.
  const arguments_ = units
    .filter(
      (u) =>
        u.fact.attribution === "the writer" &&
        u.fact.text.startsWith(WRITER_LEAD) &&
        // (A hedge or a prediction, "lung scarring can result", argues nothing.)
        JUDGEMENT.test(u.fact.text) &&
        !NARRATED.test(u.fact.text) &&
        // ("maybe no one believed a story you told…": a guess about the reader is no view.)
        !/\b(you|your|maybe|perhaps)\b/i.test(u.fact.text) &&
        // ("…that the writer Paul Wells has some rules…", "…that one example: an article in
        // Science notes…": another writer's words, or an example, is no claim of this one's.)
        !/^(the (writer|author|columnist)\b|[^:]{0,25}: )/i.test(
          u.fact.text.slice(WRITER_LEAD.length),
        ),
    )
    .sort((x, y) => y.fact.importance - x.fact.importance || x.start - y.start)
    .slice(0, 3);
  for (const unit of arguments_) {
    const support = supporting(unit, units);
    // The writer's lead already lower-cased every opening word but a name.
    const claim = unit.fact.text.slice(WRITER_LEAD.length);
    drafts.push({
      type: "open",
      // (Not "What reasons does the writer give…?": an opinion piece may argue without them.)
      prompt: `The writer argues that ${stripStop(claim)}. Do you agree? Give your reasons.`,
      options: null,
      answer: null,
      modelAnswer: [
        `The writer's view: ${stripStop(claim)}.`,
        ...(support.length
          ? [`What the article says around it: ${support.map((s) => s.fact.text).join(" ")}`]
          : []),
        "A strong answer puts this view in the student's own words, weighs it against what the article and the student know, and takes a position with reasons.",
      ].join(" "),
      rubric: [
        "Restates the writer's argument in your own words",
        `Weighs what the article offers for and against it${detail([unit, ...support])}`,
        "Takes a position and justifies it",
        "Tells the writer's opinion apart from reported fact",
      ],
      explanation: `The writer says: "${unit.sentence.text}"`,
      sourceSentenceIds: [unit.sentence.id, ...support.map((s) => s.sentence.id)].filter(
        (v, i, a) => a.indexOf(v) === i,
      ),
      // The question asks about the argument; the facts around it only inform the model answer.
      factIds: [unit.fact.id],
      stance: "attributed",
      attribution: "the writer",
      difficulty: "hard",
      skill: "analysis",
    });
  }

  // A news report's modal and evaluative sentences: ask for reasons and a judgement.
  const opinions = units
    .filter((u) => u.fact.stance === "opinion")
    .sort((x, y) => y.fact.importance - x.fact.importance || x.start - y.start)
    .slice(0, 3);
  for (const unit of opinions) {
    const support = supporting(unit, units);
    drafts.push({
      type: "open",
      prompt: `The article argues that ${decapitalise(stripStop(unit.fact.text), opensWithName(unit))}. What reasons does the article give for this view, and do you agree?`,
      options: null,
      answer: null,
      modelAnswer: [unit.fact.text, ...support.map((s) => s.fact.text), ARGUMENT_GUIDE].join(" "),
      rubric: [
        "Restates the argument in your own words",
        `Gives at least one reason from the article${detail([unit, ...support])}`,
        "Takes a position and justifies it",
        RUBRIC_CLAIMS,
      ],
      explanation: `The article says: "${unit.sentence.text}"`,
      sourceSentenceIds: [unit.sentence.id, ...support.map((s) => s.sentence.id)].filter(
        (v, i, a) => a.indexOf(v) === i,
      ),
      factIds: [unit.fact.id, ...support.map((s) => s.fact.id)],
      stance: "opinion",
      attribution: null,
      difficulty: "hard",
      skill: "analysis",
    });
  }

  // The most important stated facts: explain their significance.
  const stated = units
    .filter((u) => u.fact.stance === "stated" && u.fact.entities.length > 0)
    .sort((x, y) => y.fact.importance - x.fact.importance || x.start - y.start)
    .slice(0, 2);
  for (const unit of stated) {
    const support = supporting(unit, units);
    drafts.push({
      type: "open",
      prompt: `${capitalise(stripStop(unit.fact.text))}. Why is this significant, according to the article?`,
      options: null,
      answer: null,
      modelAnswer: [unit.fact.text, ...support.map((s) => s.fact.text), SIGNIFICANCE_GUIDE].join(
        " ",
      ),
      rubric: [
        "Explains what happened in your own words",
        `Connects it to its causes or consequences in the article${detail(support)}`,
        RUBRIC_CLAIMS,
      ],
      explanation: `The article says: "${unit.sentence.text}"`,
      sourceSentenceIds: [unit.sentence.id, ...support.map((s) => s.sentence.id)].filter(
        (v, i, a) => a.indexOf(v) === i,
      ),
      factIds: [unit.fact.id, ...support.map((s) => s.fact.id)],
      stance: "stated",
      attribution: null,
      difficulty: "hard",
      skill: "analysis",
    });
  }
  return drafts;
}
