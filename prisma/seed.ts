// `npm run db:seed`: migrates the configured database, then upserts the demo. Safe to run again.
import {
  countRows,
  createDatabase,
  demoCredentials,
  ensureDatabase,
  resolveDatabaseConfig,
  seedDemo,
} from "@studykit/db";

const config = resolveDatabaseConfig();
const { applied } = await ensureDatabase({ config });
const db = createDatabase(config);
try {
  const before = await countRows(db);
  const after = await seedDemo(db);
  console.log(`Seeded ${config.engine} database${config.filePath ? ` ${config.filePath}` : ""}`);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  console.table(
    Object.fromEntries(
      Object.entries(after).map(([table, n]) => [
        table,
        { rows: n, added: n - before[table as keyof typeof before] },
      ]),
    ),
  );
  console.log("Demo sign-in (username or email, then password):");
  console.table(demoCredentials());
} finally {
  await db.$disconnect();
}
