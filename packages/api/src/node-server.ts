// The request handler on Node's own http server, without Next: for the API tests and the
// benchmarks' API process. Not in the package's main entry, so the web app never bundles it.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { createRequestHandler, type RequestHandlerOptions } from "./http";

/** An http server (not yet listening) that hands every request to the API's request handler. */
export function createNodeServer(options: RequestHandlerOptions): Server {
  const handler = createRequestHandler(options);
  // The connection's address goes with each request, as the web app's server passes it on.
  return createServer(
    createServerAdapter<{ req: IncomingMessage }>((request, { req }) =>
      handler(request, { remoteAddress: req.socket.remoteAddress ?? null }),
    ),
  );
}
