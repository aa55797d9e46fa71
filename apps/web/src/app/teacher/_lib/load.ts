// Loading a teacher page's data on the server: a missing or foreign resource is a 404 page,
// never an error page (the API says NOT_FOUND for both, so nothing leaks).
import "server-only";
import { notFound } from "next/navigation";
import { getQueryClient, trpc } from "~/trpc/server";

export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // BAD_REQUEST: the id in the address is not even a well-formed id.
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}

/** What Next hands a page: its route's parameters and the query string. */
export type PageArgs<Params> = {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The article list, which the bank, the set builder and a set's editor open on. */
export function prefetchArticleList(): Promise<void> {
  return getQueryClient().prefetchQuery(trpc.articles.list.queryOptions());
}
