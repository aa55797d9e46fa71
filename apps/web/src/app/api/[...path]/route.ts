// Every /api/* request (better-auth at /api/auth, tRPC at /api/trpc) goes to @studykit/api's handler.
import { app } from "~/server/app";

export const dynamic = "force-dynamic";

const handle = (req: Request) => app().handler(req);

export { handle as GET, handle as POST };
