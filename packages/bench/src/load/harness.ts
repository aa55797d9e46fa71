// For the load and crash tests: a seeded SQLite file with load students, the API server on it in a
// child process, and simulated students signed in with their attempts open.
import { HttpTarget, prepareStudents, SimulatedStudent, Tally, type DriverOptions } from "./driver";
import { openRunDatabase, seededSqliteTemplate, type RunDatabase } from "./databases";
import { createLoadPopulation, type LoadPopulation } from "./population";
import { startApiServer, type ServerProcess } from "../servers/processes";

export interface LoadHarness {
  url: string;
  run: RunDatabase;
  population: LoadPopulation;
  server: ServerProcess;
  target: HttpTarget;
  tally: Tally;
  students: SimulatedStudent[];
  /** Starts the server again on the same port and database (after a kill). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startLoadHarness(options: {
  students: number;
  driver?: Partial<DriverOptions>;
}): Promise<LoadHarness> {
  const template = await seededSqliteTemplate();
  const url = template.copy();
  const run = await openRunDatabase(url);
  const population = await createLoadPopulation(run.db, { students: options.students });
  const harness: LoadHarness = {
    url,
    run,
    population,
    server: await startApiServer({ databaseUrl: url }),
    target: undefined as unknown as HttpTarget,
    tally: new Tally(),
    students: [],
    async restart() {
      harness.server = await startApiServer({ databaseUrl: url, port: harness.server.port });
    },
    async close() {
      await harness.target.close();
      await harness.server.stop();
      await run.close();
    },
  };
  harness.target = new HttpTarget(harness.server.url, options.students);
  harness.students = population.usernames.map(
    (username, i) =>
      new SimulatedStudent(
        harness.target,
        i,
        username,
        {
          assignmentId: population.assignmentId,
          password: population.password,
          // Each simulated student is its own client address, as pupils' devices are to the
          // per-address sign-in limit (see docs/BENCHMARKS.md).
          distinctClientAddress: true,
          ...options.driver,
        },
        harness.tally,
      ),
  );
  await prepareStudents(harness.students, 16);
  return harness;
}
