// Whether the page runs in the browser yet: the server render and hydration say no, so both
// render the same thing, and the browser then re-renders with what only it knows (time zone).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while rendering on the server and hydrating, true once running in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
