/**
 * How long the servers under test keep an idle connection open: longer than Node's default 5 s
 * (a client reusing a connection as the server closes it gets ECONNRESET), and under Node's
 * 60 s headers timeout, which would otherwise cut a connection idle that long without the
 * Keep-Alive hint that lets the client drop it first.
 */
export const KEEP_ALIVE_MS = 55_000;
