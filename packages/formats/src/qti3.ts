// QTI 3.0 item bank package: a zip with imsmanifest.xml and one qti-assessment-item per question.
// 1EdTech QTI 3.0 ASI: https://www.imsglobal.org/spec/qti/v3p0/impl
import type { Question } from "@studykit/content";
import { strToU8, zipSync } from "fflate";
import { CORRECT_FEEDBACK, fileStem, incorrectFeedback, questionName } from "./feedback";
import type { ExchangeSet, ExportFile } from "./types";
import { el, xmlDocument, type XmlNode } from "./xml";

export const QTI_ITEM_NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
export const QTI_ITEM_SCHEMA =
  "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
export const QTI_CP_NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
export const QTI_CP_SCHEMA =
  "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** QTI identifiers are XML names; question ids usually are already. */
export function qtiIdentifier(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, "_");
  return /^[A-Za-z_]/.test(clean) ? clean : `Q_${clean}`;
}

const value = (v: string) => el("qti-value", {}, [v]);
const baseValue = (type: string, v: string) => el("qti-base-value", { "base-type": type }, [v]);
const setOutcome = (id: string, v: XmlNode) => el("qti-set-outcome-value", { identifier: id }, [v]);

function outcomes(): XmlNode[] {
  return [
    el(
      "qti-outcome-declaration",
      { identifier: "SCORE", cardinality: "single", "base-type": "float" },
      [el("qti-default-value", {}, [value("0")])],
    ),
    el(
      "qti-outcome-declaration",
      { identifier: "MAXSCORE", cardinality: "single", "base-type": "float" },
      [el("qti-default-value", {}, [value("1")])],
    ),
    el("qti-outcome-declaration", {
      identifier: "FEEDBACK",
      cardinality: "single",
      "base-type": "identifier",
    }),
  ];
}

/**
 * The standard templates' rules written out (match_correct, or map_response for typed answers),
 * so they can also set FEEDBACK for the modal feedback, which the templates themselves cannot.
 */
function responseProcessing(scoring: "match_correct" | "map_response"): XmlNode {
  const response = el("qti-variable", { identifier: "RESPONSE" });
  const score =
    scoring === "match_correct"
      ? el("qti-match", {}, [response, el("qti-correct", { identifier: "RESPONSE" })])
      : el("qti-gte", {}, [
          el("qti-map-response", { identifier: "RESPONSE" }),
          el("qti-variable", { identifier: "MAXSCORE" }),
        ]);
  return el("qti-response-processing", {}, [
    el("qti-response-condition", {}, [
      el("qti-response-if", {}, [
        el("qti-is-null", {}, [response]),
        setOutcome("SCORE", baseValue("float", "0")),
        setOutcome("FEEDBACK", baseValue("identifier", "incorrect")),
      ]),
      el("qti-response-else-if", {}, [
        score,
        setOutcome("SCORE", baseValue("float", "1")),
        setOutcome("FEEDBACK", baseValue("identifier", "correct")),
      ]),
      el("qti-response-else", {}, [
        setOutcome("SCORE", baseValue("float", "0")),
        setOutcome("FEEDBACK", baseValue("identifier", "incorrect")),
      ]),
    ]),
  ]);
}

function modalFeedback(q: Question): XmlNode[] {
  const body = (first: string) =>
    el("qti-content-body", {}, [el("p", {}, [first]), el("p", {}, [q.explanation])]);
  return [
    el(
      "qti-modal-feedback",
      {
        "outcome-identifier": "FEEDBACK",
        identifier: "correct",
        "show-hide": "show",
        title: "Correct",
      },
      [body(CORRECT_FEEDBACK)],
    ),
    el(
      "qti-modal-feedback",
      {
        "outcome-identifier": "FEEDBACK",
        identifier: "incorrect",
        "show-hide": "show",
        title: "Not quite",
      },
      [body(incorrectFeedback(q))],
    ),
  ];
}

function choiceInteraction(prompt: string, choices: { id: string; text: string }[]): XmlNode {
  return el(
    "qti-choice-interaction",
    { "response-identifier": "RESPONSE", shuffle: "false", "max-choices": 1, "min-choices": 1 },
    [
      el("qti-prompt", {}, [prompt]),
      ...choices.map((c) => el("qti-simple-choice", { identifier: c.id }, [c.text])),
    ],
  );
}

/** The declarations, body and processing of one question. */
function itemParts(q: Question): {
  declaration: XmlNode;
  body: XmlNode[];
  processing: XmlNode | null;
} {
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution": {
      const choices = q.options.map((text, i) => ({
        id: `choice_${String.fromCharCode(65 + i)}`,
        text,
      }));
      return {
        declaration: el(
          "qti-response-declaration",
          { identifier: "RESPONSE", cardinality: "single", "base-type": "identifier" },
          [el("qti-correct-response", {}, [value(choices[q.options.indexOf(q.answer)]!.id)])],
        ),
        body: [choiceInteraction(q.prompt, choices)],
        processing: responseProcessing("match_correct"),
      };
    }
    case "true_false":
      return {
        declaration: el(
          "qti-response-declaration",
          { identifier: "RESPONSE", cardinality: "single", "base-type": "identifier" },
          [el("qti-correct-response", {}, [value(q.answer ? "choice_true" : "choice_false")])],
        ),
        body: [
          choiceInteraction(q.prompt, [
            { id: "choice_true", text: "True" },
            { id: "choice_false", text: "False" },
          ]),
        ],
        processing: responseProcessing("match_correct"),
      };
    case "cloze": {
      const [before, after] = q.prompt.split("____") as [string, string?];
      const accepted = [...new Set([q.answer, ...q.acceptableAnswers])];
      const longest = Math.max(...accepted.map((a) => a.length));
      return {
        declaration: el(
          "qti-response-declaration",
          { identifier: "RESPONSE", cardinality: "single", "base-type": "string" },
          [
            el("qti-correct-response", {}, [value(q.answer)]),
            el("qti-mapping", { "default-value": 0, "lower-bound": 0, "upper-bound": 1 }, [
              ...accepted.map((a) =>
                el("qti-map-entry", { "map-key": a, "mapped-value": 1, "case-sensitive": "false" }),
              ),
            ]),
          ],
        ),
        body: [
          el("p", {}, [
            before,
            el("qti-text-entry-interaction", {
              "response-identifier": "RESPONSE",
              "expected-length": Math.max(longest, 4),
            }),
            after ?? "",
          ]),
        ],
        processing: responseProcessing("map_response"),
      };
    }
    case "matching": {
      const leftId = new Map(q.options.left.map((l, i) => [l, `left_${i + 1}`]));
      const rightId = new Map(q.options.right.map((r, i) => [r, `right_${i + 1}`]));
      const pairs = q.answer.map((p) => `${leftId.get(p.left)} ${rightId.get(p.right)}`);
      return {
        declaration: el(
          "qti-response-declaration",
          { identifier: "RESPONSE", cardinality: "multiple", "base-type": "directedPair" },
          [
            el("qti-correct-response", {}, pairs.map(value)),
            el(
              "qti-mapping",
              { "default-value": 0, "lower-bound": 0, "upper-bound": pairs.length },
              [...pairs.map((p) => el("qti-map-entry", { "map-key": p, "mapped-value": 1 }))],
            ),
          ],
        ),
        body: [
          el(
            "qti-match-interaction",
            {
              "response-identifier": "RESPONSE",
              shuffle: "false",
              "max-associations": pairs.length,
              "min-associations": 0,
            },
            [
              el("qti-prompt", {}, [q.prompt]),
              el(
                "qti-simple-match-set",
                {},
                q.options.left.map((l) =>
                  el(
                    "qti-simple-associable-choice",
                    { identifier: leftId.get(l)!, "match-max": 1 },
                    [l],
                  ),
                ),
              ),
              el(
                "qti-simple-match-set",
                {},
                q.options.right.map((r) =>
                  el(
                    "qti-simple-associable-choice",
                    { identifier: rightId.get(r)!, "match-max": 1 },
                    [r],
                  ),
                ),
              ),
            ],
          ),
        ],
        // Right when every pair is right (the mapping above lets a player give partial credit).
        processing: responseProcessing("match_correct"),
      };
    }
    case "open":
      return {
        declaration: el("qti-response-declaration", {
          identifier: "RESPONSE",
          cardinality: "single",
          "base-type": "string",
        }),
        body: [
          // What a scorer marks against; a player shows it to scorers, not to candidates.
          el("qti-rubric-block", { use: "scoring", view: "scorer" }, [
            el("qti-content-body", {}, [
              el("p", {}, [`Model answer: ${q.modelAnswer}`]),
              el(
                "ul",
                {},
                q.rubric.map((r) => el("li", {}, [r])),
              ),
            ]),
          ]),
          el(
            "qti-extended-text-interaction",
            { "response-identifier": "RESPONSE", "expected-lines": 6 },
            [el("qti-prompt", {}, [q.prompt])],
          ),
        ],
        processing: null,
      };
  }
}

export function qtiItemXml(q: Question, index: number): string {
  const { declaration, body, processing } = itemParts(q);
  const auto = processing !== null;
  const item = el(
    "qti-assessment-item",
    {
      xmlns: QTI_ITEM_NAMESPACE,
      "xmlns:xsi": XSI,
      "xsi:schemaLocation": `${QTI_ITEM_NAMESPACE} ${QTI_ITEM_SCHEMA}`,
      identifier: qtiIdentifier(q.id),
      title: questionName(q, index),
      adaptive: "false",
      "time-dependent": "false",
      "xml:lang": "en",
    },
    [
      declaration,
      ...(auto ? outcomes() : [outcomes()[0]!]),
      el("qti-item-body", {}, body),
      processing,
      ...(auto ? modalFeedback(q) : []),
    ],
  );
  return xmlDocument(item, false);
}

export function qtiManifestXml(
  set: ExchangeSet,
  hrefs: { identifier: string; href: string }[],
): string {
  const manifest = el(
    "manifest",
    {
      xmlns: QTI_CP_NAMESPACE,
      "xmlns:xsi": XSI,
      "xsi:schemaLocation": `${QTI_CP_NAMESPACE} ${QTI_CP_SCHEMA}`,
      identifier: `MANIFEST_${qtiIdentifier(set.id)}`,
    },
    [
      el("metadata", {}, [el("schema", {}, ["QTI Package"]), el("schemaversion", {}, ["3.0.0"])]),
      el("organizations"),
      el(
        "resources",
        {},
        hrefs.map(({ identifier, href }) =>
          el("resource", { identifier, type: "imsqti_item_xmlv3p0", href }, [el("file", { href })]),
        ),
      ),
    ],
  );
  return xmlDocument(manifest, true);
}

export async function exportQti3(set: ExchangeSet): Promise<ExportFile> {
  const files: Record<string, Uint8Array> = {};
  const hrefs = set.questions.map((eq, i) => {
    const identifier = qtiIdentifier(eq.question.id);
    const href = `items/${identifier}.xml`;
    files[href] = strToU8(qtiItemXml(eq.question, i));
    return { identifier, href };
  });
  const zip = zipSync(
    { "imsmanifest.xml": strToU8(qtiManifestXml(set, hrefs)), ...files },
    { level: 6 },
  );
  return {
    format: "qti3",
    filename: `${fileStem(set.title)}.qti3.zip`,
    mimeType: "application/zip",
    body: zip,
    skipped: [],
  };
}
