// Prisma CLI settings: the JS schema engine (no native binary to download) through a driver
// adapter. DATABASE_URL picks the engine here as it does in the app; for PostgreSQL the CLI reads
// the copy of schema.prisma that `db:generate` renders with the provider swapped.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file::memory:";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "../packages/db/generated/postgresql.prisma" : "./schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () =>
    postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url }),
});
