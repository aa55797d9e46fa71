// A caller for React Server Components: the same procedures, called in-process with the
// request's cookies.
import type { Database } from "@studykit/db";
import type { StudyKitAuth } from "./auth";
import { appRouter } from "./router/root";
import { createCallerFactory, createContext } from "./trpc";

const createCaller = createCallerFactory(appRouter);

export async function createServerCaller(opts: {
  db: Database;
  auth: StudyKitAuth;
  headers: Headers;
  now?: () => Date;
}) {
  return createCaller(await createContext(opts));
}
