// Test support for packages that build on @studykit/db: real, migrated databases and factories.
export {
  createTestDatabase,
  createEmptyDatabase,
  ENGINES,
  type TestDatabase,
} from "./test-database.ts";
export { createUser, fixtureKit, uniqueId } from "./factories.ts";
export { ensureDebianPackage, MissingSystemPackageError } from "./system-packages.ts";
export {
  startPostgresCluster,
  type PostgresCluster,
  type PostgresClusterOptions,
} from "./postgres-cluster.ts";
