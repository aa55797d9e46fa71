// Gates that keep a valid question out of the recommended set: each is seen holding back the
// question it names, on a short article written for the test.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { deriveStudyKit } from "./derive";
import { corpusDir } from "./quality";
import type { Draft } from "./questions/draft";
import { cityBeforeItsRegion, nearRepeat, sameFigure, selectRecommended } from "./select";

function heldBack(text: string): { prompt: string; answer: unknown; why?: string }[] {
  const seen: { prompt: string; answer: unknown; why?: string }[] = [];
  deriveStudyKit(text, {
    onScored: (q, _score, why) =>
      seen.push({ prompt: q.prompt, answer: (q as { answer?: unknown }).answer, why }),
  });
  return seen;
}

const article = [
  "Parking rules tightened",
  "",
  "The new parking law in England and Wales is fair and easy to follow, transport minister Maria Lopes has said.",
  "Measles mainly affects children under the age of five and spreads quickly in schools, Dr Amir Khan said on Monday.",
  "The council in Leeds collected 4,200 parking fines in March, up from 3,100 in February.",
  "Drivers in Bradford paid 1,900 fines over the same period, the council said.",
  "Parking firm chief, Daniel Okoro, used the launch in Leeds to unveil 300 new meters.",
].join("\n");

describe("held back from the recommended set", () => {
  const seen = heldBack(article);

  it("an age limit a student guesses ('under the age of ____')", () => {
    const ages = seen.filter(
      (q) =>
        (/age of (____|seven|six|four|three|eight|nine|ten)\b/.test(q.prompt) &&
          q.prompt.startsWith("Fill")) ||
        /age of (?!five)\w+ and/.test(q.prompt),
    );
    expect(ages.length).toBeGreaterThan(0);
    for (const q of ages.filter((q) => !/numeric|completes/.test(q.prompt)))
      expect(q.why).toBe("a familiar age limit");
  });

  it("a person the role beside the blank gives away ('firm chief, ____')", () => {
    const chief = seen.filter((q) => /chief, ____/.test(q.prompt));
    expect(chief.length).toBeGreaterThan(0);
    for (const q of chief) expect(q.why).toBe("a person the role beside the blank gives away");
  });

  it("while a figure the article alone gives may be recommended", () => {
    const fines = seen.filter((q) => /^Fill in the blank: .*____ parking fines/.test(q.prompt));
    expect(fines.length).toBeGreaterThan(0);
    expect(fines.some((q) => q.why === undefined)).toBe(true);
  });
});

const corpus = corpusDir();
describe.runIf(corpus)("held back on the shared corpus", () => {
  it("one half of a fixed pair ('in ____ and Wales')", () => {
    const seen = heldBack(
      readFileSync(`${corpus}/bbc/politics-minister-defends-hunting-ban-law.txt`, "utf8"),
    );
    const pair = seen.filter((q) => /____ and Wales/.test(q.prompt));
    expect(pair.length).toBeGreaterThan(0);
    for (const q of pair) expect(q.why).toBe("one half of a fixed pair");
  });
});

describe("one recommended question never gives another's answer away", () => {
  const cloze = (prompt: string, answer: string, fact: string): Draft =>
    ({
      type: "cloze",
      prompt: `Fill in the blank: ${prompt}`,
      options: null,
      answer,
      acceptableAnswers: [],
      factIds: [fact],
      sourceSentenceIds: [fact],
    }) as unknown as Draft;
  const pick = (...drafts: Draft[]) =>
    selectRecommended(
      drafts.map((draft, i) => ({ draft, score: 0.9 - i / 100, eligible: true })),
      10,
    ).size;

  it("a distinctive word of a name shown in another question ('Federated')", () => {
    expect(
      pick(
        cloze("____ is to buy May for $11bn.", "Federated Department Stores", "f1"),
        cloze("May struggled against groups such as Federated and ____.", "Wal-Mart", "f2"),
      ),
    ).toBe(1);
  });

  it("a person's surname shown in another question ('a header from Gudjohnsen')", () => {
    expect(
      pick(
        cloze(
          "Henry put Arsenal in front but ____ equalised with a header.",
          "Eidur Gudjohnsen",
          "f1",
        ),
        cloze("Lampard swung in a cross and a header from Gudjohnsen made it ____.", "2-2", "f2"),
      ),
    ).toBe(1);
  });

  it("a short form spelled out in another question ('the National Institutes of Health' → NIH)", () => {
    expect(
      pick(
        cloze("The ____ added a pricing clause to its research agreements.", "NIH", "f1"),
        cloze(
          "The National Institutes of Health funds research at ____ universities.",
          "2,500",
          "f2",
        ),
      ),
    ).toBe(1);
  });

  it("but not a place or an everyday word of it ('Pakistan', 'comedy')", () => {
    expect(
      pick(
        cloze(
          "____ calls for filling gaps in immunisation efforts.",
          "Pakistan Medical Association",
          "f1",
        ),
        cloze("Pakistan remains one of the ____ countries where polio is endemic.", "two", "f2"),
      ),
    ).toBe(2);
    expect(
      pick(
        cloze(
          "At the ____ on Wednesday, Gervais was handed an award.",
          "British Comedy Awards",
          "f1",
        ),
        cloze(
          "The Office missed out in the best comedy show category to ____.",
          "Little Britain",
          "f2",
        ),
      ),
    ).toBe(2);
  });
});

describe("a person's age beside the name is a minor detail", () => {
  const seen = heldBack(
    [
      "Tory MP defects",
      "",
      "Robert Jackson, 58, MP for Wantage in Oxfordshire, said on Saturday he would join the Labour Party in London.",
      "He won the seat in 1983 with a majority of 12,000 votes over the Liberal candidate in Wantage.",
    ].join("\n"),
  );
  it("is not recommended as a blank or a changed figure", () => {
    const age = seen.filter((q) => /Jackson, (____|\d+), MP/.test(q.prompt));
    expect(age.length).toBeGreaterThan(0);
    for (const q of age) expect(q.why).toBeDefined();
    expect(age.filter((q) => q.prompt.startsWith("Fill"))[0]?.why).toBe(
      "a person's age beside the name",
    );
  });
});

describe("two questions stating one figure tell of one event", () => {
  it("sameFigure sees a shared amount, not a shared year or single digit", () => {
    expect(
      sameFigure(
        "Oil prices rose above $50 a barrel on Tuesday.",
        "Falls in the dollar carried prices above the $50 mark for the first time since ____.",
      ),
    ).toBe(true);
    expect(sameFigure("Shares were up 3.4% in Frankfurt.", "DB's shares rose ____ to 3.4%.")).toBe(
      true,
    );
    expect(
      sameFigure("Sales rose in 2004 by 5%.", "Profits fell in 2004 by 7 of 9 measures."),
    ).toBe(false);
  });
});

describe.runIf(corpus)("a multiple-choice question reads as a question", () => {
  it("not with its question word left in a long sentence ('from whose pass before…')", () => {
    const seen = heldBack(readFileSync(`${corpus}/bbc/sport-reds-sink-10-man-magpies.txt`, "utf8"));
    const inPlace = seen.filter((q) => /^Neil Mellor .* whose pass before/.test(q.prompt));
    expect(inPlace.length).toBeGreaterThan(0);
    for (const q of inPlace) expect(q.why).toBe("a question word left mid-sentence");
  });
});

describe.runIf(corpus)("the article's own slips", () => {
  it("are not recommended when a question copies them ('worked a excellent chance')", () => {
    const seen = heldBack(readFileSync(`${corpus}/bbc/sport-chelsea-hold-arsenal.txt`, "utf8"));
    const slip = seen.filter((q) => /\ba excellent\b/.test(q.prompt));
    expect(slip.length).toBeGreaterThan(0);
    for (const q of slip) expect(q.why).toBeDefined();
    expect(seen.some((q) => q.why === "a slip copied from the article")).toBe(true);
  });
});

describe("a changed count smaller than its own part", () => {
  it("is not recommended ('four of the three candidates')", () => {
    const seen = heldBack(
      [
        "Election in Velden",
        "",
        "No official results are expected on Thursday, but four of the five candidates in Velden said they had won the election.",
        "Turnout in Velden reached 33% by the afternoon, officials in the town hall said.",
      ].join("\n"),
    );
    const smaller = seen.filter((s) => /\bfour of the (one|two|three|four)\b/.test(s.prompt));
    for (const s of smaller) expect(s.why, s.prompt).toBe("a count smaller than its own part");
    const asked = seen.filter((s) => /\bfour of the \w+ candidates/.test(s.prompt));
    expect(asked.length).toBeGreaterThan(0);
  });
});

describe("two prompts that share most of their content words", () => {
  it("are near-repeats, the second not recommended beside the first", () => {
    expect(
      nearRepeat(
        'True or false: Mayor Ana Reyes declared herself "thrilled", saying Mr Ortiz would be warmly welcomed by council members.',
        'True or false: Ms Reyes said Mr Ortiz was a "tireless public servant who will be warmly welcome by the council and its members".',
      ),
    ).toBe(true);
  });

  it("but two facts about one person are not", () => {
    expect(
      nearRepeat(
        "Fill in the blank: Mayor Ana Reyes opened the new harbour in ____ on Monday.",
        "True or false: Mayor Ana Reyes was first elected in 2019 with 61% of the vote.",
      ),
    ).toBe(false);
  });
});

describe("an opinion piece's claim with no name or figure", () => {
  it("may be recommended as the writer's", () => {
    const column = heldBack(
      [
        "Opinion: Our wetlands deserve protection",
        "",
        "Wetlands filter the water that every town downstream of the estuary depends on, every single day of the year.",
        "Developers see a useless swamp on the edge of town where ecologists see a living system that protects homes from floods.",
        "I have walked these marshes every spring for twenty years.",
        "We should not let them vanish under car parks.",
        "The county approved 14 new housing projects on former marshland in 2023.",
      ].join("\n"),
    );
    const claim = column.find((s) =>
      /^True or false: According to the writer, developers see a useless swamp/.test(s.prompt),
    );
    expect(claim, column.map((s) => s.prompt).join("\n")).toBeDefined();
    expect(claim!.why).toBeUndefined();
  });

  it("reads a claim that opens on 'Today' on in lower case after the writer's lead-in", () => {
    const column = heldBack(
      [
        "Opinion: Our wetlands deserve protection",
        "",
        "Wetlands filter the water that every town downstream of the estuary depends on, every single day of the year.",
        "Today, the Marsh Trust is launching a campaign to buy the last 300 acres of the estuary.",
        "We should not let them vanish under car parks.",
        "The county approved 14 new housing projects on former marshland in 2023.",
      ].join("\n"),
    );
    const today = column.filter((s) => /According to the writer, today\b/i.test(s.prompt));
    expect(today.length, column.map((s) => s.prompt).join("\n")).toBeGreaterThan(0);
    for (const q of today) expect(q.prompt).toMatch(/According to the writer, today, the /);
  });
});

describe("a report's praise and a majority's threshold", () => {
  const seen = heldBack(
    [
      "Harbour Players open their season",
      "",
      "Harbour Players offers the best plays at the best prices in Velden and sells season tickets from 120 euros.",
      "The company will stage four new plays between October and May at the Quay Theatre in Velden.",
      "In the council vote, Mira Holt exceeded the 50 percent mark in the third round, beating Tom Reyes 56-44.",
    ].join("\n"),
  );

  it("hold back a boast outside any quotation and a blank on 'the ____ mark'", () => {
    const boast = seen.filter((q) => /^True or false: .*the best plays/.test(q.prompt));
    expect(boast.length).toBeGreaterThan(0);
    for (const q of boast) expect(q.why).toBe("praise stated as fact");
    const mark = seen.find((q) => /exceeded the ____ mark/.test(q.prompt));
    expect(mark?.why).toBe("a majority's familiar threshold");
  });
});

describe("a blank inside a title", () => {
  it("is held back ('from 2001: A ____ to Event Horizon')", () => {
    const seen = heldBack(
      [
        "Sleeping astronauts",
        "",
        "In films from 2001: A Space Odyssey to Event Horizon, fictional astronauts are put into suspended animation to cross the vastness of space.",
        "The European Space Agency has now studied how hibernation would change a mission to Mars in 2040.",
      ].join("\n"),
    );
    const centers = heldBack(
      [
        "Measles cases rise",
        "",
        "On Monday, officials with the Centers for Disease Control and Prevention said 704 cases had been reported in 2019.",
        "Most of the cases were in New York state, which has reported 474 cases so far this year.",
      ].join("\n"),
    ).filter((q) => /Centers for ____ and/.test(q.prompt));
    for (const q of centers) expect(q.why).toBe("the blank cuts a name");
    const cut = seen.filter((q) =>
      /^Fill in the blank: .*( A ____ to Event|____: A Space)/.test(q.prompt),
    );
    expect(cut.length).toBeGreaterThan(0);
    for (const q of cut) expect(q.why).toBe("the blank cuts a name");
  });
});

describe("held back after a blind reading of unseen articles", () => {
  const seen = heldBack(
    [
      "Three cases of plague found in Velden",
      "",
      "Three cases of plague have been diagnosed in Velden, health officials said on Tuesday.",
      "A third case was reported in a 55-year-old farmer from the Harlow valley on November 16.",
      '"There will be a time... when the clinics are ready," health minister Anna Berg said.',
      "Health minister Anna Berg said that the clinics in Velden had enough antibiotics for 4,000 patients.",
      "Velden Hospital and the Harlow Clinic treated the three patients with antibiotics within 24 hours.",
    ].join("\n"),
  );

  it("a blank the headline fills ('____ cases of plague' under 'Three cases of plague')", () => {
    // (The closing "…, health officials said on Tuesday." is the statement's source.)
    expect(seen.some((q) => /^True or false: According to health officials, /.test(q.prompt))).toBe(
      true,
    );
    const three = seen.filter((q) =>
      /^Fill in the blank: (According to health officials, )?____ cases of plague/.test(q.prompt),
    );
    expect(three.length).toBeGreaterThan(0);
    for (const q of three) expect(q.why).toBe("an answer the headline shows");
  });

  it("a quotation the article shortened with an ellipsis", () => {
    const cut = seen.filter((q) => /There will be a time/.test(q.prompt) && q.why !== undefined);
    expect(cut.some((q) => q.why === "a quotation cut short")).toBe(true);
    expect(seen.filter((q) => /There will be a time/.test(q.prompt)).every((q) => q.why)).toBe(
      true,
    );
  });
});

describe("held back after a second blind reading", () => {
  const seen = heldBack(
    [
      "Drought grips the Tana valley",
      "",
      "Ridge Power & Light Co. began cutting power to 120,000 homes in the Tana valley on Monday as dry winds returned.",
      "Researchers studied surveys completed by 505,796 people in the valley between 2008 and 2016.",
      "The Tana valley has had a fraction of an inch of rain in two months instead of the usual 5 inches (127 millimeters), meteorologist Ola Brandt said.",
      '"The winds are the worst we have seen in a decade," Ola Brandt said of the valley.',
      "According to data from Tradeweb, Ridge Power's 2031 bonds fell sharply in the past week.",
    ].join("\n"),
  );

  it("a figure too exact to recall ('____ people' → 505,796), not a year", () => {
    const exact = seen.filter((q) => q.answer === "505,796" && q.prompt.startsWith("Fill"));
    expect(exact.length).toBeGreaterThan(0);
    for (const q of exact) expect(q.why).toBe("a figure too exact to recall");
    const year = seen.filter((q) => q.answer === "2008" && q.prompt.startsWith("Fill"));
    expect(year.every((q) => q.why !== "a figure too exact to recall")).toBe(true);
  });

  it("a blank beside its own conversion ('____ inches (127 millimeters)')", () => {
    const inches = seen.filter(
      (q) => q.prompt.startsWith("Fill") && /____ inches \(127/.test(q.prompt),
    );
    expect(inches.length).toBeGreaterThan(0);
    for (const q of inches) expect(q.why).toBe("a conversion gives the blank away");
    // Nor is the figure changed for a false statement: the conversion would tell.
    expect(seen.some((q) => /usual (?!5 )[a-z\d]+ inches \(127/.test(q.prompt))).toBe(false);
  });

  it("a quotation as a true/false statement", () => {
    const quoted = seen.filter((q) => /^True or false: "The winds/.test(q.prompt));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted)
      expect(q.why).toBe("a quotation to recognise, not a statement to judge");
  });

  it("a year that names a bond ('Ridge Power's ____ bonds')", () => {
    const bond = seen.filter((q) => q.prompt.startsWith("Fill") && /'s ____ bonds/.test(q.prompt));
    expect(bond.length).toBeGreaterThan(0);
    for (const q of bond) expect(q.why).toBe("the blank cuts a name");
  });
});

describe("a blank its neighbours fill", () => {
  const seen = heldBack(
    [
      "Police car crashes into bar",
      "",
      "Officers from Kansas City, Missouri crashed a police van into a bar early on Monday and arrested its owner, James Pence.",
      "Three years ago, the National Institutes of Health added a pricing clause to research agreements struck with drug makers.",
      "The lawyer, Javad Khazaeli, said the officers had been suspended on full pay.",
      "McCaffrey is the focal point of game plans designed to slow down the 49ers' offence, Javad Khazaeli said.",
    ].join("\n"),
  );

  it("a city the state after it gives away ('____, Missouri police')", () => {
    const prompt =
      "Fill in the blank: According to a lawyer, ____, Missouri police crashed into a bar.";
    expect(cityBeforeItsRegion(prompt, "St. Louis")).toBe(true);
    expect(cityBeforeItsRegion(prompt, "Javad Khazaeli")).toBe(false);
    expect(
      cityBeforeItsRegion("Fill in the blank: Flights from ____, Paktika and Khost.", "Kabul"),
    ).toBe(false);
  });

  it("a short form spelled out beside the blank ('the National Institutes of Health' → NIH)", () => {
    const nih = seen.filter((q) => q.prompt.startsWith("Fill") && q.answer === "NIH");
    for (const q of nih) expect(q.why).toBe("the name spelled out beside the blank");
  });

  it("never changes a figure inside a name ('the 49ers')", () => {
    expect(seen.some((q) => /the (?!49ers)\d+ers\b/.test(q.prompt))).toBe(false);
  });
});

describe("a new thing another sentence named", () => {
  it("is held back ('postpone the new system until…'), not 'the new study' or a named one", () => {
    const seen = heldBack(
      [
        "Velden schools to change exams",
        "",
        "Velden's schools will replace the O-level exam with a single certificate in 2027, the education office said.",
        "Head teacher Anna Berg asked the council to postpone the new system until teachers had 18 months of training.",
        "The new study by Velden University found that 42 percent of pupils took the certificate early.",
        "Pupils will sit the new Velden Certificate in June for the first time, Anna Berg said.",
      ].join("\n"),
    );
    const system = seen.filter((q) => /the new system until/.test(q.prompt));
    expect(system.length).toBeGreaterThan(0);
    for (const q of system) expect(q.why).toBe("a new thing another sentence named");
    for (const q of seen.filter((q) => /The new study|the new Velden Certificate/.test(q.prompt)))
      expect(q.why).not.toBe("a new thing another sentence named");
    expect(seen.some((q) => /The new study|the new Velden Certificate/.test(q.prompt))).toBe(true);
  });
});

describe("a body or a proceeding another sentence named", () => {
  it("is held back ('a section officer of the ministry'), not one the statement names", () => {
    const seen = heldBack(
      [
        "Court censures Velden interior ministry",
        "",
        "The Velden High Court on Friday censured the interior ministry for not deporting a prisoner held for seven years.",
        "On Friday, a section officer of the ministry told the court that the papers had not been signed yet.",
        "The ministry of justice in Velden said the papers would be signed within 30 days.",
      ].join("\n"),
    );
    const officer = seen.filter((q) => /section officer of the ministry/.test(q.prompt));
    expect(officer.length).toBeGreaterThan(0);
    for (const q of officer) expect(q.why).toBe("a body or a proceeding another sentence named");
    const named = seen.filter((q) => /ministry of justice/i.test(q.prompt));
    expect(named.length).toBeGreaterThan(0);
    for (const q of named) expect(q.why).not.toBe("a body or a proceeding another sentence named");
  });
});
