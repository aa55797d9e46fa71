// Markdown to article text: parsed to a syntax tree (mdast, the unified/remark tree) and read
// back as prose. The first heading is the title; paragraphs, list items and quotations become
// paragraphs; code, raw HTML, tables and later headings are left out.
import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** The words of inline markdown: emphasis and links give their text, images and HTML nothing. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? node.children.map((c) => inlineText(c as Nodes)).join("") : "";
  }
}

const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A markdown document as article text: its first heading as the title, a blank line, then its
 * paragraphs separated by blank lines.
 */
export function articleTextFromMarkdown(markdown: string): string {
  // GitHub's dialect, which most editors write: tables, strikethrough, autolinks, task lists.
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  let title = "";
  const paragraphs: string[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case "heading":
          // Only a heading before any paragraph titles the article; later ones are structure.
          if (!title && paragraphs.length === 0) title = tidy(inlineText(node));
          break;
        case "paragraph": {
          const text = tidy(inlineText(node));
          if (text) paragraphs.push(text);
          break;
        }
        case "list":
        case "listItem":
        case "blockquote":
          visit(node.children);
          break;
        default:
          // code, html, table, thematicBreak, definition, footnoteDefinition: not prose.
          break;
      }
    }
  };
  visit(tree.children);
  return [...(title ? [title] : []), ...paragraphs].join("\n\n");
}
