import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportSet, flashcards } from "./index";
import { shippedSet } from "./test-support";
import type { ExchangeSet } from "./types";

describe("flashcards from the key facts", () => {
  const set = shippedSet();
  const { cards, skipped } = flashcards(set);

  it("makes one card per fact: a cue in front, the fact on the back", () => {
    expect(cards.length + skipped.length).toBe(set.facts.length);
    expect(cards.length).toBeGreaterThan(set.facts.length / 2);
    const facts = new Map(set.facts.map((f) => [f.id, f]));
    for (const card of cards) {
      const fact = facts.get(card.factId)!;
      expect(card.back.startsWith(fact.text)).toBe(true);
      expect(card.front).not.toBe(fact.text);
      if (card.front.includes("____")) {
        // The cue is the fact with words that a question on it asks for blanked out.
        const [before, after] = card.front.split("____") as [string, string];
        expect(fact.text.startsWith(before) && fact.text.endsWith(after), card.front).toBe(true);
        const hidden = fact.text.slice(before.length, fact.text.length - after.length);
        const asked = set.questions
          .filter((q) => q.factIds.includes(fact.id))
          .flatMap(({ question: q }) =>
            q.type === "matching"
              ? q.answer.map((p) => p.left)
              : q.type === "true_false"
                ? [q.substitution?.original ?? ""]
                : [String(q.answer)],
          );
        expect(asked, card.front).toContain(hidden);
      } else {
        const prompts = set.questions
          .filter((q) => q.factIds[0] === fact.id)
          .map((q) => q.question.prompt);
        expect(prompts, card.front).toContain(card.front);
      }
    }
    // A fact is left out only when no question on it asks for a word of it or asks about it alone.
    for (const { questionId: factId } of skipped) {
      const fact = facts.get(factId)!;
      for (const { question: q, factIds } of set.questions.filter((x) =>
        x.factIds.includes(factId),
      )) {
        if (q.type === "cloze" || q.type === "multiple_choice" || q.type === "numeric")
          expect(fact.text).not.toContain(q.answer);
        if (q.type === "true_false" && q.substitution)
          expect(fact.text).not.toContain(q.substitution.original);
        if (factIds.length === 1) expect(["true_false", "cloze", "matching"]).toContain(q.type);
      }
    }
    expect(skipped.length).toBeLessThan(set.facts.length / 2);
    const claim = cards.find((c) => c.stance === "attributed");
    expect(claim?.back).toMatch(/\(a claim by .+\)$/);
  });

  it("uses an edited fact's current text", () => {
    const fact = set.facts.find((f) =>
      set.questions.some((q) => q.question.type === "cloze" && q.factIds[0] === f.id),
    )!;
    const cloze = set.questions.find(
      (q) => q.question.type === "cloze" && q.factIds[0] === fact.id,
    )!;
    const answer = cloze.question.answer as string;
    const edited: ExchangeSet = { ...set, facts: [{ ...fact, text: `Edited: ${answer} did it.` }] };
    expect(flashcards(edited).cards[0]).toMatchObject({
      front: "Edited: ____ did it.",
      back: `Edited: ${answer} did it.`,
    });
  });

  it("reports a fact no question cues", () => {
    const lonely: ExchangeSet = { ...set, questions: [], facts: set.facts.slice(0, 1) };
    expect(flashcards(lonely)).toEqual({
      cards: [],
      skipped: [
        {
          questionId: set.facts[0]!.id,
          reason: "no question in the set gives a cue for this fact",
        },
      ],
    });
  });

  it("writes Quizlet's tab-separated term and definition", async () => {
    const file = await exportSet("quizlet-tsv", set);
    expect(file.filename).toMatch(/\.tsv$/);
    const rows = parse(file.body as string, {
      delimiter: "\t",
      quote: false,
      relax_column_count: false,
    }) as string[][];
    expect(rows).toEqual(cards.map((c) => [c.front, c.back]));
    expect(file.skipped).toEqual(skipped);
  });

  it("writes Anki's CSV with file headers and a tags column", async () => {
    const file = await exportSet("anki-csv", set);
    const body = file.body as string;
    const headers = body.split("\n").filter((l) => l.startsWith("#"));
    expect(headers).toEqual([
      "#separator:comma",
      "#html:false",
      "#notetype:Basic",
      `#deck:StudyKit::${set.title}`,
      "#columns:Front,Back,Tags",
      "#tags column:3",
    ]);
    const rows = parse(body, { comment: "#", comment_no_infix: true }) as string[][];
    expect(rows).toEqual(cards.map((c) => [c.front, c.back, `studykit ${c.stance}`]));
  });
});
