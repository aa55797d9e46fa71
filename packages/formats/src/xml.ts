// Writing XML with fast-xml-parser's builder (the same library reads it back), in its
// order-preserving form so mixed content (text between elements) stays in place.
import { XMLBuilder } from "fast-xml-parser";

export type XmlNode = Record<string, unknown>;
type Child = XmlNode | string | number | null | undefined | false;

/** An element; string children become text, falsy ones are left out. */
export function el(
  name: string,
  attrs: Record<string, string | number> = {},
  children: Child[] = [],
): XmlNode {
  const node: XmlNode = {
    [name]: children
      .filter((c): c is XmlNode | string | number => c !== null && c !== undefined && c !== false)
      .map((c) => (typeof c === "object" ? c : { "#text": String(c) })),
  };
  const attributes = Object.entries(attrs);
  if (attributes.length)
    node[":@"] = Object.fromEntries(attributes.map(([k, v]) => [`@_${k}`, String(v)]));
  return node;
}

/**
 * A CDATA section. The builder splits one around any "]]>" in the text ("]]]]><![CDATA[>"), so
 * the text reads back whole.
 */
export function cdata(text: string): XmlNode {
  return { "#cdata": [{ "#text": text }] };
}

export function comment(text: string): XmlNode {
  return { "#comment": [{ "#text": ` ${text.replace(/--/g, "- -")} ` }] };
}

const builders = new Map<boolean, XMLBuilder>();

/** A whole document with its declaration; `pretty` indents (only where there is no mixed content). */
export function xmlDocument(root: XmlNode, pretty: boolean): string {
  let builder = builders.get(pretty);
  if (!builder) {
    builder = new XMLBuilder({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: "@_",
      commentPropName: "#comment",
      cdataPropName: "#cdata",
      suppressEmptyNode: true,
      format: pretty,
    });
    builders.set(pretty, builder);
  }
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  // The indenting builder puts a line break after a CDATA section that ends an element's text;
  // keep the closing tag beside it, as Moodle's own exporter does.
  const body = builder
    .build([root])
    .trim()
    .replace(/\]\]>\n[ \t]*<\//g, "]]></");
  return `${declaration}${body}\n`;
}
