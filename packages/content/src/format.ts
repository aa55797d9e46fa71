// The CLI's readable rendering of a study kit: facts first, then each question with its answer.
import type { Question, StudyKit } from "./types";

const LETTERS = ["A", "B", "C", "D", "E", "F"];

function answerLine(q: Question): string {
  switch (q.type) {
    case "true_false":
      return q.answer ? "True" : "False";
    case "matching":
      return q.answer.map((p) => `${p.left} → ${p.right}`).join("; ");
    case "open":
      return `(self-assessed) model answer: ${q.modelAnswer}`;
    case "cloze":
      return q.answer;
    default: {
      const i = q.options.indexOf(q.answer);
      return `${LETTERS[i] ?? "?"}. ${q.answer}`;
    }
  }
}

export function formatKit(kit: StudyKit): string {
  const lines: string[] = [];
  const { article } = kit;
  lines.push(
    article.title,
    `hash ${article.hash.slice(0, 16)} · ${article.paragraphs.length} paragraphs · ${article.sentences.length} sentences`,
  );
  lines.push("", `KEY FACTS (${kit.facts.length})`);
  kit.facts.forEach((f, i) => {
    const stance =
      f.stance === "stated" ? "" : ` [${f.stance}${f.attribution ? `: ${f.attribution}` : ""}]`;
    lines.push(`${String(i + 1).padStart(3)}. ${f.text}${stance}`);
  });
  const recommended = kit.questions.filter((q) => q.recommended).length;
  lines.push(
    "",
    recommended === kit.questions.length
      ? `RECOMMENDED QUESTIONS (${recommended}; every candidate with --all)`
      : `QUESTIONS (${kit.questions.length}, ${recommended} recommended, marked *)`,
  );
  kit.questions.forEach((q, i) => {
    const mark = q.recommended && recommended !== kit.questions.length ? "*" : " ";
    lines.push(
      "",
      `${String(i + 1).padStart(3)}.${mark}[${q.type} · ${q.difficulty} · score ${q.score.toFixed(2)}] ${q.prompt}`,
    );
    if (q.type === "matching") {
      q.options.left.forEach((l, k) => lines.push(`       ${k + 1}. ${l}`));
      q.options.right.forEach((r, k) => lines.push(`       ${LETTERS[k]}. ${r}`));
    } else if (q.type !== "true_false" && q.options) {
      q.options.forEach((o, k) => lines.push(`       ${LETTERS[k]}. ${o}`));
    }
    lines.push(`     Answer: ${answerLine(q)}`);
  });
  return lines.join("\n");
}
