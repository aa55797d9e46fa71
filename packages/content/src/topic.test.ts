import { describe, expect, it } from "vitest";
import { readArticle } from "./read-article";
import { findTopic, namesTopic } from "./topic";

describe("namesTopic", () => {
  it("knows the subject by its full name, its last word and a person's surname alone", () => {
    expect(namesTopic(["Jennifer Lopez"], "Jennifer Lopez")).toBe(true);
    expect(namesTopic(["Jennifer Lopez"], "Lopez")).toBe(true);
    expect(namesTopic(["Afghan Taliban"], "Taliban")).toBe(true);
  });

  it("does not take another name sharing no word for the subject", () => {
    expect(namesTopic(["Jennifer Lopez"], "Marc Anthony")).toBe(false);
    expect(namesTopic(["Jennifer Lopez"], "Jennifer")).toBe(false);
  });
});

describe("findTopic", () => {
  const topicOf = (...lines: string[]) => findTopic(readArticle(lines.join("\n"))).names;

  it("takes the lead's subject, named again later, whatever the headline calls it", () => {
    expect(
      topicOf(
        "Macy's owner buys rival for $11bn",
        "",
        "US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn.",
        "The deal will bring together famous stores across the country, the firms said on Monday.",
        "Federated said it expected savings of $175m a year within three years of the merger.",
      ),
    ).toContain("Federated Department Stores");
    expect(
      topicOf(
        "J-Lo and husband plan debut duet",
        "",
        "Singers Jennifer Lopez and husband Marc Anthony are to perform a duet at the Grammy Awards.",
        "Anthony became Lopez's third husband in June 2004, a spokesman said in New York.",
      ),
    ).toEqual(expect.arrayContaining(["Lopez", "Anthony"]));
  });

  it("not a possessor in the lead, nor a name the story never repeats", () => {
    const names = topicOf(
      "Reds sink 10-man Magpies",
      "",
      "Titus Bramble's own goal put Liverpool on the comeback trail against Newcastle at Anfield.",
      "Neil Mellor gave Liverpool the lead before half-time, and Bramble was booked later on.",
      "Milan Baros added a third after rounding the goalkeeper in the second half.",
      "Newcastle had Lee Bowyer sent off for two bookable offences in the closing minutes.",
      "Graeme Souness said his side had been beaten by the better team on the day.",
      "Rafael Benitez praised the spirit of his young players after the match.",
      "Kieron Dyer set Patrick Kluivert free for an early chance that went wide.",
      "Steven Gerrard struck the crossbar from 25 yards just before the interval.",
      "Shay Given made three fine saves to keep the score down in the second half.",
    );
    expect(names).not.toContain("Bramble");
  });
});
