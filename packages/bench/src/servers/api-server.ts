// The API's request handler on Node's http server, as its own process: what the web app serves at
// /api/*, without Next. The load and crash tests start it (and SIGKILL it); the benchmarks use it
// to show what Next adds. Configured like the web app: DATABASE_URL, BETTER_AUTH_SECRET, PORT.
import { createServer } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { createAuth, createRequestHandler } from "@studykit/api";
import { createDatabase, resolveDatabaseConfig } from "@studykit/db";

const port = Number(process.env.PORT ?? 3100);
const origin = `http://127.0.0.1:${port}`;
const config = resolveDatabaseConfig(process.env.DATABASE_URL);
const db = createDatabase(config);
const auth = createAuth({
  db,
  engine: config.engine,
  secret: process.env.BETTER_AUTH_SECRET ?? "",
  baseURL: origin,
  secureCookies: false,
});
const handler = createRequestHandler({
  db,
  auth,
  onError: (error, path) => console.error(`tRPC ${path ?? "?"} failed:`, error),
});
const server = createServer(createServerAdapter(handler));
server.listen(port, "127.0.0.1", () => console.log(`API on ${origin}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
