import { describe, expect, it } from "vitest";
import { sentencesByParagraph } from "./paragraphs";

describe("sentencesByParagraph", () => {
  it("groups sentences by paragraph, lowest paragraph first, keeping their order", () => {
    const s = (id: string, paragraph: number) => ({ id, paragraph });
    expect(sentencesByParagraph([s("c", 2), s("a", 0), s("d", 2), s("b", 0), s("e", 1)])).toEqual([
      [0, [s("a", 0), s("b", 0)]],
      [1, [s("e", 1)]],
      [2, [s("c", 2), s("d", 2)]],
    ]);
  });

  it("has no paragraphs for no sentences", () => {
    expect(sentencesByParagraph([])).toEqual([]);
  });
});
