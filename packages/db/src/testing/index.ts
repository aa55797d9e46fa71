// Test support for packages that build on @studykit/db: real, migrated databases and factories.
export {
  createTestDatabase,
  createEmptyDatabase,
  ENGINES,
  type TestDatabase,
  useTestDatabase,
} from "./test-database";
export { createUser, fixtureKit, uniqueId } from "./factories";
export { ensureDebianPackage, MissingSystemPackageError } from "./system-packages";
export {
  startPostgresCluster,
  type PostgresCluster,
  type PostgresClusterOptions,
} from "./postgres-cluster";
