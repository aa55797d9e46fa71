// Test support: reads Moodle XML and GIFT files the way Moodle 4.5's question importers do, and
// grades a short answer the way its short-answer question does, so tests can check what a Moodle
// user would see rather than what StudyKit's own importers make of a file. Each function says which
// Moodle behaviour it models. Written here from Moodle's documented behaviour and the effects seen
// in a real Moodle 4.5.6 (issue 16); not Moodle's code.
import { XMLParser } from "fast-xml-parser";
import { htmlToText } from "./html-text";

/** A text field as Moodle stores it: the text, and its format's name. */
export interface MoodleText {
  text: string;
  /** "html", "moodle" (Moodle auto-format), "plain" or "markdown". */
  format: string;
}

export interface MoodleQuestion {
  type: string;
  name: string;
  idnumber: string;
  questiontext: MoodleText;
  generalfeedback: MoodleText;
  /** Choice, true/false and short answers; a short answer's text is matched, never shown as HTML. */
  answers: { text: MoodleText; fraction: number; feedback: MoodleText }[];
  /** Matching: the item (a text field) and its answer (plain text in a menu). */
  subquestions: { text: MoodleText; answer: string }[];
  /** Essay: what only a teacher sees when grading. */
  graderinfo: MoodleText | null;
  /** Multiple choice: the file's shuffle setting; null when the format cannot say (Moodle's default, on). */
  shuffleanswers: boolean | null;
}

export interface MoodleImport {
  category: string | null;
  questions: MoodleQuestion[];
}

/**
 * What a person sees of a text field: HTML (and Moodle auto-format, which also lets HTML through)
 * is rendered, so tags vanish and entities turn into characters; runs of whitespace show as one
 * space. Plain text shows as it is.
 */
export function shown(field: MoodleText): string {
  return field.format === "plain" ? field.text.replace(/\s+/g, " ").trim() : htmlToText(field.text);
}

// ---- Moodle XML ----

const XML_FORMATS: Record<string, string> = {
  html: "html",
  moodle_auto_format: "moodle",
  plain_text: "plain",
  markdown: "markdown",
};

// PHP's trim() set: a piece made only of these is "whitespace" to Moodle's XML reader.
const isPhpBlank = (piece: string) => [...piece].every((c) => " \t\n\r\0\v".includes(c));

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntity(ref: string): string {
  const name = ref.slice(1, -1);
  if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? ref;
}

/**
 * The pieces in which PHP's expat parser hands an element's character data to Moodle's handler
 * (core_xml_parser in lib/xmlize.php): every entity or character reference alone, every line break
 * alone, and the plain runs between them; a CDATA section's text is split only at line breaks.
 * Not modelled: expat also splits where Moodle's 4,096-byte read blocks end. In CDATA without line
 * breaks that can only cut off whitespace at the very start or end of a text, which Moodle trims.
 */
function textPieces(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, "\n")
    .split(/(&#?\w+;|\n)/)
    .filter((p) => p !== "")
    .map((p) => (p.startsWith("&") ? decodeEntity(p) : p));
}

function cdataPieces(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/(\n)/)
    .filter((p) => p !== "");
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The text as Moodle keeps it: pieces that are whitespace alone are dropped, the rest joined. */
  text: string;
}

type Ordered = Record<string, unknown>[];

// fast-xml-parser reads the structure (elements, attributes, CDATA sections apart from text, in
// order) and leaves entities undecoded, so the pieces above can be cut exactly as expat cuts them.
const rawParser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  cdataPropName: "#cdata",
  commentPropName: "#comment",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function toElement(name: string, content: Ordered, attrs: Record<string, string>): XmlElement {
  const pieces: string[] = [];
  const children: XmlElement[] = [];
  for (const node of content) {
    if ("#text" in node) pieces.push(...textPieces(String(node["#text"])));
    else if ("#cdata" in node)
      pieces.push(...cdataPieces(String((node["#cdata"] as Ordered)[0]?.["#text"] ?? "")));
    else if (!("#comment" in node)) {
      const tag = Object.keys(node).find((k) => k !== ":@")!;
      const nodeAttrs = (node[":@"] ?? {}) as Record<string, string>;
      children.push(
        toElement(
          tag,
          node[tag] as Ordered,
          Object.fromEntries(
            Object.entries(nodeAttrs).map(([k, v]) => [k, textPieces(v).join("")]),
          ),
        ),
      );
    }
  }
  // Moodle's handler: `$data == '0' || (!empty($data) && trim($data) != '')`.
  const text = pieces.filter((p) => p === "0" || !isPhpBlank(p)).join("");
  return { name, attrs, children, text };
}

const child = (e: XmlElement | undefined, name: string) => e?.children.find((c) => c.name === name);
const all = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
/** Moodle's getpath(…, 'text', 0, '#') with trimming, as qformat_xml reads every text. */
const textOf = (e: XmlElement | undefined) => (child(e, "text")?.text ?? "").trim();

function field(e: XmlElement | undefined, fallback = "html"): MoodleText {
  return { text: textOf(e), format: XML_FORMATS[e?.attrs.format ?? fallback] ?? "html" };
}

/** Reads a Moodle XML file as Moodle's XML importer (question/format/xml) does. */
export function readMoodleXml(xml: string): MoodleImport {
  const doc = rawParser.parse(xml.trim()) as Ordered;
  const quizNode = doc.find((n) => "quiz" in n)!;
  const quiz = toElement("quiz", quizNode.quiz as Ordered, {});
  const result: MoodleImport = { category: null, questions: [] };
  for (const q of all(quiz, "question")) {
    const type = q.attrs.type ?? "";
    if (type === "category") {
      result.category ??= textOf(child(q, "category"));
      continue;
    }
    const shuffle = child(q, "shuffleanswers")?.text.trim();
    const grader = child(q, "graderinfo");
    result.questions.push({
      type,
      name: textOf(child(q, "name")),
      idnumber: (child(q, "idnumber")?.text ?? "").trim(),
      questiontext: field(child(q, "questiontext")),
      generalfeedback: field(child(q, "generalfeedback")),
      answers: all(q, "answer").map((a) => ({
        text: field(a),
        fraction: Number(a.attrs.fraction ?? 0),
        feedback: field(child(a, "feedback")),
      })),
      subquestions: all(q, "subquestion").map((s) => ({
        text: field(s),
        answer: textOf(child(s, "answer")),
      })),
      graderinfo: grader ? field(grader) : null,
      shuffleanswers:
        shuffle === undefined ? null : shuffle === "true" || shuffle === "1" ? true : false,
    });
  }
  return result;
}

// ---- GIFT ----

// Moodle's GIFT reader swaps each escaped character for a placeholder before it looks for { } = ~
// # :: and ->, and puts the characters back in each piece of text afterwards ("\n" becomes a line
// break); "\\" becomes "\" at once. Placeholders here are private-use characters.
const GIFT_ESCAPED = [":", "#", "=", "{", "}", "~", "n"];
const placeholder = (i: number) => String.fromCharCode(0xe010 + i);
const BACKSLASH = "\uE002";

function giftEscapedPre(text: string): string {
  let t = text.replaceAll("\\\\", BACKSLASH);
  GIFT_ESCAPED.forEach((c, i) => (t = t.replaceAll(`\\${c}`, placeholder(i))));
  return t.replaceAll(BACKSLASH, "\\");
}

function giftEscapedPost(text: string): string {
  let t = text;
  GIFT_ESCAPED.forEach((c, i) => (t = t.replaceAll(placeholder(i), c === "n" ? "\n" : c)));
  return t;
}

const GIFT_FORMATS = ["html", "moodle", "plain", "markdown"];

/**
 * A GIFT text piece with an optional leading [format] (html, moodle, plain, markdown; any other
 * bracketed word is text). Without one the piece takes `fallback`: the question text's format, or
 * Moodle auto-format for the question text itself (which lets HTML through). Escapes are undone
 * and the text trimmed.
 */
function giftText(piece: string, fallback: string): MoodleText {
  let text = piece.trim();
  let format = fallback;
  const m = /^\[([^\]]*)\]/.exec(text);
  if (m && GIFT_FORMATS.includes(m[1]!)) {
    format = m[1]!;
    text = text.slice(m[0].length);
  }
  return { text: giftEscapedPost(text).trim(), format };
}

/** "answer#feedback": the answer and its feedback, both in the question's format by default. */
function withFeedback(piece: string, format: string) {
  const cut = piece.indexOf("#");
  return {
    text: giftText(cut < 0 ? piece : piece.slice(0, cut), format),
    feedback: giftText(cut < 0 ? "" : piece.slice(cut + 1), format),
  };
}

const WEIGHT = /^%(-?\d{1,3}(?:\.\d+)?)%/;

/** The id number Moodle takes from a question's comments: the first [id:…], "\]" for "]". */
function idFromComments(comments: string): string {
  const m = /\[id:((?:\\\]|[^\]\p{Cc}])+)\]/u.exec(comments);
  return m ? m[1]!.trim().replaceAll("\\]", "]") : "";
}

function readGiftQuestion(lines: string[]): MoodleQuestion | { category: string } | null {
  let comments = "";
  const body = lines.map((line) => {
    if (line.trim().startsWith("//")) {
      comments += `${line.trim()}\n`;
      return " ";
    }
    return line;
  });
  let text = giftEscapedPre(body.join("\n").trim());
  if (!text) return null;
  if (text.startsWith("$CATEGORY:")) return { category: text.slice(10).trim() };
  let name = "";
  if (text.startsWith("::")) {
    const end = text.indexOf("::", 2);
    if (end >= 0) {
      name = giftEscapedPost(text.slice(2, end)).trim();
      text = text.slice(end + 2).trim();
    }
  }
  const start = text.indexOf("{");
  const finish = text.indexOf("}");
  if (start < 0 || finish < 0) throw new Error(`not a question Moodle reads: ${text}`);
  let answerText = text.slice(start + 1, finish).trim();
  const questionText = text.endsWith("}")
    ? text.slice(0, start) + text.slice(finish + 1)
    : `${text.slice(0, start)}_____${text.slice(finish + 1)}`;
  let general = "";
  const gf = answerText.lastIndexOf("####");
  if (gf >= 0) {
    general = answerText.slice(gf + 4);
    answerText = answerText.slice(0, gf).trim();
  }
  const questiontext = giftText(questionText, "moodle");
  const format = questiontext.format;
  const question: MoodleQuestion = {
    type: "",
    name,
    idnumber: idFromComments(comments),
    questiontext,
    generalfeedback: giftText(general, format),
    answers: [],
    subquestions: [],
    graderinfo: null,
    shuffleanswers: null,
  };
  const pieces = (separator: string, list: string) =>
    list
      .split(separator)
      .map((p) => p.trim())
      .filter((p, i) => i > 0 || p !== "");
  if (answerText === "") {
    // An essay: Moodle's GIFT reader leaves its grader information empty.
    question.type = "essay";
    question.graderinfo = { text: "", format: "html" };
  } else if (answerText.startsWith("#")) {
    question.type = "numerical";
  } else if (answerText.includes("~")) {
    question.type = "multichoice";
    for (const raw of pieces("~", answerText.replaceAll("=", "~="))) {
      let piece = raw;
      let fraction = 0;
      if (piece.startsWith("=")) {
        fraction = 100;
        piece = piece.slice(1);
      } else if (WEIGHT.test(piece)) {
        fraction = Number(WEIGHT.exec(piece)![1]);
        piece = piece.replace(WEIGHT, "");
      }
      question.answers.push({ ...withFeedback(piece, format), fraction });
    }
  } else if (answerText.includes("=") && answerText.includes("->")) {
    question.type = "matching";
    for (const piece of pieces("=", answerText)) {
      const arrow = piece.indexOf("->");
      question.subquestions.push({
        text: giftText(piece.slice(0, arrow), format),
        answer: giftEscapedPost(piece.slice(arrow + 2)).trim(),
      });
    }
  } else {
    const hash = answerText.indexOf("#");
    const head = hash > 0 ? answerText.slice(0, hash).trim() : answerText;
    if (["T", "TRUE", "F", "FALSE"].includes(head)) {
      // True/false: the first feedback is for a wrong answer, the second for a right one.
      question.type = "truefalse";
      // PHP's explode('#', …, 3): answer, feedback for a wrong answer, feedback for a right one.
      const [, wrong = "", right = ""] = answerText
        .split("#")
        .reduce<string[]>(
          (acc, part, i) => (i < 3 ? [...acc, part] : [acc[0]!, acc[1]!, `${acc[2]}#${part}`]),
          [],
        );
      const isTrue = head.startsWith("T");
      question.answers.push(
        {
          text: { text: "true", format },
          fraction: isTrue ? 100 : 0,
          feedback: giftText(isTrue ? right : wrong, format),
        },
        {
          text: { text: "false", format },
          fraction: isTrue ? 0 : 100,
          feedback: giftText(isTrue ? wrong : right, format),
        },
      );
    } else {
      question.type = "shortanswer";
      for (const raw of pieces("=", answerText)) {
        let piece = raw;
        let fraction = 100;
        if (WEIGHT.test(piece)) {
          fraction = Number(WEIGHT.exec(piece)![1]);
          piece = piece.replace(WEIGHT, "");
        }
        // Only the text is kept: a short answer is matched against what the student types.
        const { text: answer, feedback } = withFeedback(piece, format);
        question.answers.push({ text: { text: answer.text, format: "plain" }, fraction, feedback });
      }
    }
  }
  return question;
}

/** Reads a GIFT file as Moodle's GIFT importer (question/format/gift) does. */
export function readMoodleGift(gift: string): MoodleImport {
  const result: MoodleImport = { category: null, questions: [] };
  let block: string[] = [];
  const flush = () => {
    const read = block.length ? readGiftQuestion(block) : null;
    block = [];
    if (!read) return;
    if ("category" in read) result.category ??= read.category;
    else result.questions.push(read);
  };
  // Questions are separated by blank lines (qformat_default::readquestions).
  for (const line of gift.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.trim() === "") flush();
    else block.push(line.trim());
  }
  flush();
  return result;
}

// ---- Short answers ----

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Whether Moodle's short-answer question takes `response` for the stored `answer`
 * (qtype_shortanswer compare_string_with_wildcard): a run of unescaped "*" in the answer matches
 * any text, "\*" is a literal star, the response is trimmed, and case counts only when
 * `caseSensitive`.
 */
export function moodleAccepts(answer: string, response: string, caseSensitive = false): boolean {
  const bits = answer.split(/(?<!\\)\*+/).map((bit) => escapeRegExp(bit.replaceAll("\\*", "*")));
  return new RegExp(`^${bits.join(".*")}$`, caseSensitive ? "u" : "iu").test(response.trim());
}
