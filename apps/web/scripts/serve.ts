// The production server: Next's request handler behind Node's http server, each request run with
// its connection's address recorded (src/server/connection.ts), so per-address limits count the
// real client, or what a trusted proxy says it is (STUDYKIT_TRUSTED_PROXIES), never a header a
// client made up. `npm start` and the end-to-end tests run it; configure it like `next start`:
// PORT, HOSTNAME, NODE_ENV=production, NEXT_DIST_DIR.
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { connectionStore } from "../src/server/connection";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

const app = next({ dev: false, dir: webDir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const connections = connectionStore();
const server = createServer((req, res) => {
  connections.run({ remoteAddress: req.socket.remoteAddress ?? null }, () => {
    void handle(req, res);
  });
});
// As `next start` does: idle keep-alive connections outlive a client's pauses.
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 65_000);
server.listen(port, hostname, () => console.log(`StudyKit on http://${hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
