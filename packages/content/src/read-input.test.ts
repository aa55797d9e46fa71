// Each kind of input a teacher brings, to article text and on to a kit: a saved news page with
// its navigation, adverts, comments and scripts; markdown; plain text; and every refusal.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deriveStudyKit } from "./derive";
import { ArticleError, type ArticleErrorCode } from "./errors";
import { articleTextFromHtml } from "./html-article";
import { articleTextFromMarkdown } from "./markdown-article";
import {
  articleTextFromInput,
  assertQuestionWorthy,
  checkInput,
  MAX_INPUT_HTML_CHARS,
  MAX_INPUT_TEXT_CHARS,
} from "./read-input";
import { readArticle } from "./read-article";

const NEWS_PAGE = readFileSync(new URL("./fixtures/news-page.html", import.meta.url), "utf8");

function errorOf(run: () => unknown): { code: ArticleErrorCode; message: string } | "no error" {
  try {
    run();
  } catch (e) {
    if (e instanceof ArticleError) return { code: e.code, message: e.message };
    throw e;
  }
  return "no error";
}

describe("a saved news page (.html)", () => {
  const text = articleTextFromHtml(NEWS_PAGE);
  const [title, blank, ...rest] = text.split("\n");
  const paragraphs = text.split("\n\n").slice(1);

  it("starts with the headline, a blank line, then the article's paragraphs", () => {
    expect(title).toBe("Flood defences approved for Riverton after record rainfall");
    expect(blank).toBe("");
    expect(rest[0]).toMatch(/^The Riverton town council on Tuesday approved/);
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs.every((p) => !p.includes("\n") && p === p.trim())).toBe(true);
    expect(paragraphs.at(-1)).toBe(
      "The council will hold a public meeting about the scheme at Riverton Town Hall on December 3.",
    );
  });

  it("keeps the words of links, emphasis and quotations", () => {
    expect(text).toContain("raise the embankment along the river by 1.2 metres and add");
    expect(text).toContain("warned the council about the embankment for more than a decade.");
    expect(text).toContain('"We cannot stop the rain, but we can stop it reaching');
  });

  it("leaves navigation, adverts, related links, comments, scripts, forms and footer behind", () => {
    for (const debris of [
      "Business",
      "Subscribe",
      "Advertisement",
      "googletag",
      "dataLayer",
      "cookies",
      "Bus fares frozen",
      "Read more",
      "How to claim",
      "Comments",
      "cellar has flooded",
      "Council tax",
      "Most read",
      "Sign up",
      "All rights reserved",
      "Privacy policy",
      "Share on",
      "Photo: Courier staff",
      "Environment Reporter",
      "Topics:",
      "<",
    ]) {
      expect(text, debris).not.toContain(debris);
    }
  });

  it("gives a kit whose title and sentences come from the article", () => {
    const kit = deriveStudyKit(text);
    expect(kit.article.title).toBe(title);
    expect(kit.article.paragraphs).toHaveLength(8);
    expect(kit.facts.length).toBeGreaterThanOrEqual(5);
    expect(kit.questions.length).toBeGreaterThan(10);
    for (const q of kit.questions) {
      const sources = kit.article.sentences.filter((s) => q.sourceSentenceIds.includes(s.id));
      expect(sources.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(kit)).not.toMatch(/Advertisement|cellar|Most read/);
  });

  it("reads a page that separates paragraphs with <br><br>, and decodes entities", () => {
    const page = `<html><head><title>Old site</title></head><body>
      <div id="menu"><a href="/">Home</a> | <a href="/about">About</a></div>
      <div id="story"><h1>Bridge reopens in Eastfield</h1>
      The Eastfield bridge reopened on Monday after repairs that cost 3&nbsp;million pounds and took nine months to finish.<br><br>
      Engineers from Harlow &amp; Sons replaced 40 steel cables, the county council said in a statement on Monday morning.<br>
      The old cables dated from 1962.<br><br>
      Traffic is expected to return to normal by Friday, according to the police, who will keep one lane closed until then.
      </div><div id="footer">Copyright 2026</div></body></html>`;
    const out = articleTextFromHtml(page).split("\n\n");
    expect(out[0]).toBe("Old site");
    expect(out.slice(1)).toEqual([
      "The Eastfield bridge reopened on Monday after repairs that cost 3 million pounds and took nine months to finish.",
      "Engineers from Harlow & Sons replaced 40 steel cables, the county council said in a statement on Monday morning. The old cables dated from 1962.",
      "Traffic is expected to return to normal by Friday, according to the police, who will keep one lane closed until then.",
    ]);
  });

  it("refuses a page with no article (a sign-in page, a page of scripts) as NOT_TEXT", () => {
    const signIn = `<html><head><title>Sign in</title><script>var x = 1;</script></head><body>
      <nav><a href="/">Home</a></nav><form><label>Email <input></label><button>Sign in</button></form>
      </body></html>`;
    const scripts =
      "<html><head><script>document.write('hello world')</script></head><body></body></html>";
    for (const page of [signIn, scripts, "<html></html>"]) {
      const error = errorOf(() => articleTextFromInput("html", page));
      expect(error).toEqual({
        code: "NOT_TEXT",
        message: "no article text found in this page: paste the article's text instead",
      });
    }
  });
});

describe("markdown (.md)", () => {
  const MARKDOWN = [
    "# Flood plan *approved* in Riverton",
    "",
    "## Summary",
    "",
    "The **Riverton** town council approved a [flood defence scheme](https://example.org/plan) worth",
    "14 million pounds on Tuesday, a week after the River Lune flooded `300` homes.",
    "",
    "Key points:",
    "",
    "- The embankment will rise by 1.2 metres.",
    "- Two pumping stations will be built near the market square.",
    "  1. Work starts in April.",
    "",
    '> "We cannot stop the rain," said Helen Marsh, the agency\'s area manager.',
    "",
    "```js",
    "console.log('not prose');",
    "```",
    "",
    "| year | rain |",
    "| ---- | ---- |",
    "| 1910 | 80   |",
    "",
    '<div class="ad">Advertisement</div>',
    "",
    "---",
    "",
    "The council will hold a meeting on December 3.<br>![a map](map.png) Everyone is welcome.",
  ].join("\n");

  it("keeps the first heading as the title and each paragraph and list item as a paragraph", () => {
    expect(articleTextFromMarkdown(MARKDOWN).split("\n\n")).toEqual([
      "Flood plan approved in Riverton",
      "The Riverton town council approved a flood defence scheme worth 14 million pounds on Tuesday, a week after the River Lune flooded 300 homes.",
      "Key points:",
      "The embankment will rise by 1.2 metres.",
      "Two pumping stations will be built near the market square.",
      "Work starts in April.",
      '"We cannot stop the rain," said Helen Marsh, the agency\'s area manager.',
      "The council will hold a meeting on December 3. Everyone is welcome.",
    ]);
  });

  it("leaves out code, tables, raw HTML, images and later headings", () => {
    const text = articleTextFromMarkdown(MARKDOWN);
    for (const debris of ["console.log", "1910", "Advertisement", "a map", "Summary", "*", "["]) {
      expect(text, debris).not.toContain(debris);
    }
  });

  it("has no title when the document opens with a paragraph", () => {
    expect(articleTextFromMarkdown("Just a paragraph.\n\n# Late heading\n\nMore text.")).toBe(
      "Just a paragraph.\n\nMore text.",
    );
  });

  it("refuses markdown with no prose in it as EMPTY", () => {
    const error = errorOf(() => articleTextFromInput("md", "```\ncode only\n```\n\n---\n"));
    expect(error).not.toBe("no error");
    expect(error !== "no error" && error.code).toBe("EMPTY");
  });
});

describe("plain text (pasted or .txt)", () => {
  it("passes through unchanged, for readArticle to clean", () => {
    const text = "Headline here\n\nFirst paragraph.\r\n\r\nSecond paragraph.";
    expect(articleTextFromInput("paste", text)).toBe(text);
    expect(articleTextFromInput("txt", text)).toBe(text);
  });
});

describe("refusals, each one line a teacher can act on", () => {
  it("empty: nothing but whitespace", () => {
    for (const kind of ["paste", "txt", "md", "html"] as const) {
      expect(errorOf(() => articleTextFromInput(kind, " \n\t\n "))).toEqual({
        code: "EMPTY",
        message: "the article is empty: paste its text or choose a file",
      });
    }
  });

  it("too long: over the limit for its kind, with the limit in the message", () => {
    const text = "A sentence about a council. ".repeat(MAX_INPUT_TEXT_CHARS / 28 + 10);
    expect(errorOf(() => checkInput("paste", text))).toEqual({
      code: "TOO_LARGE",
      message: `the text is ${text.length.toLocaleString("en")} characters long; the limit is 500,000 characters`,
    });
    // A page may be longer than a text: its markup is not article.
    expect(errorOf(() => checkInput("html", `<p>${text}</p>`))).toBe("no error");
    const page = `<p>${"x".repeat(MAX_INPUT_HTML_CHARS)}</p>`;
    expect(errorOf(() => checkInput("html", page))).toEqual({
      code: "TOO_LARGE",
      message: `the page is ${page.length.toLocaleString("en")} characters long; the limit is 2,000,000 characters`,
    });
    // ...but the article it holds is held to the text limit.
    const error = errorOf(() => articleTextFromInput("html", `<article><p>${text}</p></article>`));
    expect(error !== "no error" && error.code).toBe("TOO_LARGE");
    expect(error !== "no error" && error.message).toMatch(/the limit is 500,000 characters$/);
  });

  it("not text: a binary file read as text", () => {
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    for (const kind of ["txt", "md", "html"] as const) {
      expect(errorOf(() => articleTextFromInput(kind, `%PDF-1.7\n${binary}`))).toEqual({
        code: "NOT_TEXT",
        message: "this looks like a binary file, not text: choose a .txt, .md or .html file",
      });
    }
  });

  it("nothing question-worthy: sentences, but no fact or question comes of them", () => {
    for (const text of ["Hello there. How are you?", "I like it. You like it too."]) {
      const kit = deriveStudyKit(articleTextFromInput("paste", text));
      expect(kit.questions).toHaveLength(0);
      const error = errorOf(() => assertQuestionWorthy(kit));
      expect(error !== "no error" && error.code).toBe("NO_QUESTIONS");
    }
    expect(
      errorOf(() => assertQuestionWorthy(deriveStudyKit(articleTextFromHtml(NEWS_PAGE)))),
    ).toBe("no error");
  });
});

// The same article brought as .txt, .md and .html is one article: the same cleaned text, so the
// same hash, and the library keeps it once.
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const corpusDir = [
  process.env.STUDYKIT_CORPUS_DIR,
  path.resolve(repoRoot, "../shared/corpus/dawn"),
  "/work/shared/corpus/dawn",
].find((p): p is string => !!p && existsSync(p));
const corpusFiles = corpusDir ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")) : [];

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe.skipIf(!corpusDir)("the Dawn corpus as .md and .html", () => {
  it.each(corpusFiles)(
    "%s gives the same article hash as text, markdown and a web page",
    (file) => {
      const raw = readFileSync(path.join(corpusDir!, file), "utf8");
      const { article } = readArticle(raw);
      const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
      const markdown = [`# ${article.title}`, ...paragraphs].join("\n\n");
      const page = `<!DOCTYPE html><html><head><title>${escapeHtml(article.title)} - Newspaper - DAWN.COM</title>
      <script>var ads = [];</script></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/latest">Latest</a></li><li><a href="/pakistan">Pakistan</a></li></ul></nav>
      <div class="ad">Advertisement</div>
      <article><h1>${escapeHtml(article.title)}</h1>
      ${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
      </article>
      <section class="comments"><h2>Comments</h2><p>First comment here, I think this is wrong.</p></section>
      <footer>Copyright 2026</footer></body></html>`;
      const fromText = deriveStudyKit(raw).article.hash;
      expect(readArticle(articleTextFromInput("md", markdown)).article.hash).toBe(fromText);
      expect(readArticle(articleTextFromInput("html", page)).article.hash).toBe(fromText);
    },
  );
});
