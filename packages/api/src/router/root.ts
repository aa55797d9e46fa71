import { router } from "../trpc.ts";
import { accountRouter } from "./account.ts";
import { articlesRouter } from "./articles.ts";
import { assignmentsRouter } from "./assignments.ts";
import { attemptsRouter } from "./attempts.ts";
import { classesRouter } from "./classes.ts";
import { dashboardRouter } from "./dashboard.ts";
import { exchangeRouter } from "./exchange.ts";
import { importsRouter } from "./imports.ts";
import { progressRouter } from "./progress.ts";
import { reviewRouter } from "./review.ts";
import { setsRouter } from "./sets.ts";
import { studyRouter } from "./study.ts";

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
