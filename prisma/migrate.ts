// `npm run db:migrate`: creates the configured database if needed and applies pending migrations.
import { ensureDatabase, resolveDatabaseConfig } from "@studykit/db";

const config = resolveDatabaseConfig();
const { applied } = await ensureDatabase({ config });
const target = config.filePath ?? new URL(config.url).host;
console.log(
  applied.length > 0
    ? `Applied to ${config.engine} ${target}: ${applied.join(", ")}`
    : `${config.engine} ${target} is up to date`,
);
