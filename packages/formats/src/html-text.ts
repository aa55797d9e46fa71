// HTML in and out of question text: Moodle and GIFT carry HTML, StudyKit questions are plain text.
import { parseDocument } from "htmlparser2";
import { getElementsByTagName, textContent } from "domutils";

/** Plain text as an HTML fragment (for Moodle's format="html" fields). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function htmlParagraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "td",
  "th",
  "table",
  "blockquote",
  "pre",
]);

type Nodes = ReturnType<typeof parseDocument>["children"];

function nodesToText(nodes: Nodes): string {
  const parts: string[] = [];
  const walk = (list: Nodes) => {
    for (const node of list) {
      if (node.type === "text") parts.push((node as unknown as { data: string }).data);
      else if ("children" in node && "name" in node) {
        const name = String(node.name).toLowerCase();
        if (name === "script" || name === "style") continue;
        if (BLOCK.has(name)) parts.push(" ");
        walk(node.children as Nodes);
        if (BLOCK.has(name)) parts.push(" ");
      }
    }
  };
  walk(nodes);
  return collapse(parts.join(""));
}

/** The readable text of an HTML fragment: entities decoded, blocks separated by a space. */
export function htmlToText(html: string): string {
  return nodesToText(parseDocument(html, { decodeEntities: true }).children);
}

/** A model answer written as <p>answer</p><ul><li>rubric point</li>…</ul>, as the exports write it. */
export function modelAnswerHtml(modelAnswer: string, rubric: readonly string[]): string {
  const items = rubric.map((r) => `<li>${escapeHtml(r)}</li>`).join("");
  return `${htmlParagraph(modelAnswer)}${items ? `<ul>${items}</ul>` : ""}`;
}

/** Reads a model answer back: list items are the rubric, the rest is the model answer. */
export function readModelAnswerHtml(html: string): { modelAnswer: string; rubric: string[] } {
  const doc = parseDocument(html, { decodeEntities: true });
  const rubric = getElementsByTagName("li", doc.children, true)
    .map((li) => collapse(textContent(li)))
    .filter(Boolean);
  for (const list of getElementsByTagName(
    (name) => name === "ul" || name === "ol",
    doc.children,
    true,
  )) {
    const parent = list.parent;
    if (parent) parent.children = parent.children.filter((c) => c !== list);
  }
  return { modelAnswer: nodesToText(doc.children), rubric };
}
