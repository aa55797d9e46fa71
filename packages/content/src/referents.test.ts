// Facts stand alone by naming what their sentence only points to: "He", "…, she said", "the
// awards", "The bench". Each rewrite must name the right thing or not happen at all.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { deriveFactUnits } from "./facts";
import { corpusDir } from "./quality";
import { readArticle } from "./read-article";

function factTexts(text: string): string[] {
  return deriveFactUnits(readArticle(text)).map((u) => u.fact.text);
}

function factsOf(text: string) {
  return deriveFactUnits(readArticle(text)).map((u) => u.fact);
}

describe("a person's pronoun", () => {
  const story = [
    "Comedy writer Nadia Okafor is writing a film for the director Tomas Berg.",
    "Okafor has already finished the first draft of the script.",
    "She will also direct the opening scene herself.",
    '"Writing comedy for the cinema is the hardest job I know," she said.',
  ].join(" ");

  it("is the subject of the sentence before, named in full, and 'also' goes", () => {
    expect(factTexts(story)).toContain("Nadia Okafor will direct the opening scene herself.");
  });

  it("names the speaker of a closing '…, she said' through a quotation that names nobody", () => {
    const facts = factsOf(story);
    const quoted = facts.find((f) => f.text.includes("hardest job"));
    expect(quoted?.attribution).toBe("Nadia Okafor");
    expect(quoted?.text).toMatch(/,"? Nadia Okafor said\.$/);
  });

  it("is not resolved when the sentence before has a described subject and another name", () => {
    const text = [
      "Winger Lars Brandt has broken a bone in his left foot.",
      "The 23-year-old missed two months of last season after a tackle by Milan's Paolo Rossi.",
      "He said the injury felt different this time and he would be back by spring.",
    ].join(" ");
    expect(factTexts(text).join(" ")).not.toMatch(/Paolo Rossi said/);
  });

  it("is never an institution the name finder took for a person", () => {
    const text = [
      "Thousands of people marched through the town centre on Saturday, the Rural Skills Alliance said.",
      "Country sports had never had so many supporters in the town, she said.",
    ].join(" ");
    const facts = factsOf(text);
    // "…, the Rural Skills Alliance said": the speaker of the march figure…
    expect(facts.find((f) => f.text.startsWith("Thousands"))?.attribution).toBe(
      "the Rural Skills Alliance",
    );
    // …but no "she": the second sentence has no speaker a student could be told.
    expect(facts.some((f) => f.text.startsWith("Country sports"))).toBe(false);
  });
});

describe("a definite description", () => {
  it("names the awards the article named before, but not an award described in place", () => {
    const text = [
      "Writer Nadia Okafor won the prize for best screenplay at the Northern Film Awards on Friday.",
      "Her film lost the best drama category to The Long Road.",
      "Director Tomas Berg was also at the awards to collect the award for best director.",
    ].join(" ");
    expect(factTexts(text)).toContain(
      "Director Tomas Berg was at the Northern Film Awards to collect the award for best director.",
    );
  });

  it("keeps 'the trial court' apart from the high court named before", () => {
    const text = [
      "The Lahore High Court on Monday set aside the decision of the lower court in the land case.",
      "The high court also directed the trial court to decide the petitions afresh on merit.",
    ].join(" ");
    const facts = factTexts(text).join(" ");
    expect(facts).toContain("the trial court to decide");
    expect(facts).not.toMatch(/directed the Lahore High Court/);
  });

  it("makes 'The bench' the one court the article has named", () => {
    const text = [
      "The Sindh High Court on Friday criticised the interior ministry for delays in deporting a foreign prisoner.",
      "The two-judge bench headed by Justice Amna Shah directed the ministry to file a report at the next hearing.",
    ].join(" ");
    expect(factTexts(text)).toContain(
      "The Sindh High Court bench headed by Justice Amna Shah directed the ministry to file a report at the next hearing.",
    );
  });

  it("leaves 'The bench' alone when another court could be meant", () => {
    const text = [
      "The Sindh High Court on Friday criticised the interior ministry for delays in deporting a foreign prisoner.",
      "A sessions court had sentenced him to six months in prison in 2017 for illegal entry.",
      "The two-judge bench headed by Justice Amna Shah directed the ministry to file a report at the next hearing.",
    ].join(" ");
    expect(factTexts(text).join(" ")).not.toMatch(/Sindh High Court bench/);
  });
});

describe("a speech tag and an aside", () => {
  it("reads '…, X has said' as X's claim, never a fact 'X has said.' of its own", () => {
    const facts = factsOf(
      'The new parking rules in the city centre are fair and "easy to follow", Maria Lopes has said.',
    );
    expect(facts.map((f) => f.text)).not.toContain("Maria Lopes has said.");
    expect(facts[0]?.attribution).toBe("Maria Lopes");
  });

  it("drops an acronym spelled out before it and a currency conversion, nothing else", () => {
    const texts = factTexts(
      "The Northern Rail Authority (NRA) fined the operator $250,000 (£131,900) for the delays in March (2024 figures).",
    );
    expect(texts).toEqual([
      "The Northern Rail Authority fined the operator $250,000 for the delays in March (2024 figures).",
    ]);
  });
});

describe("a noun the article pinned to one name", () => {
  it("is that name later ('the film' → the film named before)", () => {
    const text = [
      "The release of the film Silent Harbour has been postponed after protests in Pune.",
      "The film is based on a novel by the journalist Meera Das.",
    ].join(" ");
    expect(factTexts(text)).toContain(
      "Silent Harbour is based on a novel by the journalist Meera Das.",
    );
  });

  it("is left alone when the noun also stands for something else ('a duty judge')", () => {
    const text = [
      "Judge Arif Khan heard the petitions as a duty judge in the morning session.",
      "The judge adjourned the hearing until March 22 at the request of the lawyers.",
    ].join(" ");
    expect(factTexts(text).join(" ")).not.toMatch(/Arif Khan adjourned/);
  });
});

describe("a quotation that runs on into a sentence of its own", () => {
  const story = [
    "Farm spokesman David Kaye said a poor harvest can hurt the share price.",
    '"Rain matters more than anything to a grower," Kaye said. "Harvest reports are read by everyone from traders to small bakers."',
    '"Weather is the whole story," said Larry Forsman, a grain broker. "Crop forecasts are the main ones that traders look at."',
    '"Nobody saw the drop coming," one trader said. "The figures were a surprise to every analyst," added another.',
  ].join("\n\n");

  it("is the speaker's, named in full, whether the tag comes before or after the name", () => {
    const facts = factsOf(story);
    const earnings = facts.find((f) => f.text.includes("Harvest reports are read"));
    expect(earnings).toMatchObject({
      attribution: "David Kaye",
      text: 'David Kaye said, "Harvest reports are read by everyone from traders to small bakers."',
    });
    const quarterly = facts.find((f) => f.text.includes("Crop forecasts are the main ones"));
    expect(quarterly?.attribution).toBe("Larry Forsman");
  });

  it("stays without a speaker in another paragraph, or with two speakers beside it", () => {
    const apart = [
      '"Rain matters more than anything to a grower," Kaye said.',
      '"Harvest reports are read by everyone from traders to small bakers."',
    ].join("\n\n");
    for (const f of factsOf(apart).filter((x) => x.text.includes("Harvest reports")))
      expect(f.attribution).not.toBe("Kaye");
    expect(factsOf(story).some((f) => /said, "The figures were a surprise/.test(f.text))).toBe(
      false,
    );
  });

  it("gives the speaker named with a title in full when the article did ('Mr Straw')", () => {
    const text = [
      "Foreign Secretary Jack Straw launched the new White Paper on Thursday in the Commons.",
      "Mr Straw said the UK would keep its budget rebate in the coming negotiations.",
    ].join(" ");
    expect(factsOf(text).find((f) => /budget rebate/.test(f.text))?.attribution).toBe("Jack Straw");
  });
});

describe("a clause break", () => {
  it("is no break before a compound adjective ('a second, R-rated spin-off')", () => {
    const facts = factTexts(
      "Deadline reports that the studio is also working on a second, R-rated spin-off from Quentin Tarantino, which has been rumoured since 2017.",
    );
    expect(facts.some((f) => /^R-rated/.test(f))).toBe(false);
  });

  it("drops a source's words inside a concession ('And though the CDC has said…, it…')", () => {
    const facts = factsOf(
      'Three cases of plague were confirmed in Velden last week. And though the Velden health agency has said that there is "no need" for residents to worry, it has also warned that remote villages are at risk.',
    );
    expect(facts.some((f) => /^(though|Though) /i.test(f.attribution ?? ""))).toBe(false);
    expect(facts.some((f) => /no need/.test(f.text))).toBe(false);
  });
});

describe("a statement's trailing concession after a dash", () => {
  it("goes when it has no verb of its own ('- although based on…')", () => {
    expect(
      factTexts(
        "Mars crews would end their long sleep with a 21 day recovery period - although based on the experience of animal hibernation, astronauts would keep their muscle.",
      ),
    ).toContain("Mars crews would end their long sleep with a 21 day recovery period.");
  });
});

describe("an aside between spaced dashes", () => {
  it("goes whole, verbs and all, when it describes the noun before it", () => {
    expect(
      factTexts(
        "Apple replaced a flawed keyboard from 2015 - one that it had tried and failed to perfect many times - with a sturdier design from 2015 that was far less flawed.",
      ),
    ).toContain(
      "Apple replaced a flawed keyboard from 2015 with a sturdier design from 2015 that was far less flawed.",
    );
  });
});

describe("a clause with no verb of its own", () => {
  it("is no fact: a verb only in a relative clause, or a relative clause alone", () => {
    const facts = factTexts(
      [
        "Ministers feared the new exams would lower standards in schools across the country.",
        "In comments which are likely to be seen by ministers as a further vindication of their reforms.",
        'Whose vocals add a gloomy texture to the slow dance of "Tokyo"; with atmospherics beneath.',
      ].join(" "),
    );
    expect(facts.some((f) => /^In comments which/.test(f))).toBe(false);
    expect(facts.some((f) => /^Whose vocals/.test(f))).toBe(false);
    expect(facts.some((f) => /^Ministers feared/.test(f))).toBe(true);
  });
});

describe("a clause cut before what its last word needs", () => {
  it("is no fact ('…targeted appropriately before, but never after…'), unlike an adverb's 'before'", () => {
    const facts = factTexts(
      "The industry must make sure a user is targeted appropriately before, but never AFTER they make a purchase. Radcliffe has never raced in New York before.",
    );
    expect(facts.some((f) => /appropriately before\.$/.test(f))).toBe(false);
    expect(facts).toContain("Radcliffe has never raced in New York before.");
  });
});

describe("an office the article named one holder of", () => {
  it("is that holder ('the governor' → Governor Jerry Brown), not a deputy", () => {
    const text = [
      "The regents passed the plan, with Gov. Jerry Brown and Lt. Gov. Gavin Newsom voting against it.",
      "In January, the governor will present his proposed budget to the Legislature.",
    ].join(" ");
    expect(factTexts(text)).toContain(
      "In January, Governor Jerry Brown will present his proposed budget to the Legislature.",
    );
  });

  it("is left alone when the article named two holders or none", () => {
    const text = [
      "Mayor Ana Diaz of Velden met Mayor Omar Reyes of Halden on the bridge on Monday.",
      "The mayor said the new bridge would open to buses in the spring.",
    ].join(" ");
    expect(factTexts(text).join(" ")).not.toMatch(/Mayor (Ana Diaz|Omar Reyes) said/);
  });
});

describe("an opening conjunction", () => {
  it("is dropped, and 'So far' is no conjunction", () => {
    const text = [
      "The series won three national awards in 2004 for its writing and acting.",
      "But the series missed out in the best comedy category to Little Britain.",
      "So far only two episodes of the new season have been broadcast in Europe.",
    ].join(" ");
    const facts = factTexts(text);
    expect(facts.some((f) => /^But /.test(f))).toBe(false);
    expect(facts).toContain(
      "So far only two episodes of the new season have been broadcast in Europe.",
    );
  });
});

// The development set's articles, read in place from ../shared/corpus.
const corpus = corpusDir();
describe.runIf(corpus)("on the shared corpus", () => {
  const read = (rel: string) => readFileSync(`${corpus}/${rel}`, "utf8");

  it("names who said a quotation that ends '…, he said'", () => {
    const facts = factsOf(read("bbc/entertainment-gervais-writing-simpsons-episode.txt"));
    expect(facts.filter((f) => f.attribution === "Ricky Gervais").length).toBeGreaterThan(0);
    for (const f of facts) expect(f.text).not.toMatch(/^(He|She|But|And) /);
  });

  it("never makes an institution the speaker of a pronoun", () => {
    const facts = factsOf(read("bbc/politics-minister-defends-hunting-ban-law.txt"));
    expect(facts.some((f) => /Countryside Alliance said/.test(f.text))).toBe(false);
    expect(facts.some((f) => /John Jackson said adding/.test(f.text))).toBe(true);
  });
});
