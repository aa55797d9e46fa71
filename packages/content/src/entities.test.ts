import { describe, expect, it } from "vitest";
import { findMentions, parseNumber, uniqueEntities, type Mention } from "./entities";
import { readArticle } from "./read-article";
import { looksLikePersonalName } from "./names";

/** The mentions of the first sentence of `text`, read the way the pipeline reads articles. */
function mentionsOf(text: string): Mention[] {
  const sentence = readArticle(text).sentences[0]!;
  return findMentions(sentence);
}

function mention(text: string, surface: string): Mention {
  const found = mentionsOf(text).find((m) => m.entity.text === surface);
  if (!found) {
    const seen = mentionsOf(text).map((m) => m.entity.text);
    throw new Error(`no mention "${surface}" in "${text}"; found ${JSON.stringify(seen)}`);
  }
  return found;
}

describe("findMentions: places", () => {
  it.each([
    ["Pakistan carried out airstrikes in Nangarhar province.", "Nangarhar", "province"],
    ["A car bombing in Bajaur district killed four soldiers.", "Bajaur", "district"],
    ["Protesters gathered in Islamabad city on Friday.", "Islamabad", "city"],
    ["Mediation attempts by Turkey and Saudi Arabia failed.", "Saudi Arabia", "country"],
    // Not in the gazetteer: the head noun types it.
    ["Floods hit Gulzar district last week.", "Gulzar", "district"],
  ])("%s → %s is a %s", (sentence, name, subtype) => {
    const m = mention(sentence, name);
    expect(m.entity.kind).toBe("place");
    expect(m.entity.subtype).toBe(subtype);
  });

  it("reads a multi-word name as one place, not its parts", () => {
    const ms = mentionsOf("Militants are based in North Waziristan and Lakki Marwat district.");
    const texts = ms.map((m) => m.entity.text);
    expect(texts).toContain("North Waziristan");
    expect(texts).not.toContain("Waziristan");
    expect(mention("Militants are based in Lakki Marwat district.", "Lakki Marwat").entity).toEqual(
      expect.objectContaining({ kind: "place", subtype: "district" }),
    );
  });

  it("knows which side a place belongs to", () => {
    expect(mention("Talks stalled between Islamabad and Kabul.", "Islamabad").side).toBe(
      "Pakistan",
    );
    expect(mention("Talks stalled between Islamabad and Kabul.", "Kabul").side).toBe("Afghanistan");
  });
});

describe("findMentions: groups and organisations", () => {
  const sentence =
    "The strikes targeted the TTP and the Hafiz Gul Bahadur group, angering the Afghan Taliban.";

  it.each(["TTP", "Hafiz Gul Bahadur group", "Afghan Taliban"])("%s is a group", (name) => {
    const m = mention(sentence, name);
    expect(m.entity.kind).toBe("organisation");
    expect(m.entity.subtype).toBe("group");
  });

  it("does not read 'Taliban' inside 'Afghan Taliban' as a second group", () => {
    expect(mentionsOf(sentence).filter((m) => /Taliban/.test(m.entity.text))).toHaveLength(1);
  });

  it("types an unknown group by its head noun", () => {
    const m = mention("The Sher Khan group claimed the attack.", "Sher Khan group");
    expect(m.entity).toEqual(expect.objectContaining({ kind: "organisation", subtype: "group" }));
  });

  it("reads a person's name without the title", () => {
    const m = mentionsOf("President Recep Tayyip Erdogan called for calm.").find(
      (x) => x.entity.kind === "person",
    );
    expect(m?.entity.text).toBe("Recep Tayyip Erdogan");
  });
});

describe("findMentions: numbers, percentages and dates", () => {
  it.each([
    ["Attacks rose by 45 percent last year.", "45 percent", 45],
    ["Unemployment rose to 45% in March.", "45%", 45],
    ["It fell by 12 per cent in the spring.", "12 per cent", 12],
  ])("%s → percentage %s = %d", (sentence, surface, value) => {
    const m = mention(sentence, surface);
    expect(m.entity.kind).toBe("percentage");
    expect(m.entity.value).toBe(value);
  });

  it("reads 'more than 100 militants' as 100 with its modifier and unit", () => {
    const m = mention("More than 100 militants were killed in the strikes.", "100");
    expect(m.entity).toEqual(expect.objectContaining({ kind: "number", value: 100 }));
    expect(m.modifier).toBe("more than");
    expect(m.unit).toBe("militants");
  });

  it("reaches the head noun past adjectives and compounds", () => {
    const three = mention("Pakistan struck targets in three Afghan provinces.", "three");
    expect(three.entity.value).toBe(3);
    expect(three.unit).toBe("provinces");
    const police = mention("At least 25 police officers were injured in the blast.", "25");
    expect(police.modifier).toBe("at least");
    expect(police.unit).toBe("officers");
  });

  it("reads numbers written in words", () => {
    const m = mention("Nearly three thousand homes were damaged by the floods.", "three thousand");
    expect(m.entity.value).toBe(3000);
    expect(m.modifier).toBe("nearly");
    expect(m.unit).toBe("homes");
  });

  it("ignores vague quantities", () => {
    const ms = mentionsOf("Hundreds of people gathered in Quetta on Sunday.");
    expect(ms.filter((m) => m.entity.kind === "number")).toEqual([]);
  });

  it("reads a year as a date with its value", () => {
    const m = mention("Under the 2020 agreement, Kabul gave assurances.", "2020");
    expect(m.entity).toEqual({ text: "2020", kind: "date", subtype: "year", value: 2020 });
  });

  it("reads months, including 'since October'", () => {
    const october = mention("Borders have remained closed since October.", "October");
    expect(october.entity).toEqual(expect.objectContaining({ kind: "date", subtype: "month" }));
    const march = mention("Unemployment rose to 45% in March.", "March");
    expect(march.entity.subtype).toBe("month");
  });

  it("reads a named event: '2020 agreement', 'US withdrawal'", () => {
    const events = mentionsOf(
      "The Afghan Taliban kept weapons left behind after the US withdrawal.",
    ).filter((m) => m.entity.kind === "event");
    expect(events.map((m) => m.entity.text)).toContain("US withdrawal");
  });

  it("gives mentions offsets into the article text", () => {
    const read = readArticle("Title\n\nA car bombing in Bajaur district killed four soldiers.");
    for (const m of findMentions(read.sentences[0]!)) {
      expect(read.article.text.slice(m.start, m.end)).toContain(m.entity.text);
    }
  });
});

describe("uniqueEntities", () => {
  it("keeps one entity per kind and text", () => {
    const ms = mentionsOf("Islamabad said Islamabad would respond to Kabul.");
    const names = uniqueEntities(ms).map((e) => e.text);
    expect(names.filter((n) => n === "Islamabad")).toHaveLength(1);
    expect(names).toContain("Kabul");
  });
});

describe("parseNumber", () => {
  it.each([
    ["45", 45],
    ["1,200", 1200],
    ["2.5", 2.5],
    ["three", 3],
    ["Twelve", 12],
    ["twenty-five", 25],
    ["two hundred", 200],
    ["one hundred and five", 105],
    ["three thousand", 3000],
    ["1.5 million", 1_500_000],
    ["45 percent", 45],
    ["12 per cent", 12],
    ["45%", 45],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["", "hundreds", "several", "many", "abc", "three cats"])("%s → undefined", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe("findMentions: whose name is a person's", () => {
  it.each([
    ["The Southern Strikers won 4-3 in Port Moresby on Saturday.", "Port Moresby"],
    ["The play is one of two World Premieres this season at the theatre.", "World Premieres"],
    ["Officials with the Centers for Disease Control said cases rose.", "Disease Control"],
    ["Atlantic Gas & Power Co. will cut supplies to 9,000 homes.", "Atlantic Gas"],
    ["The western Tana Ridge has had no snow since October.", "Tana Ridge"],
    ["Hikers returned from the Tana Ridge on Sunday.", "Tana Ridge"],
  ])("%s → %s is a name of no known kind, not a person", (sentence, name) => {
    expect(mentionsOf(sentence).find((m) => m.entity.text === name)?.entity.kind).not.toBe(
      "person",
    );
  });

  it.each([
    ["His claims were denied by Foreign Secretary Jack Straw on Monday.", "Jack Straw"],
    ["The play follows Politician Penelope Easter on the campaign trail.", "Penelope Easter"],
    ["The reason is the vaccines we have, said Dr Frank Esper of the clinic.", "Frank Esper"],
    ["The sequel to the Ben Stiller comedy opened on Friday.", "Ben Stiller"],
  ])("%s → %s is a person, without the role before the name", (sentence, name) => {
    expect(mention(sentence, name).entity.kind).toBe("person");
  });
});

describe("findMentions: places the world's lists know", () => {
  it.each([
    ["The Strikers won 4-3 in Port Moresby on Saturday.", "Port Moresby"],
    ["The company moved its offices to Ann Arbor last spring.", "Ann Arbor"],
    ["Teachers from Indiana travelled to the rally by bus.", "Indiana"],
    ["Voters in Florida will choose a new governor in November.", "Florida"],
  ])("%s → %s is a place", (sentence, name) => {
    expect(mention(sentence, name).entity.kind).toBe("place");
  });

  it("calls a US state a state, and a company after 'at' no place", () => {
    expect(mention("Voters in Florida will choose a governor.", "Florida").entity.subtype).toBe(
      "state",
    );
    const amgen = mentionsOf("Just ask the folks at Amgen about their quarterly report.").find(
      (m) => m.entity.text === "Amgen",
    );
    expect(amgen?.entity.kind).not.toBe("place");
  });
});

describe("findMentions: a figure run together with letters", () => {
  it("is no number ('from 2o15', a typo for a year)", () => {
    const found = mentionsOf(
      "The keyboard is the same as the Magic Keyboard from 2o15 in every way.",
    );
    expect(found.some((m) => m.entity.kind === "number")).toBe(false);
  });
});

describe("looksLikePersonalName", () => {
  it("takes a name with an initial, not a description with an abbreviated title", () => {
    expect(looksLikePersonalName("Edith J. Marlow")).toBe(true);
    expect(looksLikePersonalName("Republican Gov. Edith Marlow")).toBe(false);
  });
});
