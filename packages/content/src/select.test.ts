// Gates that keep a valid question out of the recommended set: each is seen holding back the
// question it names, on a short article written for the test.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { deriveStudyKit } from "./derive";
import { corpusDir } from "./quality";

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
