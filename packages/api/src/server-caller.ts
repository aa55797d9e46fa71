// A caller for React Server Components: the same procedures, called in-process with the
// request's cookies.
import type { Database } from "@studykit/db";
import type { StudyKitAuth } from "./auth.ts";
import { appRouter } from "./router/root.ts";
import { createCallerFactory, createContext } from "./trpc.ts";

const createCaller = createCallerFactory(appRouter);

export async function createServerCaller(opts: {
  db: Database;
  auth: StudyKitAuth;
  headers: Headers;
  now?: () => Date;
}) {
  return createCaller(await createContext(opts));
}
