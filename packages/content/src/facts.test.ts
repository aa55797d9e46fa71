import { danglingReferent } from "./standalone";
import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "./default-article";
import { deriveStudyKit } from "./derive";
import { deriveFactUnits } from "./facts";
import { readArticle } from "./read-article";
import type { Fact } from "./types";

const kit = deriveStudyKit(readDefaultArticle());
const { facts, article } = kit;

function factsOf(text: string): Fact[] {
  return deriveFactUnits(readArticle(text)).map((u) => u.fact);
}

const ENTITY_KINDS = ["person", "organisation", "place", "date", "number", "percentage", "event"];

describe("key facts of the shipped article", () => {
  it("finds at least 25 facts", () => {
    expect(facts.length).toBeGreaterThanOrEqual(25);
  });

  it("splits the compound sentence about borders, trade and economies, dropping the clause that leans on another", () => {
    const sentence = article.sentences.find((s) => s.text.startsWith("Borders have remained"))!;
    const fromIt = facts.filter((f) => f.sentenceIds.includes(sentence.id)).map((f) => f.text);
    // "Both economies are suffering." does not say whose: it is no fact on its own.
    expect(fromIt).toEqual([
      "Borders have remained closed since October.",
      "Trade has been suspended.",
    ]);
  });

  it("keeps no fact that leans on a referent in another sentence", () => {
    for (const f of facts) expect(danglingReferent(f.text), f.text).toBeUndefined();
    expect(facts.map((f) => f.text)).not.toContain("The process has stalled.");
    expect(facts.some((f) => /^(These|They|Such|This) /.test(f.text))).toBe(false);
  });

  it("keeps 'According to official claims' in the fact about 100 militants", () => {
    const fact = facts.find((f) => f.text.includes("100 militants"))!;
    expect(fact.text).toBe(
      "According to official claims, more than 100 militants were killed in the strikes.",
    );
    expect(fact.stance).toBe("attributed");
    expect(fact.attribution).toBe("official claims");
  });

  it("records the Afghan Taliban's allegation of civilian casualties as alleged", () => {
    const fact = facts.find((f) => f.text.includes("alleging civilian casualties"))!;
    expect(fact.stance).toBe("alleged");
    expect(fact.attribution).toMatch(/Afghan Taliban/);
    // The discourse marker "However," does not belong to the fact.
    expect(fact.text).toMatch(/^The Afghan Taliban summoned/);
  });

  it("keeps the attribution words in the text of every attributed or alleged fact", () => {
    const claims = facts.filter((f) => f.stance === "attributed" || f.stance === "alleged");
    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const f of claims) {
      expect(f.attribution, f.text).toBeTruthy();
      const kept =
        f.text.toLowerCase().includes(f.attribution!.toLowerCase()) ||
        // Hearsay is attributed to "reports" through words such as "a reported 45 percent".
        (f.attribution === "reports" && /\breport(s|ed|edly)?\b/i.test(f.text));
      expect(kept, `"${f.text}" lost its attribution "${f.attribution}"`).toBe(true);
    }
  });

  it("gives plain statements no attribution", () => {
    for (const f of facts.filter((x) => x.stance === "stated" || x.stance === "opinion")) {
      expect(f.attribution, f.text).toBeNull();
    }
  });

  it("covers every paragraph of the article with at least one fact", () => {
    const cited = new Set(facts.flatMap((f) => f.sentenceIds));
    for (const p of article.paragraphs) {
      const covered = p.sentenceIds.some((id) => cited.has(id));
      expect(covered, `paragraph ${p.index} has no fact`).toBe(true);
    }
  });

  it("scores importance in [0, 1] and ranks the lead above the closing opinion", () => {
    for (const f of facts) {
      expect(f.importance).toBeGreaterThanOrEqual(0);
      expect(f.importance).toBeLessThanOrEqual(1);
    }
    const lead = facts[0]!;
    const closing = facts.at(-1)!;
    expect(lead.importance).toBeGreaterThan(closing.importance);
  });

  it("gives every fact a unique id, existing source sentences and typed entities", () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    const sentenceIds = new Set(article.sentences.map((s) => s.id));
    for (const f of facts) {
      expect(f.sentenceIds.length).toBeGreaterThan(0);
      for (const id of f.sentenceIds) expect(sentenceIds.has(id)).toBe(true);
      for (const e of f.entities) expect(ENTITY_KINDS).toContain(e.kind);
      expect(f.text).toMatch(/^[A-Z"]/);
      expect(f.text).toMatch(/[.!?]["')]?$/);
    }
  });

  it("carries the entities a teacher would ask about", () => {
    const first = facts[0]!;
    const names = first.entities.map((e) => e.text);
    expect(names).toEqual(expect.arrayContaining(["Nangarhar", "Paktika", "Khost"]));
    const increase = facts.find((f) => f.text.includes("45 percent"))!;
    expect(increase.entities).toContainEqual(
      expect.objectContaining({ kind: "percentage", value: 45 }),
    );
  });

  it("categorises the strikes as military or security and the trade halt as economy", () => {
    expect(["military", "security"]).toContain(facts[0]!.category);
    expect(facts.find((f) => f.text === "Trade has been suspended.")!.category).toBe("economy");
  });
});

describe("deriveFactUnits on small articles", () => {
  it("does not split reported speech away from its speaker", () => {
    const fs = factsOf(
      "Officials said that the border was closed on Monday, and trade was suspended for a week.",
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.text).toMatch(/^Officials said that/);
    expect(fs[0]!.stance).toBe("attributed");
  });

  it("keeps the 'According to' lead-in in front of each clause it splits", () => {
    const fs = factsOf(
      "According to the police, the Anarkali market was closed on Monday, and the Mall Road was blocked by protesters.",
    );
    expect(fs.length).toBeGreaterThanOrEqual(1);
    for (const f of fs) {
      expect(f.text).toMatch(/^According to the police, /);
      expect(f.stance).toBe("attributed");
    }
  });

  it("skips fragments, questions and too-short sentences", () => {
    const fs = factsOf(
      "Is dialogue the only way forward? Yes. Militants often live among civilians in rural areas.",
    );
    expect(fs.map((f) => f.text)).toEqual(["Militants often live among civilians in rural areas."]);
    expect(
      factsOf(
        "Yeading will face Newcastle in the third round. Matches to be played on weekend of 8/9 January.",
      ).map((f) => f.text),
    ).toEqual(["Yeading will face Newcastle in the third round."]);
  });

  it("does not cut a list at a compound's 'set' ('cable set-top box') as if a clause began", () => {
    const fs = factsOf(
      "Microsoft shows its new console in Las Vegas. Coming out in the autumn in the US, the box is a networked, high-definition TV, cable set-top box, digital video recorder and DVD recorder.",
    );
    expect(fs.some((f) => /^Cable set-top box/.test(f.text))).toBe(false);
  });

  it("gives the same ids for the same text", () => {
    const text = "Pakistan closed the border in October. Trade fell by 45 percent.";
    expect(factsOf(text).map((f) => f.id)).toEqual(factsOf(text).map((f) => f.id));
  });
});

describe("ranking facts by importance", () => {
  const top = (fs: Fact[], n = 10) =>
    [...fs]
      .sort((a, b) => b.importance - a.importance)
      .slice(0, n)
      .map((f) => f.text);

  it("puts the article's main points at the top of the shipped article", () => {
    const best = top(facts);
    expect(best[0]).toMatch(/^Pakistan has carried out intelligence-based airstrikes/);
    expect(best.some((t) => /more than 100 militants were killed/.test(t))).toBe(true);
    expect(best.some((t) => /45 percent increase/.test(t))).toBe(true);
    expect(best.some((t) => /alleging civilian casualties/.test(t))).toBe(true);
    // Asides and general reflections stay out of the top ten.
    expect(best.some((t) => /^Millions of Afghans have lived/.test(t))).toBe(false);
  });

  it("keeps the ranking when the article arrives as one paragraph", () => {
    const [title, ...body] = readDefaultArticle().split(/\n\s*\n/);
    const flat = deriveStudyKit(`${title}\n\n${body.map((p) => p.trim()).join(" ")}`).facts;
    const shared = top(flat).filter((t) => top(facts).includes(t));
    expect(shared.length).toBeGreaterThanOrEqual(8);
  });
});

describe("facts from a report's long and quoted sentences", () => {
  const texts = (body: string) => factsOf(`Harbour vote\n\n${body}`).map((f) => f.text);

  it("keeps the main clause when only an opening phrase leans on another sentence", () => {
    const fs = texts(
      "Velden Council approved the new harbour plan on Monday. Despite such objections, Velden Council will spend 40 million euros on the harbour over ten years.",
    );
    expect(fs).toContain(
      "Velden Council will spend 40 million euros on the harbour over ten years.",
    );
  });

  it("drops an opener that only links to the sentence before ('Anyway,', 'For instance,')", () => {
    const fs = texts(
      "Velden Council approved the harbour plan on Monday. Anyway, Velden harbour will get 40 new berths by 2027. For instance, Velden's ferry quay will be rebuilt in stone.",
    );
    expect(fs).toContain("Velden harbour will get 40 new berths by 2027.");
    expect(fs).toContain("Velden's ferry quay will be rebuilt in stone.");
  });

  it("keeps a list whole: 'While A, B and C are…' loses no name to a dropped opening", () => {
    const fs = texts(
      "While Anna Berg, Tom Hale and Mia Holm are strong candidates with long records, Ola Brandt is the favourite to win the Velden mayoral race.",
    );
    expect(fs).toContain("Ola Brandt is the favourite to win the Velden mayoral race.");
    expect(fs.some((f) => /^Tom Hale and Mia Holm/.test(f))).toBe(false);
  });

  it("makes no fact of a phrase whose only verb belongs to a name", () => {
    const fs = texts(
      "Velden elects its mayor in two rounds of voting. Under the town's Ranked Choice Voting system. The count took three days.",
    );
    expect(fs.some((f) => /^Under the town's/.test(f))).toBe(false);
  });

  it("never drops a condition the main clause depends on", () => {
    const fs = texts(
      "Velden Council approved the new harbour plan on Monday. If such objections grow, the harbour plan will be put to a public vote in Velden.",
    );
    expect(fs.join(" ")).not.toMatch(/^The harbour plan will be put/m);
  });

  it("names the speaker of a quotation that ends '…,\" said Anna Berg'", () => {
    const fs = factsOf(
      'Harbour vote\n\nVelden Council approved the new harbour plan on Monday. "The town has entered a critical phase," said Anna Berg, 56, who chairs the harbour board.',
    );
    expect(fs.find((f) => f.text.startsWith('"The town'))?.attribution).toBe("Anna Berg");
  });

  it("gives a speaker, not the writer, a quotation's evaluative words", () => {
    const fs = factsOf(
      'Harbour vote\n\nVelden Council approved the new harbour plan on Monday. "Harbours are enormously important to a fishing town like Velden," Berg said.',
    );
    const quote = fs.find((f) => f.text.startsWith('"Harbours'));
    expect(quote?.stance).toBe("attributed");
    expect(quote?.attribution).toBe("Berg");
  });

  it("ends a long statement before what went on at the same time, and drops a dashed aside", () => {
    const fs = texts(
      'Thousands of fishermen from Velden and Ostrand marched through the old harbour district on Thursday chanting "No plan! No vote!" as Velden Council met to approve the harbour plan that they see as a threat. Four of the five councillors - all members of the ruling party - said on Tuesday that they would vote for the harbour plan in the town hall of Velden before the end of the year. "Harbours are looked to by everyone from shipping firms and boat builders to mom-and-pop fishmongers on the quay as a barometer of how well the whole town of Velden is doing in the winter."',
    );
    expect(fs).toContain(
      'Thousands of fishermen from Velden and Ostrand marched through the old harbour district on Thursday chanting "No plan! No vote!"',
    );
    expect(fs.some((f) => /all members of the ruling party/.test(f))).toBe(false);
    expect(fs.some((f) => /mom-and-pop fishmongers on the quay as a barometer/.test(f))).toBe(true);
  });
});
