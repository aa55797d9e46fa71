// Which connection a request came in on. Next gives a route handler no socket, so the production
// server (scripts/serve.ts) runs each request inside this store with the socket's address, and
// the API reads it here. One store per process, on globalThis: the server script and Next's
// compiled route share the process, not the module instance.
import { AsyncLocalStorage } from "node:async_hooks";

export interface ConnectionInfo {
  remoteAddress: string | null;
}

const KEY = Symbol.for("studykit.connection");

export function connectionStore(): AsyncLocalStorage<ConnectionInfo> {
  const g = globalThis as unknown as Record<symbol, AsyncLocalStorage<ConnectionInfo> | undefined>;
  return (g[KEY] ??= new AsyncLocalStorage<ConnectionInfo>());
}

/** The current request's connection, when the production server recorded it (not under `next dev`). */
export function currentConnection(): ConnectionInfo | undefined {
  return connectionStore().getStore();
}
