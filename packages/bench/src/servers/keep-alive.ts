/** How long the servers under test keep an idle connection open (Node's default is 5 s). */
export const KEEP_ALIVE_MS = 75_000;
