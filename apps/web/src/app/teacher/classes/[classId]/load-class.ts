// A class's pages on the server: the class itself (a 404 page when it is missing or another
// teacher's) and its name in the tab's title.
import "server-only";
import type { Metadata } from "next";
import { getQueryClient, trpc } from "~/trpc/server";
import { orNotFound, type PageArgs } from "../../_lib/load";

export type ClassPageArgs = PageArgs<{ classId: string }>;

const classQuery = (classId: string) =>
  trpc.classes.get.queryOptions({ classId }, { retry: false });

/** The title of a class's page, made from the class's name; `fallback` when it cannot be loaded. */
export async function classMetadata(
  { params }: Pick<ClassPageArgs, "params">,
  title: (className: string) => string,
  fallback: string,
): Promise<Metadata> {
  const { classId } = await params;
  try {
    const cls = await getQueryClient().fetchQuery(classQuery(classId));
    return { title: title(cls.name) };
  } catch {
    return { title: fallback };
  }
}

/** Loads the class for the page (and its client view), or shows the 404 page. */
export function loadClass(classId: string) {
  return orNotFound(() => getQueryClient().fetchQuery(classQuery(classId)));
}
