// Test support: a migrated database (SQLite unless asked for PostgreSQL) with the demo seed, the auth instance, a caller per
// user, and the HTTP handler served on a loopback port.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { seedDemo, type Database, type Engine } from "@studykit/db";
import { createTestDatabase, type TestDatabase } from "@studykit/db/testing";
import { createAuth, type StudyKitAuth } from "./auth";
import type { RequestHandlerOptions } from "./http";
import { createNodeServer } from "./node-server";
import { appRouter } from "./router/root";
import { createCallerFactory, createContextInner, type Role, type SessionUser } from "./trpc";

const createCaller = createCallerFactory(appRouter);
export type ApiCaller = ReturnType<typeof createCaller>;

export const TEST_SECRET = "test-secret-test-secret-test-secret-0123";
/** The origin the test auth instance trusts (its baseURL); requests with cookies send it, as a browser does. */
export const TEST_ORIGIN = "http://127.0.0.1";

export interface ApiTestEnv {
  t: TestDatabase;
  db: Database;
  auth: StudyKitAuth;
  clock: { now: Date };
  callerFor(user: SessionUser | null): ApiCaller;
  userByUsername(username: string): Promise<SessionUser>;
  close(): Promise<void>;
}

/**
 * A seeded database and a caller factory over it; the clock can be moved. PostgreSQL needs the
 * database package's global setup (the cluster), as vitest.config.ts gives every test file.
 */
export async function createApiTestEnv(
  options: { seed?: boolean; now?: Date; engine?: Engine } = {},
): Promise<ApiTestEnv> {
  const engine = options.engine ?? "sqlite";
  const t = await createTestDatabase(engine);
  const clock = { now: options.now ?? new Date() };
  if (options.seed ?? true) await seedDemo(t.db, { now: clock.now });
  const auth = createAuth({
    db: t.db,
    engine,
    secret: TEST_SECRET,
    baseURL: TEST_ORIGIN,
    secureCookies: false,
    rateLimit: false,
  });
  return {
    t,
    db: t.db,
    auth,
    clock,
    callerFor: (user) =>
      createCaller(
        createContextInner({ db: t.db, auth, user, headers: new Headers(), now: () => clock.now }),
      ),
    async userByUsername(username) {
      const u = await t.db.user.findFirstOrThrow({
        where: { username },
        select: {
          id: true,
          name: true,
          username: true,
          email: true,
          role: true,
          mustChangePassword: true,
        },
      });
      return { ...u, role: u.role as Role };
    },
    close: () => t.drop(),
  };
}

export interface TestServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the real request handler on a loopback port. */
export async function serveApi(options: RequestHandlerOptions): Promise<TestServer> {
  const server = createNodeServer(options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/**
 * A seeded test environment (createApiTestEnv) served over HTTP on its clock; `onError` hears
 * what fails inside the server.
 */
export async function serveApiTestEnv(
  options: Parameters<typeof createApiTestEnv>[0] & Pick<RequestHandlerOptions, "onError"> = {},
): Promise<{ env: ApiTestEnv; server: TestServer }> {
  const { onError, ...envOptions } = options;
  const env = await createApiTestEnv(envOptions);
  const server = await serveApi({ db: env.db, auth: env.auth, now: () => env.clock.now, onError });
  return { env, server };
}
