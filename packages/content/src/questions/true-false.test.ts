import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "../default-article";
import { deriveStudyKit } from "../derive";
import { lookup } from "../gazetteer";
import type { TrueFalseQuestion } from "../types";

const kit = deriveStudyKit(readDefaultArticle());
const questions = kit.questions.filter((q): q is TrueFalseQuestion => q.type === "true_false");
const sentenceText = new Map(kit.article.sentences.map((s) => [s.id, s.text]));
const statement = (q: TrueFalseQuestion) => q.prompt.replace(/^True or false: /, "");

/** Where `name` occurs in `text` as whole words. */
function positions(text: string, name: string): number[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
  return [...text.matchAll(pattern)].map((m) => m.index);
}
const count = (text: string, name: string) => positions(text, name).length;
const mentions = (text: string, name: string) => count(text, name) > 0;

/** The statement's own words, without the frame around them. */
function words(q: TrueFalseQuestion): string {
  return statement(q)
    .replace(/^The article argues that /, "")
    .replace(/\.$/, "");
}

describe("true/false questions on the shipped article", () => {
  it("are generated, with True/False options and a boolean answer", () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    for (const q of questions) {
      expect(q.options).toEqual(["True", "False"]);
      expect(typeof q.answer).toBe("boolean");
      expect(q.prompt).toMatch(/^True or false: /);
    }
  });

  it("are roughly balanced between true and false", () => {
    const share = questions.filter((q) => q.answer).length / questions.length;
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeLessThanOrEqual(0.75);
  });

  it("make a false statement from one substitution that the prompt shows", () => {
    const falses = questions.filter((q) => !q.answer);
    expect(falses.length).toBeGreaterThan(0);
    for (const q of falses) {
      expect(q.substitution, q.prompt).not.toBeNull();
      const { original, replacement } = q.substitution!;
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id)!).join(" ");
      const said = words(q);
      expect(replacement).not.toBe(original);
      expect(count(said, replacement), `${q.prompt} lacks ${replacement}`).toBeGreaterThan(0);
      // The original is gone from where it stood ("Pakistan" may remain inside another name).
      expect(count(said, original), `${q.prompt} still says ${original}`).toBeLessThan(
        count(source, original),
      );
      // Undoing the one substitution gives back the article's words.
      const undone = positions(said, replacement).map(
        (at) => said.slice(0, at) + original + said.slice(at + replacement.length),
      );
      const grounded = undone.some((u) => source.toLowerCase().includes(u.toLowerCase()));
      expect(grounded, `${q.prompt} differs from the source by more than ${original}`).toBe(true);
      // The explanation says what was changed.
      expect(q.explanation).toContain(original);
      expect(q.explanation).toContain(replacement);
    }
  });

  it("do not give a false statement away by keeping another name for the original", () => {
    // "…the banned Hafiz Gul Bahadur group (TTP)" still names the TTP it replaced.
    for (const q of questions.filter((x) => !x.answer && x.substitution)) {
      const { original } = q.substitution!;
      const entry = lookup(original.replace(/^the /, ""));
      const otherNames = [entry?.name, ...(entry?.aliases ?? [])].filter(
        (n): n is string => !!n && n.toLowerCase() !== original.replace(/^the /, "").toLowerCase(),
      );
      for (const alias of otherNames) {
        expect(mentions(statement(q), alias), `"${q.prompt}" still names ${alias}`).toBe(false);
      }
    }
  });

  it("keep the grammar when the replaced name was a modifier ('the US withdrawal')", () => {
    // "after Turkey withdrawal" gives the false statement away by its grammar alone.
    for (const q of questions.filter((x) => !x.answer && x.substitution)) {
      const { original, replacement } = q.substitution!;
      const name = original.replace(/^the /i, "");
      const acronymPlace = /^[A-Z]{2,4}$/.test(name) && lookup(name)?.kind === "place";
      if (!acronymPlace) continue;
      const said = words(q);
      for (const at of positions(said, replacement)) {
        const next = said.slice(at + replacement.length);
        if (/^ [a-z]/.test(next)) {
          expect(replacement, `${q.prompt}`).toMatch(/^[A-Z]{2,4}$/);
        }
      }
    }
  });

  it("state a true statement in the article's own words", () => {
    for (const q of questions.filter((x) => x.answer)) {
      expect(q.substitution).toBeNull();
      const source = q.sourceSentenceIds.map((id) => sentenceText.get(id)!).join(" ");
      expect(source.toLowerCase(), q.prompt).toContain(words(q).toLowerCase());
    }
  });

  it("keep the attribution of claims and allegations in the statement", () => {
    const claims = questions.filter((q) => q.stance === "attributed" || q.stance === "alleged");
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const q of claims) {
      const named =
        (q.attribution && q.prompt.toLowerCase().includes(q.attribution.toLowerCase())) ||
        (q.attribution === "reports" && /\breport(s|ed|edly)?\b/i.test(q.prompt));
      expect(named, `${q.prompt} (claim of ${q.attribution})`).toBe(true);
    }
    const hundred = questions.find((q) => /militants were killed in the strikes/.test(q.prompt));
    expect(hundred?.prompt).toMatch(/^True or false: According to official claims, /);
  });

  it("put the writer's opinions as the article's argument", () => {
    const opinions = questions.filter((q) => q.stance === "opinion");
    for (const q of opinions) expect(q.prompt).toMatch(/^True or false: The article argues that /);
  });

  it("explain the answer by quoting the source sentence", () => {
    for (const q of questions) {
      expect(q.explanation).toMatch(q.answer ? /^True\. / : /^False\. /);
      const quoted = q.sourceSentenceIds.some((id) =>
        q.explanation.includes(sentenceText.get(id)!),
      );
      expect(quoted, q.explanation).toBe(true);
    }
  });
});

describe("a changed figure that stays true in the world is never the false statement", () => {
  const falseOnes = (text: string) =>
    deriveStudyKit(text)
      .questions.filter((q): q is TrueFalseQuestion => q.type === "true_false" && !q.answer)
      .map(statement);

  it("never changes a lower bound ('at least five million' is not contradicted by seven)", () => {
    const text = [
      "Blogs boom",
      "",
      "There are at least seven million blogs on the web, according to the research firm Technorati in California.",
      "The firm counted 1.2 million new blogs in Europe in December, mostly written by students.",
    ].join("\n");
    for (const s of falseOnes(text)) {
      const figure = /at least ([\d.]+|\w+) million/.exec(s)?.[1];
      if (figure) expect(figure).toBe("seven");
    }
  });

  it("never changes a deadline ('within 18 months' is not contradicted by 'within 12')", () => {
    const text = [
      "Console makers race",
      "",
      "Sony, Microsoft and Nintendo are all expected to release new consoles within 18 months, analysts in London said on Tuesday.",
      "Microsoft has sold 19 million of its current consoles across Europe and the United States.",
    ].join("\n");
    for (const s of falseOnes(text)) {
      const months = Number(/within (\d+) months/.exec(s)?.[1] ?? 0);
      if (months) expect(months).toBe(18);
    }
  });

  it("swaps a year for one at least two years earlier only", () => {
    const text = [
      "Phishing grows",
      "",
      "Phishing attacks that trick people into giving away bank details boomed in 2004, the security firm MessageLabs said in London.",
      "MessageLabs stopped 18 million phishing e-mails across Europe during 2003.",
    ].join("\n");
    for (const s of falseOnes(text)) {
      const year = Number(/boomed in (\d{4})/.exec(s)?.[1] ?? 0);
      if (year) expect(year).toBeLessThanOrEqual(2002);
    }
  });
});
