// `npm run db:migrate`: creates the configured database if needed and applies pending migrations.
// `npm run db:prepare` (what a start script runs) also seeds the demo into an empty database.
import { ensureDatabase, resolveDatabaseConfig } from "@studykit/db";

const config = resolveDatabaseConfig();
const seedIfEmpty = process.argv.includes("--seed-if-empty");
const { applied, seeded } = await ensureDatabase({ config, seedIfEmpty });
const target = config.filePath ?? new URL(config.url).host;
console.log(
  applied.length > 0
    ? `Applied to ${config.engine} ${target}: ${applied.join(", ")}`
    : `${config.engine} ${target} is up to date`,
);
if (seeded)
  console.log("Seeded the demo into the empty database: `npm run db:seed` prints its sign-ins.");
