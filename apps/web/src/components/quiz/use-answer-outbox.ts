"use client";
// Sends submitted answers to the server one at a time and never loses them: each answer is
// written to the device before it is sent, and stays there until the server has acknowledged it.
// Failed sends are retried with the same idempotency key, with exponential backoff and at once
// when the browser comes back online, so an answer is recorded exactly once.
import { useCallback, useEffect, useRef, useState } from "react";
import { loadOutbox, saveOutbox, type OutboxEntry } from "./attempt-storage";
import { errorCode, isTransientError } from "~/lib/api-error";

export type SaveState =
  /** Nothing waiting. */
  | "saved"
  | "sending"
  /** The browser is offline; sending resumes when it is back. */
  | "offline"
  /** The server could not be reached or failed; a retry is scheduled. */
  | "retrying"
  /** The session ended; answers wait on the device until the student signs in again. */
  | "signed_out";

const MAX_DELAY_MS = 30_000;

/** 1 s, 2 s, 4 s … up to 30 s, with ±20% jitter so many students reconnecting don't retry in step. */
export function retryDelay(failures: number): number {
  const base = Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export interface OutboxOptions<Result> {
  attemptId: string;
  send: (entry: OutboxEntry) => Promise<Result>;
  /** The server recorded the answer (or had already: a retry of the same submit). */
  onSaved: (entry: OutboxEntry, result: Result) => void | Promise<void>;
  /** The server refused the answer for good (e.g. the question was already answered). */
  onRejected: (entry: OutboxEntry, error: unknown) => void;
}

export function useAnswerOutbox<Result>(options: OutboxOptions<Result>) {
  const { attemptId } = options;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [state, setState] = useState<SaveState>("saved");
  const [onDevice, setOnDevice] = useState(true);
  const entriesRef = useRef<OutboxEntry[]>([]);
  const busy = useRef(false);
  const alive = useRef(false);
  const failures = useRef(0);
  const timer = useRef<number | null>(null);
  // The latest callbacks, so a send that started several renders ago reports to current state.
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  const commit = useCallback(
    (next: OutboxEntry[]) => {
      entriesRef.current = next;
      setEntries(next);
      setOnDevice(saveOutbox(attemptId, next));
    },
    [attemptId],
  );

  const clearTimer = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback(async () => {
    if (busy.current || !alive.current) return;
    clearTimer();
    busy.current = true;
    try {
      while (alive.current && entriesRef.current.length > 0) {
        const entry = entriesRef.current[0]!;
        setState("sending");
        try {
          const result = await callbacks.current.send(entry);
          failures.current = 0;
          commit(entriesRef.current.filter((e) => e.idempotencyKey !== entry.idempotencyKey));
          void callbacks.current.onSaved(entry, result);
        } catch (error) {
          const signedOut = errorCode(error) === "UNAUTHORIZED";
          if (signedOut || isTransientError(error)) {
            failures.current += 1;
            setState(signedOut ? "signed_out" : navigator.onLine ? "retrying" : "offline");
            timer.current = window.setTimeout(() => void flush(), retryDelay(failures.current));
            return;
          }
          commit(entriesRef.current.filter((e) => e.idempotencyKey !== entry.idempotencyKey));
          callbacks.current.onRejected(entry, error);
        }
      }
      setState("saved");
    } finally {
      busy.current = false;
    }
  }, [commit]);

  useEffect(() => {
    alive.current = true;
    // Answers a previous visit could not send go first, in the order they were given.
    const stored = loadOutbox(attemptId);
    const fresh = entriesRef.current.filter(
      (e) => !stored.some((s) => s.questionId === e.questionId),
    );
    commit([...stored, ...fresh]);
    void flush();
    const now = () => {
      failures.current = 0;
      void flush();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") now();
    };
    const onOffline = () => {
      if (entriesRef.current.length > 0) setState("offline");
    };
    window.addEventListener("online", now);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      alive.current = false;
      clearTimer();
      window.removeEventListener("online", now);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [attemptId, commit, flush]);

  /** Queues an answer: stored on the device first, then sent. A second answer to the same question is ignored. */
  const enqueue = useCallback(
    (entry: OutboxEntry) => {
      if (entriesRef.current.some((e) => e.questionId === entry.questionId)) return;
      commit([...entriesRef.current, entry]);
      void flush();
    },
    [commit, flush],
  );

  const retryNow = useCallback(() => {
    failures.current = 0;
    void flush();
  }, [flush]);

  return { entries, state, onDevice, enqueue, retryNow };
}
