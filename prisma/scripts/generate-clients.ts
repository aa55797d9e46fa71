// Builds one Prisma client per engine into packages/db/generated/<engine> (turbo task `db:generate`).
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ENGINES, placeholderUrl, prismaCli, readSchema, renderSchema } from "./engine-schema";

const generatedDir = fileURLToPath(new URL("../../packages/db/generated/", import.meta.url));
const source = readSchema();

mkdirSync(generatedDir, { recursive: true });
for (const engine of ENGINES) {
  const schemaPath = `${generatedDir}${engine}.prisma`;
  writeFileSync(schemaPath, renderSchema(source, engine, `./${engine}`));
  prismaCli(["generate", "--schema", schemaPath], placeholderUrl(engine), true);
}
