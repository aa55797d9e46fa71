// `npm run teacher:create -- --name "Ana Ruiz" --email ana@school.example [--username aruiz]
// [--password …]`: a teacher's account in the configured database (DATABASE_URL, as the app).
// Without --password one is made up and printed once.
import { parseArgs } from "node:util";
import { createDatabase, ensureDatabase, resolveDatabaseConfig } from "@studykit/db";
import { createAuth } from "../src/auth";
import { createTeacherAccount } from "../src/create-teacher";

const { values } = parseArgs({
  options: {
    name: { type: "string" },
    email: { type: "string" },
    username: { type: "string" },
    password: { type: "string" },
  },
});
if (!values.name || !values.email) {
  console.error(
    'usage: npm run teacher:create -- --name "Ana Ruiz" --email ana@school.example [--username aruiz] [--password …]',
  );
  process.exit(2);
}

const config = resolveDatabaseConfig(process.env.DATABASE_URL);
await ensureDatabase({ config });
const db = createDatabase(config);
// No cookie leaves this process: any secret signs the session sign-up opens (and it is deleted).
const auth = createAuth({
  db,
  engine: config.engine,
  secret: process.env.BETTER_AUTH_SECRET ?? "command-line-only-secret-0123456789abcdef",
  baseURL: process.env.STUDYKIT_URL ?? "http://localhost:3000",
  secureCookies: false,
  rateLimit: false,
});
try {
  const teacher = await createTeacherAccount(db, auth, {
    name: values.name,
    email: values.email,
    ...(values.username ? { username: values.username } : {}),
    ...(values.password ? { password: values.password } : {}),
  });
  console.log(
    `Teacher account created: ${teacher.email}${teacher.username ? ` (${teacher.username})` : ""}`,
  );
  if (!values.password) console.log(`Password (shown once): ${teacher.password}`);
} catch (error) {
  console.error(`No account created: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
