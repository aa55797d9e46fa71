// Patterns a blind reading of unseen articles found (December 2026), each on a short article
// written for the test: the candidates a kit scores, with why each is held back, if it is.
import { describe, expect, it } from "vitest";
import { deriveStudyKit } from "./derive";
import { looksLikePersonalName } from "./names";
import { danglingReferent } from "./standalone";

interface Seen {
  type: string;
  prompt: string;
  options: string[];
  answer: unknown;
  why?: string;
}

function candidates(lines: string[]): Seen[] {
  const seen: Seen[] = [];
  deriveStudyKit(lines.join("\n"), {
    onScored: (q, _score, why) => {
      const x = q as { type: string; prompt: string; options?: unknown; answer?: unknown };
      seen.push({
        type: x.type,
        prompt: x.prompt,
        options: Array.isArray(x.options) ? (x.options as string[]) : [],
        answer: x.answer,
        why,
      });
    },
  });
  return seen;
}

describe("a count asked as 'How many…?'", () => {
  it("counts a compound's last noun ('football national championships')", () => {
    const seen = candidates([
      "Velden State sues the league",
      "",
      "Velden State has won three football national championships since 1990, the most recent in 2013.",
      "The league has 14 member schools and a television deal worth $240 million.",
    ]);
    const how = seen.filter((q) => /^How many/.test(q.prompt)).map((q) => q.prompt);
    expect(how).toContain(
      "How many football national championships has Velden State won since 1990, the most recent in 2013?",
    );
    expect(how.some((p) => /^How many football has/.test(p))).toBe(false);
  });
});

describe("attribution after a blind reading", () => {
  const seen = candidates([
    "Velden port reopens",
    "",
    '"It is hard to say where those claims will go," said Mia Holm, a port analyst. "And I think the shipping lines know that as well. They will want the port open soon."',
    "The Velden Board of Shipping began accepting applications in October. Licences have already been issued to 23 Velden shipping firms, the board said.",
    "Port analyst Mia Holm said the reopening would bring back 40 ships a week by March.",
    "Union leader Anna Berg said dock workers would return to full shifts on Monday.",
  ]);

  it("quotes a speaker's words once, not inside a second pair of marks", () => {
    const who = seen.filter(
      (q) => q.type === "attribution" && /shipping lines know/.test(q.prompt),
    );
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) expect(q.prompt).not.toMatch(/""/);
  });

  it("never asks for or offers a source that names nobody ('The board')", () => {
    const attribution = seen.filter((q) => q.type === "attribution");
    expect(attribution.length).toBeGreaterThan(0);
    for (const q of attribution) {
      expect(q.answer).not.toMatch(/^the \p{Ll}+$/iu);
      for (const o of q.options) expect(o).not.toMatch(/^the \p{Ll}+$/iu);
    }
  });
});

describe("statements that lean on another sentence, from a blind reading", () => {
  it.each([
    "True or false: On Friday, Ma's office told the South China Morning Post.",
    'True or false: Velden\'s stock "is worth far more than its price," she said.',
    "True or false: According to the writer, during this season, let's face another reality: Muslims.",
  ])("finds the missing part in %j", (s) => {
    expect(danglingReferent(s)).toBeDefined();
  });

  it("lets a speech tag with what was said stand", () => {
    expect(
      danglingReferent("Ma's office told the South China Morning Post that he would not sell."),
    ).toBeUndefined();
  });
});

describe("an opinion piece's discussion questions", () => {
  it("are not another writer's rules or an example ('the writer Paul Wells…', 'one example:')", () => {
    const seen = candidates([
      "Opinion: Velden should keep its trams",
      "",
      "I have ridden the Velden trams every morning for twenty years.",
      "The writer Anna Berg has some rules of city politics, and the first one says that nothing cheap ever gets built.",
      "One example: the council should have kept the old depot, which cost nothing to run.",
      "The council should keep the trams running, because buses would cost the city 40 million euros more.",
      "We must not let a short-term saving decide the next fifty years of our streets.",
      "My neighbours feel the same way about the trams.",
    ]);
    const open = seen.filter((q) => q.type === "open").map((q) => q.prompt);
    expect(open.some((p) => /^The writer argues that the council should keep/.test(p))).toBe(true);
    expect(open.some((p) => /argues that (the writer|one example)/i.test(p))).toBe(false);
  });
});

describe("facts cut short or opening on a link word", () => {
  it("make no fact of a clause cut after 'while' and a name, and drop 'Now,'", () => {
    const seen = candidates([
      "Velden visa rules tightened",
      "",
      "Tom Hale, deputy chairman of the Velden Research Group, called the rule a sign of weakness while Anna Berg.",
      "Now, the Velden Opera House is still on the spa track, the council said on Monday.",
      "Velden raised the salary needed for a family visa to 38,700 euros in April.",
    ]);
    expect(seen.some((q) => /while Anna Berg\.?$/.test(q.prompt.replace(/[?"]+$/, "")))).toBe(
      false,
    );
    expect(seen.some((q) => /\bnow, /i.test(q.prompt))).toBe(false);
  });
});

describe("looksLikePersonalName", () => {
  it("is false for a college, a school or a university", () => {
    expect(looksLikePersonalName("Bridgewater College")).toBe(false);
    expect(looksLikePersonalName("Harlow School")).toBe(false);
    expect(looksLikePersonalName("Mia Holm")).toBe(true);
  });
});

describe("a quotation keeps its own words", () => {
  it("is not rewritten ('\"The reserve was…\"' never becomes '\"the Harlow Reserve was…\"')", () => {
    const seen = candidates([
      "Rare moth found again",
      "",
      "A fire in 2020 burned most of the Harlow Reserve, where the moth was last seen.",
      '"The reserve was made bare by the fire," says Mia Holm, a science adviser at the Velden Museum.',
      "Luckily, the moth was found again in 2022 in a pocket of grass the fire had missed.",
      "The Velden Museum has counted 14 moths since then, said one of the officials cited above.",
    ]);
    expect(seen.some((q) => /"The reserve was made bare/.test(q.prompt))).toBe(true);
    expect(seen.some((q) => /"the Harlow Reserve was/i.test(q.prompt))).toBe(false);
    expect(seen.some((q) => /\bluckily\b/i.test(q.prompt))).toBe(false);
    expect(seen.some((q) => /cited above/.test(q.prompt))).toBe(false);
  });
});

describe("after a third blind reading", () => {
  it("names a speaker once, even after a role in lower case ('says philosopher Paul Thagard')", () => {
    const seen = candidates([
      "Astrology apps use AI",
      "",
      "Co-Star has 30 million users and launched its AI chat in 2023.",
      '"Astrology is nonsense, of course," says philosopher Mia Holm, author of a widely cited 1978 paper on astrology, after checking her own horoscope.',
      "Co-Star did not respond to a request for comment on Friday.",
    ]);
    expect(seen.some((q) => /Mia Holm said, .*says philosopher Mia Holm/.test(q.prompt))).toBe(
      false,
    );
    const kit = deriveStudyKit(
      [
        "Astrology apps use AI",
        "",
        "Co-Star has 30 million users and launched its AI chat in 2023.",
        '"Astrology is nonsense, of course," says philosopher Mia Holm, author of a widely cited 1978 paper on astrology, after checking her own horoscope.',
      ].join("\n"),
    );
    const claim = kit.facts.find((f) => /Astrology is nonsense/.test(f.text));
    expect(claim?.attribution).toBe("Mia Holm");
    const comment = seen.filter(
      (q) => q.type === "true_false" && /request for comment/.test(q.prompt),
    );
    expect(comment.length).toBeGreaterThan(0);
    for (const q of comment) expect(q.why).toBe("a request for comment");
  });

  it("hears 'Neither has…' lean on the sentence before", () => {
    expect(danglingReferent("Neither has Co-Star published its sales figures.")).toBeDefined();
  });
});
