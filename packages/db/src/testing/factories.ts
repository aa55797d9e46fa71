// Test factories: small, valid rows with unique ids, so tests can share a database safely.
import { randomBytes } from "node:crypto";
import type { StudyKit } from "@studykit/content";
import type { Database } from "../client";

export const uniqueId = (prefix: string) => `${prefix}-${randomBytes(5).toString("hex")}`;

export async function createUser(
  db: Database,
  role: "teacher" | "student",
  name = role,
): Promise<string> {
  const id = uniqueId(role);
  await db.user.create({ data: { id, name, email: `${id}@test.example`, username: id, role } });
  return id;
}

/**
 * A tiny kit in the content package's shape: three sentences, three facts, four questions.
 * `salt` makes its hash (and so its article) unique; `changes` lets a test re-derive it.
 */
export function fixtureKit(salt: string, version = "1"): StudyKit {
  const sentences = [
    "Officials said 12 militants were killed in the strikes.",
    "The ministry claimed the talks would resume in May.",
    "Turkey and Qatar offered to mediate.",
  ];
  let offset = 0;
  const title = `Fixture ${salt}`;
  offset = title.length + 2;
  const article = {
    title,
    hash: `hash-${salt}`,
    text: `${title}\n\n${sentences.join(" ")}`,
    tags: ["test"],
    paragraphs: [
      {
        index: 0,
        start: offset,
        end: offset + sentences.join(" ").length,
        sentenceIds: ["s1", "s2", "s3"],
      },
    ],
    sentences: sentences.map((text, i) => {
      const start = offset;
      offset += text.length + 1;
      return { id: `s${i + 1}`, paragraph: 0, text, start, end: start + text.length };
    }),
  };
  const fact = (id: string, text: string, sentenceId: string, importance: number) => ({
    id,
    text,
    sentenceIds: [sentenceId],
    stance: "attributed" as const,
    attribution: "officials",
    entities: [],
    category: "military" as const,
    importance,
  });
  const base = {
    explanation: "As the article says.",
    skill: "recall" as const,
    stance: "attributed" as const,
    attribution: "officials",
  };
  return {
    version,
    article,
    facts: [
      fact("f1", "Officials said 12 militants were killed.", "s1", 0.9),
      fact("f2", "The ministry claimed talks would resume in May.", "s2", 0.7),
      fact("f3", "Turkey and Qatar offered to mediate.", "s3", 0.5),
    ],
    // Best first, as the generator lists them: q1-q3 are the recommended set (one per fact).
    questions: [
      {
        ...base,
        id: "q1",
        score: 0.9,
        recommended: true,
        type: "multiple_choice",
        prompt: "How many militants did officials say were killed?",
        options: ["10", "12", "14", "20"],
        answer: "12",
        alternativeDistractors: ["16"],
        sourceSentenceIds: ["s1"],
        factIds: ["f1"],
        difficulty: "easy",
      },
      {
        ...base,
        id: "q2",
        score: 0.8,
        recommended: true,
        type: "true_false",
        prompt: "The ministry claimed the talks would resume in May.",
        options: ["True", "False"],
        answer: true,
        substitution: null,
        sourceSentenceIds: ["s2"],
        factIds: ["f2"],
        difficulty: "medium",
      },
      {
        ...base,
        id: "q3",
        score: 0.7,
        recommended: true,
        type: "cloze",
        prompt: "Turkey and ____ offered to mediate.",
        options: null,
        answer: "Qatar",
        acceptableAnswers: ["qatar"],
        sourceSentenceIds: ["s3"],
        factIds: ["f3"],
        difficulty: "medium",
      },
      {
        ...base,
        id: "q4",
        score: 0.4,
        recommended: false,
        type: "multiple_choice",
        prompt: "Who offered to mediate alongside Turkey?",
        options: ["Qatar", "Iran", "China", "India"],
        answer: "Qatar",
        alternativeDistractors: [],
        sourceSentenceIds: ["s3"],
        factIds: ["f3", "f1"],
        difficulty: "hard",
      },
    ],
  };
}
