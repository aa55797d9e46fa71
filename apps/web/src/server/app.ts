// The server's single database client, auth instance and request handler, made once per process.
import { createAuth, createRequestHandler, createServerCaller } from "@studykit/api";
import { createDatabase, resolveDatabaseConfig } from "@studykit/db";
import { headers } from "next/headers";
import { env } from "~/env";
import { currentConnection } from "./connection";

function create() {
  const config = resolveDatabaseConfig(env.DATABASE_URL);
  const db = createDatabase(config);
  const auth = createAuth({
    db,
    engine: config.engine,
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.STUDYKIT_URL,
    secureCookies: env.STUDYKIT_URL.startsWith("https://"),
    // `next dev`'s own origins, in development only: a production server trusts STUDYKIT_URL.
    development: env.NODE_ENV === "development",
  });
  const handle = createRequestHandler({
    db,
    auth,
    trustedProxies: env.STUDYKIT_TRUSTED_PROXIES,
    allowClockHeader: env.STUDYKIT_TEST_CLOCK === "1",
    onError: (error, path) => console.error(`tRPC ${path ?? "?"} failed:`, error),
  });
  // The connection's address, as the production server (scripts/serve.ts) recorded it.
  const handler = (req: Request) =>
    handle(req, { remoteAddress: currentConnection()?.remoteAddress ?? null });
  return { db, auth, handler };
}

// Kept on globalThis so development reloads reuse one connection.
const g = globalThis as unknown as { studykit?: ReturnType<typeof create> };

export function app() {
  g.studykit ??= create();
  return g.studykit;
}

/** The API for server components, acting as the signed-in user of this request. */
export async function serverApi() {
  const { db, auth } = app();
  return createServerCaller({ db, auth, headers: new Headers(await headers()) });
}
