"use client";
// A value only the browser knows (what this device stored, the viewer's time zone): `fallback`
// on the server and while hydrating, so both renders agree, then read once in the browser.
import { useMemo } from "react";
import { useHydrated } from "./use-hydrated";

/** `read` and `fallback` should be stable (module-level), as they are read again when they change. */
export function useDeviceValue<T>(read: () => T, fallback: T): T {
  const hydrated = useHydrated();
  return useMemo(() => (hydrated ? read() : fallback), [hydrated, read, fallback]);
}
