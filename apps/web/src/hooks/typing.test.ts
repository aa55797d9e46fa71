import { describe, expect, it } from "vitest";
import { typesText } from "./typing";

describe("typesText", () => {
  it("is true for fields a key types into", () => {
    expect(typesText({ tagName: "TEXTAREA" })).toBe(true);
    expect(typesText({ tagName: "SELECT" })).toBe(true);
    expect(typesText({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(typesText({ tagName: "INPUT", type: "search" })).toBe(true);
    expect(typesText({ tagName: "INPUT", type: "number" })).toBe(true);
    expect(typesText({ tagName: "INPUT" })).toBe(true);
    expect(typesText({ tagName: "DIV", isContentEditable: true })).toBe(true);
  });

  it("is false for controls a key only presses or picks", () => {
    for (const type of ["radio", "checkbox", "button", "submit", "reset"]) {
      expect(typesText({ tagName: "INPUT", type })).toBe(false);
    }
    expect(typesText({ tagName: "BUTTON" })).toBe(false);
    expect(typesText({ tagName: "A" })).toBe(false);
    expect(typesText({ tagName: "ARTICLE", isContentEditable: false })).toBe(false);
  });
});
