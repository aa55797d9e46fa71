import { describe, expect, it } from "vitest";
import { namesTopic } from "./topic";

describe("namesTopic", () => {
  it("knows the subject by its full name, its last word and a person's surname alone", () => {
    expect(namesTopic(["Jennifer Lopez"], "Jennifer Lopez")).toBe(true);
    expect(namesTopic(["Jennifer Lopez"], "Lopez")).toBe(true);
    expect(namesTopic(["Afghan Taliban"], "Taliban")).toBe(true);
  });

  it("does not take another name sharing no word for the subject", () => {
    expect(namesTopic(["Jennifer Lopez"], "Marc Anthony")).toBe(false);
    expect(namesTopic(["Jennifer Lopez"], "Jennifer")).toBe(false);
  });
});
