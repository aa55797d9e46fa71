// A saved web page to article text: Mozilla's Readability (Firefox's Reader View) finds the
// article in the page over linkedom's DOM; the paragraphs are then read from the article's
// elements, so the text keeps its title and paragraph breaks in the form readArticle expects.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ArticleError } from "./errors";

// Elements that close the paragraph before them and start a new one.
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FOOTER",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "UL",
]);

// Elements whose text is not article prose: code and media, captions, tables of figures, forms,
// and sub-headings (structure, not sentences: read as sentences they become fragments).
const SKIP = new Set([
  "BUTTON",
  "CANVAS",
  "FIGCAPTION",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "IFRAME",
  "NOSCRIPT",
  "OBJECT",
  "SCRIPT",
  "SELECT",
  "STYLE",
  "SVG",
  "TABLE",
  "TEMPLATE",
  "TEXTAREA",
  "VIDEO",
  "AUDIO",
]);

/** Words a paragraph needs before the page counts as holding prose. */
const MIN_PROSE_WORDS = 6;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** One line of prose: runs of whitespace (line breaks in the source included) become a space. */
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

/** The paragraphs of an element, in order: inline runs between block elements, `<br><br>` splits. */
function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let inline = "";
  const flush = () => {
    // Two line breaks in a row separate paragraphs in pages that use <br> instead of <p>.
    for (const part of inline.split(/\n[^\S\n]*\n/)) {
      const text = tidy(part);
      if (text) out.push(text);
    }
    inline = "";
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        // A source line break is only a space; only <br> marks a line.
        inline += (child.textContent ?? "").replace(/\s+/g, " ");
      } else if (child.nodeType === ELEMENT_NODE) {
        const name = child.nodeName.toUpperCase();
        if (SKIP.has(name)) continue;
        if (name === "BR") inline += "\n";
        else if (BLOCK.has(name)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/**
 * The article in a web page as text: its title, a blank line, then its paragraphs separated by
 * blank lines. Navigation, adverts, comments, scripts and footers are left behind. Throws
 * NOT_TEXT when the page holds no readable article.
 */
export function articleTextFromHtml(html: string): string {
  let { document } = parseHTML(html);
  // A fragment with no <html> element (a copied <article>) gets a page around it to read.
  if (document.documentElement?.nodeName.toUpperCase() !== "HTML") {
    ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`));
  }
  // The page's own headline, read before Readability rearranges the page: the first <h1> that
  // the page's title names, so "Headline - Section - Site" gives "Headline".
  const pageTitle = tidy(
    document.querySelector('meta[property="og:title"]')?.getAttribute("content") ??
      document.title ??
      "",
  );
  const headline = (Array.from(document.querySelectorAll("h1")) as { textContent: string | null }[])
    .map((h) => tidy(h.textContent ?? ""))
    .find((h) => h.length > 0 && pageTitle.includes(h));
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      serializer: (el) => el,
      keepClasses: false,
    },
  ).parse();
  const content = article?.content as unknown as DomNode | null | undefined;
  const paragraphs = content ? paragraphsOf(content) : [];
  // A sign-in page or a menu has words, but no sentence of prose.
  if (
    !paragraphs.some((p) => p.split(" ").filter((w) => /\p{L}/u.test(w)).length >= MIN_PROSE_WORDS)
  ) {
    throw new ArticleError(
      "NOT_TEXT",
      "no article text found in this page: paste the article's text instead",
    );
  }
  const title = headline ?? tidy(article?.title ?? "");
  return [...(title && title !== paragraphs[0] ? [title] : []), ...paragraphs].join("\n\n");
}
