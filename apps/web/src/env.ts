// The environment, validated in one place; the rest of the app imports `env`, never process.env.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Unset: the embedded SQLite database at data/studykit.db. postgresql://… for PostgreSQL.
    DATABASE_URL: z.string().optional(),
    // Signs session cookies. The start script creates one in data/ when none is given.
    BETTER_AUTH_SECRET: z.string().min(32).default("development-only-secret-change-me-0000"),
    // The public origin; cookies are Secure when it is https.
    STUDYKIT_URL: z.url().default("http://localhost:3000"),
    // Proxies in front of the app whose X-Forwarded-For is believed: addresses or CIDR ranges,
    // comma-separated. Unset: the connection's address is the client's, whatever headers say.
    STUDYKIT_TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]))),
    // End-to-end tests only: lets a request say what time it is (x-studykit-now), to move time on.
    STUDYKIT_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  },
  client: {},
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET,
    STUDYKIT_URL: process.env.STUDYKIT_URL,
    STUDYKIT_TRUSTED_PROXIES: process.env.STUDYKIT_TRUSTED_PROXIES,
    STUDYKIT_TEST_CLOCK: process.env.STUDYKIT_TEST_CLOCK,
  },
  emptyStringAsUndefined: true,
});
