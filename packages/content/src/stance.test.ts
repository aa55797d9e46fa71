import { describe, expect, it } from "vitest";
import { isOpinionPiece } from "./facts";
import { readArticle } from "./read-article";
import { readStance, type StanceReading } from "./stance";

function stanceOf(sentence: string): StanceReading & { leadText: string | null } {
  const read = readArticle(sentence);
  const s = read.sentences[0]!;
  const reading = readStance(s);
  const leadText =
    reading.leadEnd === null ? null : read.article.text.slice(s.start, reading.leadEnd);
  return { ...reading, leadText };
}

describe("readStance: attributed claims", () => {
  it("reads 'According to official claims, …' as a claim of official claims", () => {
    const r = stanceOf(
      "According to official claims, more than 100 militants were killed in the strikes.",
    );
    expect(r.stance).toBe("attributed");
    expect(r.attribution).toBe("official claims");
    // The lead-in is what every question built on the sentence must keep in front.
    expect(r.leadText).toBe("According to official claims, ");
  });

  it("reads 'Pakistani officials argue that …' as attributed to Pakistani officials", () => {
    const r = stanceOf(
      "Pakistani officials argue that TTP leadership and key commanders are now based in Afghanistan.",
    );
    expect(r.stance).toBe("attributed");
    expect(r.attribution).toBe("Pakistani officials");
    expect(r.verb).toBe("argue");
  });

  it("reads 'Islamabad maintains that …' as Islamabad's claim", () => {
    const r = stanceOf(
      "Islamabad maintains that this commitment is not being fulfilled with respect to militant groups.",
    );
    expect(r).toEqual(
      expect.objectContaining({ stance: "attributed", attribution: "Islamabad", verb: "maintain" }),
    );
  });

  it("reads 'From Islamabad's perspective, …' as Islamabad's view", () => {
    const r = stanceOf(
      "From Islamabad's perspective, cross-border strikes are framed as a last resort after repeated warnings.",
    );
    expect(r.stance).toBe("attributed");
    expect(r.attribution).toBe("Islamabad");
  });

  it("reads 'claimed that …' as a claim", () => {
    const r = stanceOf("The spokesman claimed that the camp had been empty for weeks.");
    expect(r.stance).toBe("attributed");
    expect(r.attribution).toBe("The spokesman");
  });

  it("reads hearsay ('Reports indicate', 'a reported 45 percent') as attributed to reports", () => {
    expect(
      stanceOf("Reports indicate the use of quadcopters equipped with explosives.").attribution,
    ).toBe("reports");
    const reported = stanceOf(
      "Pakistan has seen a reported 45 percent increase in terrorist attacks since the takeover.",
    );
    expect(reported.stance).toBe("attributed");
    expect(reported.attribution).toBe("reports");
  });

  it("reads an unattributed quotation as somebody's words", () => {
    expect(stanceOf('"We will not allow our soil to be used against anyone."').stance).toBe(
      "attributed",
    );
  });
});

describe("readStance: allegations", () => {
  it("gives '…, alleging civilian casualties' to the Afghan Taliban", () => {
    const r = stanceOf(
      "However, the Afghan Taliban summoned Pakistan's ambassador in Kabul to protest, alleging civilian casualties, including women and children.",
    );
    expect(r.stance).toBe("alleged");
    expect(r.attribution).toMatch(/^the Afghan Taliban$/i);
  });

  it("reads 'X alleged that …' as an allegation", () => {
    const r = stanceOf(
      "The opposition alleged that the vote had been rigged in several districts.",
    );
    expect(r.stance).toBe("alleged");
    expect(r.attribution).toBe("The opposition");
  });
});

describe("readStance: not attribution", () => {
  it("does not read 'claimed the lives of' as a claim", () => {
    const r = stanceOf(
      "A deadly car bombing in Bajaur claimed the lives of Frontier Corps personnel and civilians.",
    );
    expect(r.stance).toBe("stated");
    expect(r.attribution).toBeNull();
  });

  it("does not treat a pronoun as a source", () => {
    const r = stanceOf("They said the road would reopen on Monday.");
    expect(r.attribution).not.toBe("They");
  });

  it("does not call a reported promise the writer's opinion", () => {
    const r = stanceOf(
      "Under the 2020 agreement, Kabul had assured the international community that Afghan territory would not be used against any country.",
    );
    expect(r.stance).toBe("stated");
  });
});

describe("readStance: opinion and plain statements", () => {
  it.each([
    "Any broader conflict would likely inflict severe humanitarian and economic costs.",
    "Taking decisive action against such groups may be politically challenging.",
    "The government should hold talks with all parties.",
    "In such an environment, responsible political leadership and careful verification of facts are essential.",
    "It is equally important to recognize that many Afghans do not support the TTP.",
  ])("reads the writer's judgement as opinion: %s", (sentence) => {
    const r = stanceOf(sentence);
    expect(r.stance).toBe("opinion");
    expect(r.attribution).toBeNull();
  });

  it.each([
    "Pakistan has carried out airstrikes in three Afghan provinces.",
    "Borders have remained closed since October, trade has been suspended, and both economies are suffering.",
    "The two countries share a long and porous border.",
    "An attack in Bannu further underscored the deteriorating security situation.",
  ])("reads a plain statement as stated: %s", (sentence) => {
    expect(stanceOf(sentence)).toEqual(
      expect.objectContaining({ stance: "stated", attribution: null, leadEnd: null }),
    );
  });

  it("keeps an analyst's argument attributed even when it uses a modal", () => {
    const r = stanceOf("Some analysts argue that external actors may seek to exploit instability.");
    expect(r.stance).toBe("attributed");
    expect(r.attribution).toBe("Some analysts");
  });
});

describe("isOpinionPiece", () => {
  const piece = (title: string, body: string[]) => readArticle([title, "", ...body].join("\n"));

  it("hears a writer who speaks as 'I' and 'we' outside any quotation", () => {
    const column = piece("Our libraries deserve better", [
      "I grew up in the reading room of the Halden public library.",
      "Every week my mother took us there after school.",
      "The council cut the library budget by 12 percent this spring.",
      "We owe the next generation the same chance to read.",
      "Closing branches saves little and costs a town its memory.",
    ]);
    expect(isOpinionPiece(column)).toBe(true);
  });

  it("does not take a report quoting people who say 'we' for one", () => {
    const report = piece("Council cuts library budget", [
      "Halden council cut the library budget by 12 percent on Monday.",
      '"We have no choice," said council leader Mara Olsen.',
      '"Our reserves are gone and we must balance the books," she added.',
      "Two branches will close in March, the council said.",
      "Library users plan a protest outside the town hall on Friday.",
    ]);
    expect(isOpinionPiece(report)).toBe(false);
  });

  it("hears a column that argues without 'I': no one quoted, and its stance marked", () => {
    const column = piece("Halden deserves a real library", [
      "The council's plan to close two branches is simply the wrong answer to a small deficit.",
      "Libraries are arguably the last free indoor space a town still has.",
      "Clearly, the savings of 40,000 euros a year will not balance the budget.",
      "Children who read at the library do better at school, study after study has found.",
      "The council should look first at the 2 million euros it spends on consultants.",
      "Of course, reading rooms cost money to heat and to staff.",
      "But a town that closes its libraries tells its children what it values.",
      "Halden must keep both branches open.",
    ]);
    expect(isOpinionPiece(column)).toBe(true);
  });

  it("does not hear the writer in a quotation that runs over several sentences", () => {
    const report = piece("Whale strandings worry iwi", [
      "More than 200 pilot whales stranded on Velden beach on Sunday, the museum said.",
      "Iwi leader Mia Holm said the strandings were a sign from the sea.",
      '"We are not strangers in this land. We did not take this land off anyone. We were not lost. Our elders tell us to listen."',
      "Rangers refloated 40 of the whales on Monday morning.",
      '"It is very emotional. Our ancestors tell us the whales carry messages. We need to listen to them."',
      "The museum will study the bones of the whales that died.",
      "Scientists do not know why whales strand in large groups.",
      "The Velden coast has seen 12 mass strandings since 1990.",
    ]);
    expect(isOpinionPiece(report)).toBe(false);
  });

  it("but not a report whose markers are its sources' words", () => {
    const report = piece("Council to close two library branches", [
      "Halden council will close two library branches in March to save 40,000 euros a year.",
      "Council leader Mara Olsen said the town simply could not afford them.",
      "Library users said the council should look at its spending on consultants instead.",
      "The branches opened in 1962 and 1978 and lend 30,000 books a year.",
      "Staff will move to the main library, a council spokesman said.",
      "A petition against the closures has 2,400 signatures, its organisers said.",
      "The council's budget committee meets again on 14 March.",
      "Ms Olsen said she must balance the books by the end of the year.",
    ]);
    expect(isOpinionPiece(report)).toBe(false);
  });
});

describe("readStance: plans and forecasts", () => {
  it("reads a plan's 'would' and an ability's 'can' as what the report states", () => {
    expect(stanceOf("The cruise phase would end with a 21 day recovery period.").stance).toBe(
      "stated",
    );
    expect(stanceOf("The new pods can hold four sleeping crew members.").stance).toBe("stated");
  });

  it("reads a hedged forecast ('would likely') and 'could' as the writer's opinion", () => {
    expect(stanceOf("A wider war would likely inflict severe costs on the region.").stance).toBe(
      "opinion",
    );
    expect(stanceOf("The strikes could deepen mistrust between the two states.").stance).toBe(
      "opinion",
    );
  });

  it("does not call a science report full of 'would' and 'could' an opinion piece", () => {
    const report = [
      "Sleeping astronauts would need smaller ships",
      "",
      "The agency has studied how crew hibernation would change the design of a mission to Mars.",
      "The study found the ship's mass could be cut by a third without the crew quarters.",
      "Each astronaut would sleep in a small pod that would also shield them from radiation.",
      "The crew would gain body fat before the flight, as hibernating animals do.",
      "The sleep phase would end with a 21 day recovery period before the landing.",
      "The mission would have to run largely on its own while the crew slept.",
    ].join("\n");
    expect(isOpinionPiece(readArticle(report))).toBe(false);
  });
});
