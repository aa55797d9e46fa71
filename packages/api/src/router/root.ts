// The API: one router per domain, composed here.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { router } from "../trpc";
import { accountRouter } from "./account";
import { articlesRouter } from "./articles";
import { assignmentsRouter } from "./assignments";
import { attemptsRouter } from "./attempts";
import { classesRouter } from "./classes";
import { dashboardRouter } from "./dashboard";
import { exchangeRouter } from "./exchange";
import { importsRouter } from "./imports";
import { progressRouter } from "./progress";
import { reviewRouter } from "./review";
import { setsRouter } from "./sets";
import { studyRouter } from "./study";

export const appRouter = router({
  account: accountRouter,
  classes: classesRouter,
  articles: articlesRouter,
  sets: setsRouter,
  assignments: assignmentsRouter,
  attempts: attemptsRouter,
  progress: progressRouter,
  dashboard: dashboardRouter,
  study: studyRouter,
  exchange: exchangeRouter,
  review: reviewRouter,
  imports: importsRouter,
});

export type AppRouter = typeof appRouter;
/** Every procedure's input, e.g. `RouterInputs["sets"]["create"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Every procedure's output as the client receives it, e.g. `RouterOutputs["articles"]["bank"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
