import type { ChoiceQuestion } from "@studykit/content";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportSet } from "./index";
import { qtiIdentifier, QTI_CP_NAMESPACE, QTI_ITEM_NAMESPACE } from "./qti3";
import { awkwardSet, exportedXmlParser, shippedSet } from "./test-support";
import type { ExchangeSet } from "./types";

type Node = Record<string, unknown>;
const parser = exportedXmlParser(
  [
    "resource",
    "qti-simple-choice",
    "qti-value",
    "qti-map-entry",
    "qti-simple-match-set",
    "qti-simple-associable-choice",
    "qti-modal-feedback",
    "p",
    "li",
  ],
  { trimValues: false },
);

const manifestParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "resource",
});

async function unpack(set: ExchangeSet) {
  const file = await exportSet("qti3", set);
  expect(file.body).toBeInstanceOf(Uint8Array);
  const files = unzipSync(file.body as Uint8Array);
  return {
    file,
    files: Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]),
    ),
  };
}

const values = (declaration: Node) =>
  ((declaration["qti-correct-response"] as Node)["qti-value"] as unknown[]).map(String);
const feedbackText = (item: Node, id: string) =>
  (
    (item["qti-modal-feedback"] as Node[]).find((f) => f["@_identifier"] === id)![
      "qti-content-body"
    ] as Node
  ).p as string[];

describe("QTI 3.0 package", () => {
  it("holds a manifest and one well-formed item per question, each with its answer and feedback", async () => {
    const set = shippedSet();
    const { file, files } = await unpack(set);
    expect(file.filename).toMatch(/\.zip$/);
    expect(file.skipped).toEqual([]);
    const manifest = (manifestParser.parse(files["imsmanifest.xml"]!) as { manifest: Node })
      .manifest;
    expect(manifest["@_xmlns"]).toBe(QTI_CP_NAMESPACE);
    expect(manifest.metadata).toEqual({ schema: "QTI Package", schemaversion: "3.0.0" });
    const resources = (manifest.resources as Node).resource as Node[];
    expect(resources).toHaveLength(set.questions.length);
    expect(Object.keys(files).sort()).toEqual(
      ["imsmanifest.xml", ...resources.map((r) => String(r["@_href"]))].sort(),
    );

    resources.forEach((resource, i) => {
      const q = set.questions[i]!.question;
      expect(resource).toMatchObject({
        "@_identifier": qtiIdentifier(q.id),
        "@_type": "imsqti_item_xmlv3p0",
        file: { "@_href": resource["@_href"] },
      });
      const xml = files[String(resource["@_href"])]!;
      expect(XMLValidator.validate(xml)).toBe(true);
      const item = (parser.parse(xml) as { "qti-assessment-item": Node })["qti-assessment-item"];
      expect(item["@_xmlns"]).toBe(QTI_ITEM_NAMESPACE);
      expect(item["@_identifier"]).toBe(qtiIdentifier(q.id));
      const declaration = item["qti-response-declaration"] as Node;
      const body = item["qti-item-body"] as Node;
      if (q.type !== "open") {
        expect(feedbackText(item, "correct")).toEqual(["Correct.", q.explanation]);
        expect(feedbackText(item, "incorrect")).toEqual([
          expect.stringMatching(/^Not quite\. The answer is: /),
          q.explanation,
        ]);
        expect(item["qti-response-processing"]).toBeDefined();
      }
      switch (q.type) {
        case "multiple_choice":
        case "numeric":
        case "attribution":
        case "true_false": {
          const interaction = body["qti-choice-interaction"] as Node;
          expect(interaction["qti-prompt"]).toBe(q.prompt);
          expect(interaction["@_max-choices"]).toBe("1");
          const choices = interaction["qti-simple-choice"] as Node[];
          const texts = choices.map((c) => c["#text"]);
          const expected =
            q.type === "true_false" ? ["True", "False"] : (q as ChoiceQuestion).options;
          expect(texts).toEqual(expected);
          const correct = choices.find((c) => c["@_identifier"] === values(declaration)[0]);
          expect(correct?.["#text"]).toBe(
            q.type === "true_false" ? (q.answer ? "True" : "False") : q.answer,
          );
          break;
        }
        case "cloze": {
          const p = (body.p as Node[])[0]!;
          expect(p["qti-text-entry-interaction"]).toMatchObject({
            "@_response-identifier": "RESPONSE",
          });
          const [before, after] = q.prompt.split("____");
          expect(p["#text"]).toBe(`${before}${after}`);
          expect(values(declaration)).toEqual([q.answer]);
          const keys = ((declaration["qti-mapping"] as Node)["qti-map-entry"] as Node[]).map(
            (e) => e["@_map-key"],
          );
          expect(keys).toEqual([...new Set([q.answer, ...q.acceptableAnswers])]);
          break;
        }
        case "matching": {
          const interaction = body["qti-match-interaction"] as Node;
          expect(interaction["qti-prompt"]).toBe(q.prompt);
          const [left, right] = (interaction["qti-simple-match-set"] as Node[]).map((s) =>
            (s["qti-simple-associable-choice"] as Node[]).map((c) => ({
              id: String(c["@_identifier"]),
              text: String(c["#text"]),
            })),
          );
          expect(left!.map((c) => c.text)).toEqual(q.options.left);
          expect(right!.map((c) => c.text)).toEqual(q.options.right);
          const text = (id: string) => [...left!, ...right!].find((c) => c.id === id)!.text;
          const pairs = values(declaration)
            .map((v) => v.split(" "))
            .map(([l, r]) => ({ left: text(l!), right: text(r!) }));
          expect(pairs).toEqual(q.answer);
          break;
        }
        case "open": {
          expect((body["qti-extended-text-interaction"] as Node)["qti-prompt"]).toBe(q.prompt);
          const rubric = (body["qti-rubric-block"] as Node)["qti-content-body"] as Node;
          expect(rubric.p).toEqual([`Model answer: ${q.modelAnswer}`]);
          expect((rubric.ul as Node).li).toEqual(q.rubric);
          break;
        }
      }
    });
  });

  it("escapes markup in question text", async () => {
    const set = awkwardSet();
    const { files } = await unpack(set);
    const q = set.questions[0]!.question as ChoiceQuestion;
    const xml = files[`items/${qtiIdentifier(q.id)}.xml`]!;
    const interaction = ((parser.parse(xml) as Node)["qti-assessment-item"] as Node)[
      "qti-item-body"
    ] as Node;
    const choice = interaction["qti-choice-interaction"] as Node;
    expect(choice["qti-prompt"]).toBe(q.prompt);
    expect((choice["qti-simple-choice"] as Node[]).map((c) => c["#text"])).toEqual(q.options);
  });

  it("makes any id a QTI identifier", () => {
    expect(qtiIdentifier("q_2f3d")).toBe("q_2f3d");
    expect(qtiIdentifier("9abc")).toBe("Q_9abc");
    expect(qtiIdentifier("a b/c")).toBe("a_b_c");
  });
});
