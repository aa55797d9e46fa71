// The API's request handler on Node's http server, as its own process: what the web app serves at
// /api/*, without Next. The load and crash tests start it (and SIGKILL it); the benchmarks use it
// to show what Next adds. Configured like the web app: DATABASE_URL, BETTER_AUTH_SECRET, PORT,
// STUDYKIT_TRUSTED_PROXIES.
import { createAuth } from "@studykit/api";
import { createNodeServer } from "@studykit/api/node-server";
import { createDatabase, resolveDatabaseConfig } from "@studykit/db";
import { KEEP_ALIVE_MS } from "./keep-alive";

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
const server = createNodeServer({
  db,
  auth,
  // STUDYKIT_TRUSTED_PROXIES as in the web app: the load driver on loopback stands for a proxy
  // in front of many pupils' devices (each its own X-Forwarded-For).
  trustedProxies: (process.env.STUDYKIT_TRUSTED_PROXIES ?? "").split(",").filter(Boolean),
  onError: (error, path) => console.error(`tRPC ${path ?? "?"} failed:`, error),
});
// Idle keep-alive connections stay open longer than a load run's pauses (Node closes them after
// 5 s, and a client that reuses one as it closes gets ECONNRESET); as `next start` is run.
server.keepAliveTimeout = KEEP_ALIVE_MS;
server.headersTimeout = 60_000;
server.listen(port, "127.0.0.1", 4096, () => console.log(`API on ${origin}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
