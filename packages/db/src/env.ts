// The environment as the data layer reads it: the only module of @studykit/db that touches
// process.env (lint holds that). Read at call time, so a test or script can set it first.

/** DATABASE_URL: unset for the embedded SQLite database, postgresql://… for PostgreSQL. */
export const databaseUrlFromEnv = (): string | undefined => process.env.DATABASE_URL;

/** The environment a child process (dbmate) starts with: this process's, with `overrides`. */
export const childProcessEnv = (overrides: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  ...overrides,
});
