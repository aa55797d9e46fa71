// @studykit/api: the tRPC routers, auth and authorization.
export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from "./router/root";
export {
  createContext,
  createContextInner,
  createCallerFactory,
  type ContextInner,
  type SessionUser,
  type Role,
} from "./trpc";
export {
  createAuth,
  placeholderEmail,
  MIN_PASSWORD_LENGTH,
  type AuthOptions,
  type StudyKitAuth,
} from "./auth";
export { createRequestHandler, DEFAULT_MAX_BODY_BYTES, type RequestHandlerOptions } from "./http";
export { createServerCaller } from "./server-caller";
export { createTeacherInvitation } from "./invitations";
export type { StudentQuestion } from "./logic/student-view";
export type { AnswerFeedback } from "./router/attempts";
export { IMPORT_MAX_BYTES, QUESTION_FILE_MAX_BODY_BYTES } from "./router/exchange";
