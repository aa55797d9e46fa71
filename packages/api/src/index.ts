// @studykit/api: the tRPC routers, auth and authorization.
export { appRouter, type AppRouter } from "./router/root.ts";
export {
  createContext,
  createContextInner,
  createCallerFactory,
  type ContextInner,
  type SessionUser,
  type Role,
} from "./trpc.ts";
export {
  createAuth,
  placeholderEmail,
  MIN_PASSWORD_LENGTH,
  type AuthOptions,
  type StudyKitAuth,
} from "./auth.ts";
export {
  createRequestHandler,
  DEFAULT_MAX_BODY_BYTES,
  type RequestHandlerOptions,
} from "./http.ts";
export { createServerCaller } from "./server-caller.ts";
export { createTeacherInvitation } from "./invitations.ts";
export type { StudentQuestion } from "./logic/student-view.ts";
export type { AnswerFeedback } from "./router/attempts.ts";
export { IMPORT_MAX_BYTES, QUESTION_FILE_MAX_BODY_BYTES } from "./router/exchange.ts";
