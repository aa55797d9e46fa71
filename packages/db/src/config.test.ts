import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRepoRoot, resolveDatabaseConfig } from "./config";
import { dbmateUrl } from "./migrate";

describe("resolveDatabaseConfig", () => {
  const root = "/srv/studykit";

  it("defaults to the embedded SQLite file under the repository root", () => {
    expect(resolveDatabaseConfig(undefined, root)).toEqual({
      engine: "sqlite",
      url: "file:/srv/studykit/data/studykit.db",
      filePath: "/srv/studykit/data/studykit.db",
    });
    expect(resolveDatabaseConfig("  ", root).engine).toBe("sqlite");
  });

  it("takes relative file: paths from the repository root and keeps absolute ones", () => {
    expect(resolveDatabaseConfig("file:./tmp/x.db", root).filePath).toBe("/srv/studykit/tmp/x.db");
    expect(resolveDatabaseConfig("file:/var/lib/x.db", root).filePath).toBe("/var/lib/x.db");
  });

  it("switches to PostgreSQL on a postgresql:// or postgres:// URL", () => {
    expect(resolveDatabaseConfig("postgresql://u@db:5432/k", root)).toEqual({
      engine: "postgresql",
      url: "postgresql://u@db:5432/k",
    });
    expect(resolveDatabaseConfig("postgres://u@db/k", root).engine).toBe("postgresql");
  });

  it("refuses any other URL rather than guessing", () => {
    expect(() => resolveDatabaseConfig("mysql://u@db/k", root)).toThrow(/postgresql:\/\/ or file:/);
  });
});

describe("findRepoRoot", () => {
  it("finds the workspace root from inside a package", () => {
    const root = findRepoRoot(join(import.meta.dirname, ".."));
    expect(findRepoRoot(join(root, "packages", "db", "src"))).toBe(root);
    expect(root).not.toContain(join("packages", "db"));
  });
});

describe("dbmateUrl", () => {
  it("names SQLite files the way dbmate expects", () => {
    expect(dbmateUrl({ engine: "sqlite", url: "file:/a/b.db", filePath: "/a/b.db" })).toBe(
      "sqlite:/a/b.db",
    );
  });

  it("turns TLS off for PostgreSQL only when the URL says nothing about it, as node-postgres does", () => {
    expect(dbmateUrl({ engine: "postgresql", url: "postgresql://u@h:5432/d" })).toBe(
      "postgresql://u@h:5432/d?sslmode=disable",
    );
    expect(dbmateUrl({ engine: "postgresql", url: "postgresql://u@h/d?sslmode=require" })).toBe(
      "postgresql://u@h/d?sslmode=require",
    );
  });
});
