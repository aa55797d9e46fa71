import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readDefaultArticle } from "./default-article";
import { ArticleError, MAX_ARTICLE_BYTES, type ArticleErrorCode } from "./errors";
import { isSubstantive } from "./facts";
import { assertArticleText, isSubHeading, readArticle } from "./read-article";

// A page as a scraper leaves it: a headline broken over two lines, a tag line, glued
// sentences, curly quotes, a soft hyphen and the site's boilerplate at the end.
const SCRAPED = [
  "Floods and\nFighting: A Province\u2019s Long Year",
  "",
  "Floods, Provincial Politics, Security, Pakistan Economy",
  "",
  "The army said it killed 12 militants on Saturday.Six terrorists were arrested in Bannu. The minister called it \u201ca turning point\u201d for the province.",
  "",
  "Officials said the bor\u00adder crossing at Torkham had reopened. More than 100 trucks\ncrossed on the first day.",
  "",
  "Scroll to Top",
  "",
  "Dear visitor, the comments section is undergoing an overhaul and will return soon.",
].join("\n");

function errorCode(run: () => unknown): ArticleErrorCode | "no error" {
  try {
    run();
  } catch (e) {
    if (e instanceof ArticleError) return e.code;
    throw e;
  }
  return "no error";
}

describe("readArticle: page debris", () => {
  const { article } = readArticle(SCRAPED);

  it("drops 'Scroll to Top' and the comments-section notice", () => {
    expect(article.text).not.toMatch(/scroll to top/i);
    expect(article.text).not.toMatch(/dear visitor|comments section/i);
  });

  it("takes the topic-tag line after the title out of the text and keeps it as tags", () => {
    expect(article.tags).toEqual(["Floods", "Provincial Politics", "Security", "Pakistan Economy"]);
    expect(article.text).not.toContain("Provincial Politics");
  });

  it("strips boilerplate glued to the last sentence without a space", () => {
    const { article: glued } = readArticle(
      "A headline\n\nThe council met on Monday. It approved the budget.Dear visitor, the comments section is undergoing an overhaul and will return soon.Scroll to Top",
    );
    expect(glued.sentences.map((s) => s.text)).toEqual([
      "The council met on Monday.",
      "It approved the budget.",
    ]);
  });

  it("strips the shipped article's debris and tag line", () => {
    const { article: shipped } = readArticle(readDefaultArticle());
    expect(shipped.title).toBe(
      "Cross-Border Strikes and Ceasefire Deadlock: Is Dialogue the Only Way Forward?",
    );
    expect(shipped.text).not.toMatch(/scroll to top/i);
    expect(shipped.text).not.toContain("Pak-Afghan Peace Talks");
    expect(shipped.tags).toContain("Pak-Afghan Peace Talks");
    expect(shipped.paragraphs).toHaveLength(13);
    expect(shipped.sentences[0]!.text).toMatch(/^Pakistan has carried out intelligence-based/);
    expect(shipped.sentences.at(-1)!.text).toMatch(/bearing the cost\.$/);
  });

  it("keeps a body sentence that merely mentions scrolling", () => {
    const { article: a } = readArticle(
      "Title here\n\nUsers scroll to top stories first. Editors know this well.",
    );
    expect(a.sentences.map((s) => s.text)).toContain("Users scroll to top stories first.");
  });
});

describe("readArticle: title, paragraphs and sentences", () => {
  const { article } = readArticle(SCRAPED);

  it("finds the title and joins a headline broken over two lines", () => {
    expect(article.title).toBe("Floods and Fighting: A Province's Long Year");
    expect(article.text.startsWith(`${article.title}\n\n`)).toBe(true);
  });

  it("finds the body paragraphs in order", () => {
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.map((p) => p.index)).toEqual([0, 1]);
    expect(article.paragraphs[0]!.sentenceIds).toHaveLength(3);
    expect(article.paragraphs[1]!.sentenceIds).toHaveLength(2);
  });

  it("gives every sentence offsets into the cleaned text", () => {
    for (const s of article.sentences) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const p of article.paragraphs) {
      for (const id of p.sentenceIds) {
        const s = article.sentences.find((x) => x.id === id)!;
        expect(s.paragraph).toBe(p.index);
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
      }
    }
  });

  it("keeps offsets exact on the shipped article", () => {
    const { article: shipped } = readArticle(readDefaultArticle());
    expect(shipped.sentences.length).toBeGreaterThan(40);
    for (const s of shipped.sentences) expect(shipped.text.slice(s.start, s.end)).toBe(s.text);
    const starts = shipped.sentences.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("splits sentences glued without a space after the full stop", () => {
    const texts = article.sentences.map((s) => s.text);
    expect(texts).toContain("The army said it killed 12 militants on Saturday.");
    expect(texts).toContain("Six terrorists were arrested in Bannu.");
  });

  it("cuts off a sub-heading glued to the next sentence, and builds no fact on it", () => {
    const read = readArticle(
      "Polio returns\n\nA second polio case was reported in Chaman on Monday.Doctors call for filling gaps in immunisationAn NIH official said the virus was found in 56 samples this year.",
    );
    const texts = read.article.sentences.map((s) => s.text);
    expect(texts[2]).toBe("An NIH official said the virus was found in 56 samples this year.");
    const heading = read.sentences.find((s) => s.text.startsWith("Doctors call"))!;
    expect(isSubHeading(heading)).toBe(true);
    expect(isSubstantive(heading)).toBe(false);
    expect(read.sentences.filter(isSubHeading)).toHaveLength(1);
  });

  it("does not split a decimal number", () => {
    const { article: a } = readArticle("Inflation rose to 3.5 percent in May. Prices fell later.");
    expect(a.sentences.map((s) => s.text)).toEqual([
      "Inflation rose to 3.5 percent in May.",
      "Prices fell later.",
    ]);
  });

  it("normalises curly quotes and apostrophes to straight ones", () => {
    expect(article.text).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
    expect(article.text).toContain('called it "a turning point" for the province.');
  });

  it("joins a stray line break inside a paragraph", () => {
    expect(article.sentences.map((s) => s.text)).toContain(
      "More than 100 trucks crossed on the first day.",
    );
  });

  it("removes soft hyphens so the word is whole", () => {
    expect(article.text).not.toContain("\u00ad");
    expect(article.text).toContain("border crossing at Torkham");
  });

  it("gives sentence ids that are unique even for repeated sentences", () => {
    const { article: a } = readArticle("It rained. The match went on. It rained. Fans left early.");
    const ids = a.sentences.map((s) => s.id);
    expect(a.sentences).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});

describe("readArticle: hash", () => {
  it("is the SHA-256 of the cleaned text", () => {
    const { article } = readArticle(SCRAPED);
    expect(article.hash).toBe(createHash("sha256").update(article.text, "utf8").digest("hex"));
  });

  it("is stable for the same text and ignores debris", () => {
    const a = readArticle(SCRAPED).article.hash;
    expect(readArticle(SCRAPED).article.hash).toBe(a);
    expect(readArticle(`${SCRAPED}\n\nScroll to Top\n`).article.hash).toBe(a);
  });

  it("changes when a word of the article changes", () => {
    const a = readArticle(SCRAPED).article.hash;
    expect(readArticle(SCRAPED.replace("Bannu", "Karak")).article.hash).not.toBe(a);
  });
});

describe("readArticle: bad input", () => {
  it("rejects an empty string as EMPTY", () => {
    expect(errorCode(() => readArticle(""))).toBe("EMPTY");
  });

  it("rejects whitespace only as EMPTY", () => {
    expect(errorCode(() => readArticle("  \n\t\n \u00a0 \r\n"))).toBe("EMPTY");
  });

  it("rejects more than MAX_ARTICLE_BYTES as TOO_LARGE, counting UTF-8 bytes", () => {
    const sentence = "The river rose again. ";
    const big = sentence.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1) / sentence.length));
    expect(errorCode(() => readArticle(big))).toBe("TOO_LARGE");
    // Fewer characters than the limit but more bytes: "é" is two bytes in UTF-8.
    const wide = "é".repeat(MAX_ARTICLE_BYTES / 2 + 1);
    expect(wide.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(errorCode(() => readArticle(wide))).toBe("TOO_LARGE");
  });

  it("accepts exactly MAX_ARTICLE_BYTES", () => {
    expect(() => assertArticleText("a".repeat(MAX_ARTICLE_BYTES))).not.toThrow();
    expect(errorCode(() => assertArticleText("a".repeat(MAX_ARTICLE_BYTES + 1)))).toBe("TOO_LARGE");
  });

  it("rejects binary input (NUL bytes, control characters) as NOT_TEXT", () => {
    expect(errorCode(() => readArticle("PK\u0003\u0004\u0000\u0000 some words here."))).toBe(
      "NOT_TEXT",
    );
    expect(errorCode(() => readArticle("A fine sentence.\u0000"))).toBe("NOT_TEXT");
    expect(errorCode(() => readArticle("\u0001\u0002\u0003\u0004 garbage \u0005\u0006"))).toBe(
      "NOT_TEXT",
    );
  });

  it("rejects text with no sentences as NO_SENTENCES", () => {
    expect(errorCode(() => readArticle("... --- !!! ???"))).toBe("NO_SENTENCES");
    expect(errorCode(() => readArticle("Scroll to Top"))).toBe("NO_SENTENCES");
  });

  it("throws errors whose message is one line", () => {
    for (const bad of ["", "\u0000", "***", "x".repeat(MAX_ARTICLE_BYTES + 1)]) {
      try {
        readArticle(bad);
        expect.unreachable(`no error for ${JSON.stringify(bad.slice(0, 10))}`);
      } catch (e) {
        expect(e).toBeInstanceOf(ArticleError);
        expect((e as Error).message).not.toContain("\n");
        expect((e as Error).message.length).toBeGreaterThan(5);
      }
    }
  });
});

describe("readArticle: agency datelines and exclamations inside quotations", () => {
  it("strips an agency's dateline from the first paragraph", () => {
    const read = readArticle(
      "Harbour vote\n\nVELDEN (Reuters) - Thousands of fishermen marched through Velden on Thursday.\n\nThe council met later in the day.",
    );
    expect(read.sentences[0]!.text).toBe(
      "Thousands of fishermen marched through Velden on Thursday.",
    );
  });

  it("keeps a sentence whole across an exclamation inside its quotation", () => {
    const read = readArticle(
      'Harbour vote\n\nThousands of fishermen marched on Thursday chanting "No plan! No vote!" as the council met in Velden. The council approved the plan.',
    );
    expect(read.sentences.map((s) => s.text)).toEqual([
      'Thousands of fishermen marched on Thursday chanting "No plan! No vote!" as the council met in Velden.',
      "The council approved the plan.",
    ]);
  });
});

describe("readArticle: an abbreviation's full stops", () => {
  it("end no sentence ('Ph.D.' in 'Anna Berg, Ph.D., of Velden University, led the study.')", () => {
    const read = readArticle(
      "Brain study\n\nThe study was led by Anna Berg, Ph.D., of Velden University, and published in March. It found a clear threshold.",
    );
    expect(read.sentences.map((s) => s.text)).toEqual([
      "The study was led by Anna Berg, Ph.D., of Velden University, and published in March.",
      "It found a clear threshold.",
    ]);
  });
});
