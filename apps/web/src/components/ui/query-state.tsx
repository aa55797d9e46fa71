"use client";
// The load/error/retry pattern of every page: a loading shape while a query is pending, what
// could not be loaded (and why) with "Try again" when it failed, and the page once the data is in.
import type { ReactNode } from "react";
import { apiProblem, describeError } from "~/lib/api-error";
import { buttonClass, type ButtonTone } from "./button";
import { Notice } from "./notice";
import { Skeleton } from "./skeleton";

/** The parts of a TanStack query result this needs. */
export interface LoadableQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

export interface QueryErrorProps {
  /** What failed, as a sentence: "The articles could not be loaded." */
  title: string;
  error: unknown;
  onRetry: () => void;
  /** Add the server's reason after the title. */
  detail?: boolean;
  /**
   * `inline` (teacher pages): one line with a "Try again" link. `panel` (student pages): a
   * roomy notice with the reason (and `note` after it) and a button, `actions` beside it.
   */
  look?: "inline" | "panel";
  retryTone?: ButtonTone;
  note?: string;
  actions?: ReactNode;
}

/** What could not be loaded, and a way to try again. */
export function QueryError({
  title,
  error,
  onRetry,
  detail = false,
  look = "inline",
  retryTone = "secondary",
  note,
  actions,
}: QueryErrorProps) {
  if (look === "panel") {
    return (
      <Notice tone="error" role="alert" title={title} size="lg">
        <p>
          {describeError(error)}
          {note ? ` ${note}` : ""}
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className={buttonClass(retryTone, "lg")} onClick={() => onRetry()}>
            Try again
          </button>
          {actions}
        </div>
      </Notice>
    );
  }
  const reason = detail ? apiProblem(error, "").message : null;
  return (
    <Notice tone="error">
      {title}
      {reason ? ` ${reason}` : ""}{" "}
      <button type="button" className="underline" onClick={() => onRetry()}>
        Try again
      </button>
      {actions}
    </Notice>
  );
}

/**
 * A query's three states in one place: `loading` while pending (a grey block by default), the
 * error with "Try again" when it failed, else `children` with the data.
 */
export function QueryState<T>({
  query,
  loading = <Skeleton className="h-32" />,
  children,
  ...error
}: Omit<QueryErrorProps, "error" | "onRetry"> & {
  query: LoadableQuery<T>;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <>{loading}</>;
  if (query.isError || query.data === undefined)
    return <QueryError {...error} error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
