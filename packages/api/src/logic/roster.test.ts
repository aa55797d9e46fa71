import { describe, expect, it } from "vitest";
import { oneTimePassword, rosterCsv, usernameFor } from "./roster";

describe("usernameFor", () => {
  it("takes the first name and the last name's initial", () => {
    expect(usernameFor("Amira Khan", new Set())).toBe("amirak");
    expect(usernameFor("  Ben   de la Cruz ", new Set())).toBe("benc");
    expect(usernameFor("Mary-Jane O'Neil", new Set())).toBe("maryn");
  });

  it("numbers collisions from 2", () => {
    expect(usernameFor("Amira Khan", new Set(["amirak"]))).toBe("amirak2");
    expect(usernameFor("Amira Kaur", new Set(["amirak", "amirak2"]))).toBe("amirak3");
    // A gap is filled: the first free number wins.
    expect(usernameFor("Amira Khan", new Set(["amirak", "amirak3"]))).toBe("amirak2");
  });

  it("drops accents and other marks", () => {
    expect(usernameFor("Zoë Ángel", new Set())).toBe("zoea");
    expect(usernameFor("José Núñez", new Set())).toBe("josen");
    expect(usernameFor("Łukasz Żak", new Set())).toMatch(/^[a-z0-9]+$/);
  });

  it("uses a single name alone, padded to three characters", () => {
    expect(usernameFor("Omar", new Set())).toBe("omar");
    expect(usernameFor("Li", new Set())).toBe("lis");
    expect(usernameFor("Li", new Set(["lis"]))).toBe("lis2");
  });

  it("falls back to 'student' for a name with no letters or digits, and keeps it short", () => {
    expect(usernameFor("!!!", new Set())).toBe("student");
    // The first name is cut to 20 characters before the initial is added.
    expect(usernameFor("Bartholomewmaximilian Smith", new Set())).toBe("bartholomewmaximilias");
    expect(usernameFor("A".repeat(80), new Set())).toHaveLength(20);
  });
});

describe("oneTimePassword", () => {
  const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  it("is 10 characters from an alphabet without look-alikes", () => {
    for (let i = 0; i < 50; i++) expect(oneTimePassword()).toMatch(/^[a-hjkmnp-z2-9]{10}$/);
  });

  it("draws each character with the injected source of randomness", () => {
    const calls: number[] = [];
    let n = 0;
    const password = oneTimePassword(6, (max) => {
      calls.push(max);
      return n++;
    });
    expect(password).toBe("abcdef");
    expect(calls).toEqual([31, 31, 31, 31, 31, 31]);
    expect(oneTimePassword(4, (max) => max - 1)).toBe("9999");
  });

  it("can produce every character of the alphabet and nothing else", () => {
    let i = 0;
    const all = oneTimePassword(ALPHABET.length, () => i++);
    expect(all).toBe(ALPHABET);
    expect(all).not.toMatch(/[01ilo]/);
  });
});

describe("rosterCsv", () => {
  it("writes a header and one row per student", () => {
    const csv = rosterCsv("Year 10", "NEWS24", [
      { name: "Amira Khan", username: "amirak", oneTimePassword: "abcdefghjk" },
    ]);
    expect(csv).toBe(
      "class,join code,name,username,one-time password\nYear 10,NEWS24,Amira Khan,amirak,abcdefghjk\n",
    );
  });

  it("quotes fields with commas, quotes and line breaks", () => {
    const csv = rosterCsv("Year 10, Set 2", "NEWS24", [
      { name: 'Khan, Amira "Mia"', username: "amirak", oneTimePassword: "p" },
      { name: "Two\nLines", username: "twol", oneTimePassword: "q" },
    ]);
    expect(csv.split("\n").slice(1, 2)).toEqual([
      '"Year 10, Set 2",NEWS24,"Khan, Amira ""Mia""",amirak,p',
    ]);
    expect(csv).toContain('"Two\nLines",twol,q');
  });
});
