// The commissioned article, shipped as StudyKit's default content. Node-only: it reads a file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DEFAULT_ARTICLE_PATH = fileURLToPath(
  new URL("../articles/cross-border-strikes.txt", import.meta.url),
);

export function readDefaultArticle(): string {
  return readFileSync(DEFAULT_ARTICLE_PATH, "utf8");
}
