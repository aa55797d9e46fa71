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
