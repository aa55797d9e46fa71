// The load driver: simulated students over undici, each with its own session. A student signs in,
// starts an attempt, reads it, and submits its answers one after another; when the attempt has no
// questions left it finishes it and starts the next. Every acknowledged submission is remembered
// so a run can be checked against the database afterwards.
import { randomUUID } from "node:crypto";
import { Pool } from "undici";
import { Latencies, type LatencySummary } from "./stats";

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One connection pool per target; every simulated student shares it, as browsers share a NAT. */
export class HttpTarget {
  readonly pool: Pool;

  constructor(
    readonly url: string,
    connections: number,
  ) {
    this.pool = new Pool(url, {
      connections,
      pipelining: 1,
      keepAliveTimeout: 60_000,
      keepAliveMaxTimeout: 600_000,
      headersTimeout: 120_000,
      bodyTimeout: 120_000,
      connectTimeout: 30_000,
    });
  }

  async send(
    method: "GET" | "POST",
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<HttpResult> {
    const res = await this.pool.request({
      method,
      path,
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body }),
    });
    return { status: res.statusCode, headers: res.headers, body: await res.body.text() };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export class RequestFailed extends Error {
  constructor(
    readonly what: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${what} answered ${status}: ${body.slice(0, 300)}`);
  }
}

/** What a student may see of a question (the API's StudentQuestion, the fields used here). */
interface StudentQuestion {
  id: string;
  type: string;
  options: string[] | null;
  matching: { left: string[]; right: string[] } | null;
  rubric: string[] | null;
}

/** A plausible answer to a question, as the quiz page would send it. */
export function responseFor(q: StudentQuestion, pick: number): unknown {
  switch (q.type) {
    case "multiple_choice":
    case "numeric":
    case "attribution":
      return { type: "choice", option: q.options![pick % q.options!.length] };
    case "true_false":
      return { type: "true_false", value: pick % 2 === 0 };
    case "matching":
      return {
        type: "matching",
        pairs: q.matching!.left.map((left, i) => ({ left, right: q.matching!.right[i]! })),
      };
    case "open":
      return { type: "self_assessment", rubricPointsMet: pick % (q.rubric!.length + 1) };
    default:
      return { type: "text", text: `answer ${pick}` };
  }
}

function cookieOf(headers: HttpResult["headers"]): string {
  return withSetCookies("", headers);
}

/**
 * The Cookie header after a response's Set-Cookie headers, as a browser keeps it: a renewed
 * cookie replaces the old one, an expired or emptied one goes (the server renews the signed
 * session copy every few minutes; a client that ignored it would fall back to database reads).
 */
export function withSetCookies(cookie: string, headers: HttpResult["headers"]): string {
  const raw = headers["set-cookie"];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (!list.length) return cookie;
  const jar = new Map(
    cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair] as const),
  );
  for (const set of list) {
    const [pair, ...attributes] = set.split(";").map((a) => a.trim());
    const name = pair!.slice(0, pair!.indexOf("="));
    const value = pair!.slice(name.length + 1);
    const expired = attributes.some((a) => /^max-age=(0|-\d+)$/i.test(a));
    if (!value || expired) jar.delete(name);
    else jar.set(name, pair!);
  }
  return [...jar.values()].join("; ");
}

function trpcData<T>(what: string, r: HttpResult): T {
  if (r.status !== 200) throw new RequestFailed(what, r.status, r.body);
  return (JSON.parse(r.body) as { result: { data: { json: T } } }).result.data.json;
}

/** A submission the server acknowledged: the attempt, question and key it recorded. */
export interface Acknowledged {
  attemptId: string;
  questionId: string;
  idempotencyKey: string;
  duplicate: boolean;
}

export interface DriverOptions {
  assignmentId: string;
  password: string;
  /**
   * Retry a submission whose outcome is unknown (connection lost, 5xx) with the same idempotency
   * key until it is acknowledged: what the crash test asks of a client. Off for benchmarks, where
   * a failure is an error to report.
   */
  retryUnknown?: { until: () => boolean; delayMs: number };
  /** Sends a distinct X-Forwarded-For per student at sign-in (see docs/BENCHMARKS.md). */
  distinctClientAddress?: boolean;
}

export class Tally {
  /** Latency of acknowledged submissions since the last `restart()`. */
  submit = new Latencies();
  readonly acks = new Map<string, Acknowledged>();
  /** Submissions sent but never acknowledged (failed with no retry, or still unknown). */
  readonly unacknowledged = new Map<string, string>();
  readonly errors = new Map<string, number>();
  otherRequests = 0;
  retries = 0;

  /** Starts counting latencies and errors afresh (after a warm-up); acknowledgements stay. */
  restart(): void {
    this.submit = new Latencies();
    this.errors.clear();
  }

  error(kind: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }

  get errorCount(): number {
    let n = 0;
    for (const v of this.errors.values()) n += v;
    return n;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class SimulatedStudent {
  cookie = "";
  private attemptId = "";
  private questions: StudentQuestion[] = [];
  private next = 0;
  private picks = 0;

  constructor(
    private readonly target: HttpTarget,
    readonly index: number,
    readonly username: string,
    private readonly options: DriverOptions,
    private readonly tally: Tally,
  ) {}

  private headers(): Record<string, string> {
    return this.cookie ? { cookie: this.cookie } : {};
  }

  private async mutation<T>(name: string, input: unknown): Promise<T> {
    const r = await this.target.send(
      "POST",
      `/api/trpc/${name}`,
      this.headers(),
      JSON.stringify({ json: input }),
    );
    this.cookie = withSetCookies(this.cookie, r.headers);
    this.tally.otherRequests += 1;
    return trpcData<T>(name, r);
  }

  private async query<T>(name: string, input: unknown): Promise<T> {
    const q = encodeURIComponent(JSON.stringify({ json: input }));
    const r = await this.target.send("GET", `/api/trpc/${name}?input=${q}`, this.headers());
    this.cookie = withSetCookies(this.cookie, r.headers);
    this.tally.otherRequests += 1;
    return trpcData<T>(name, r);
  }

  async signIn(): Promise<void> {
    const i = this.index;
    const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const r = await this.target.send(
      "POST",
      "/api/auth/sign-in/username",
      this.options.distinctClientAddress ? { "x-forwarded-for": address } : {},
      JSON.stringify({ username: this.username, password: this.options.password }),
    );
    if (r.status !== 200) throw new RequestFailed("sign-in", r.status, r.body);
    this.cookie = cookieOf(r.headers);
    if (!this.cookie.includes("session_token=")) throw new Error("sign-in set no session cookie");
  }

  /** Takes a session made without signing in (see createSessions). */
  useSession(cookie: string): void {
    this.cookie = cookie;
  }

  /** Starts (or resumes) an attempt and reads its questions. */
  async openAttempt(): Promise<void> {
    const { attemptId } = await this.mutation<{ attemptId: string }>("attempts.start", {
      assignmentId: this.options.assignmentId,
    });
    const view = await this.query<{
      questions: StudentQuestion[];
      answers: Record<string, unknown>;
    }>("attempts.get", { attemptId });
    this.attemptId = attemptId;
    this.questions = view.questions.filter((q) => !(q.id in view.answers));
    this.next = 0;
  }

  /**
   * Submits the next answer (finishing and reopening when the attempt is done). Its latency is
   * counted from `intendedAt` when given (open loop: from when the student meant to submit).
   */
  async submitNext(intendedAt?: number): Promise<void> {
    if (this.next >= this.questions.length) {
      // Both steps are safe to repeat (finishing twice is harmless, start resumes), so a client
      // that retries submissions retries these too.
      await this.retryingUnknown(() =>
        this.mutation("attempts.finish", { attemptId: this.attemptId }),
      );
      await this.retryingUnknown(() => this.openAttempt());
    }
    const submission = this.prepareSubmission();
    for (;;) {
      const started = intendedAt ?? performance.now();
      let failure: string;
      try {
        const r = await this.target.send(
          "POST",
          "/api/trpc/attempts.submitAnswer",
          this.headers(),
          submission.body,
        );
        this.cookie = withSetCookies(this.cookie, r.headers);
        if (r.status === 200) {
          this.tally.submit.add(performance.now() - started);
          const data = trpcData<{ duplicate: boolean }>("submitAnswer", r);
          this.acknowledge(submission, data.duplicate);
          return;
        }
        failure = `HTTP ${r.status}`;
        if (r.status < 500) {
          this.tally.error(`${failure}: ${r.body.slice(0, 120)}`);
          return;
        }
      } catch (e) {
        failure = (e as { code?: string }).code ?? (e as Error).message;
      }
      const retry = this.options.retryUnknown;
      if (!retry || !retry.until()) {
        this.tally.error(failure);
        return;
      }
      this.tally.retries += 1;
      await sleep(retry.delayMs);
    }
  }

  /**
   * The next question's submission: its tally id, a fresh idempotency key and the request body.
   * It counts as unacknowledged until a server confirms it (acknowledge).
   */
  private prepareSubmission() {
    const q = this.questions[this.next++]!;
    const id = `${this.attemptId}|${q.id}`;
    const key = randomUUID();
    const body = JSON.stringify({
      json: {
        attemptId: this.attemptId,
        questionId: q.id,
        idempotencyKey: key,
        response: responseFor(q, this.index + this.picks++),
        timeTakenMs: 4_000,
      },
    });
    this.tally.unacknowledged.set(id, key);
    return { questionId: q.id, id, key, body };
  }

  /** Records that a server confirmed the submission, and whether as a duplicate. */
  private acknowledge(
    submission: { questionId: string; id: string; key: string },
    duplicate: boolean,
  ) {
    this.tally.unacknowledged.delete(submission.id);
    this.tally.acks.set(submission.id, {
      attemptId: this.attemptId,
      questionId: submission.questionId,
      idempotencyKey: submission.key,
      duplicate,
    });
  }

  /** Runs a step again while it fails with no answer (connection lost, 5xx), as retryUnknown allows. */
  private async retryingUnknown<T>(step: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await step();
      } catch (e) {
        const retry = this.options.retryUnknown;
        const unknown = e instanceof RequestFailed ? e.status >= 500 : true;
        if (!retry || !retry.until() || !unknown) throw e;
        this.tally.retries += 1;
        await sleep(retry.delayMs);
      }
    }
  }

  /**
   * Sends the next answer to every target at once with the same idempotency key, as a client
   * retrying on another server would. Returns each server's `duplicate` flag (null: not 200).
   */
  async submitNextEverywhere(targets: HttpTarget[]): Promise<(boolean | null)[]> {
    if (this.next >= this.questions.length) {
      await this.mutation("attempts.finish", { attemptId: this.attemptId });
      await this.openAttempt();
    }
    const submission = this.prepareSubmission();
    const results = await Promise.all(
      targets.map((t) =>
        t
          .send("POST", "/api/trpc/attempts.submitAnswer", this.headers(), submission.body)
          .catch(() => null),
      ),
    );
    const flags = results.map((r) =>
      r && r.status === 200 ? trpcData<{ duplicate: boolean }>("submitAnswer", r).duplicate : null,
    );
    if (flags.some((f) => f !== null)) {
      this.acknowledge(
        submission,
        flags.every((f) => f !== false),
      );
    }
    return flags;
  }
}

export interface PhaseResult {
  seconds: number;
  submissions: number;
  perSecond: number;
  latency: LatencySummary;
  errors: number;
  errorKinds: Record<string, number>;
  otherRequests: number;
}

/** Runs `task` for every item with at most `limit` in flight. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let at = 0;
  const worker = async () => {
    while (at < items.length) await task(items[at++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Runs a setup step again when the connection failed under it (both steps are safe to repeat). */
async function retriedOnConnectionError(step: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (e) {
      const code = (e as { code?: string }).code ?? "";
      if (attempt >= 5 || !/^(ECONNRESET|EPIPE|ECONNREFUSED|UND_ERR_SOCKET)$/.test(code)) throw e;
      await sleep(200 * attempt);
    }
  }
}

/** Signs everyone in (at most `limit` at a time: each sign-in verifies a scrypt hash) and opens their attempts. */
export async function prepareStudents(
  students: SimulatedStudent[],
  limit: number,
  /** Students who already hold a session (createSessions) skip signing in. */
  signedIn: ReadonlySet<SimulatedStudent> = new Set(),
): Promise<{ signInSeconds: number; signInsPerSecond: number; signedIn: number }> {
  const t0 = performance.now();
  const signingIn = students.filter((s) => !signedIn.has(s));
  await eachLimited(signingIn, limit, (s) => retriedOnConnectionError(() => s.signIn()));
  const signInSeconds = (performance.now() - t0) / 1000;
  await eachLimited(students, limit * 4, (s) => retriedOnConnectionError(() => s.openAttempt()));
  return {
    signInSeconds,
    signInsPerSecond: signingIn.length / signInSeconds,
    signedIn: signingIn.length,
  };
}

function phaseResult(tally: Tally, seconds: number, otherBefore: number): PhaseResult {
  const latency = tally.submit.summary();
  return {
    seconds,
    submissions: latency.count,
    perSecond: latency.count / seconds,
    latency,
    errors: tally.errorCount,
    errorKinds: Object.fromEntries(tally.errors),
    otherRequests: tally.otherRequests - otherBefore,
  };
}

/**
 * Closed loop: every student submits again as soon as the previous answer is acknowledged. The
 * first `warmupMs` are not counted (connections opening, code warming up).
 */
export async function runClosedLoop(
  students: SimulatedStudent[],
  tally: Tally,
  durationMs: number,
  warmupMs = 0,
): Promise<PhaseResult> {
  const t0 = performance.now();
  const until = t0 + warmupMs + durationMs;
  let measuredFrom = t0;
  let other = tally.otherRequests;
  const warmup = setTimeout(() => {
    tally.restart();
    other = tally.otherRequests;
    measuredFrom = performance.now();
  }, warmupMs);
  await Promise.all(
    students.map(async (s) => {
      while (performance.now() < until) await submitCounted(s, tally);
    }),
  );
  clearTimeout(warmup);
  return phaseResult(tally, (performance.now() - measuredFrom) / 1000, other);
}

/** A failure around the submission (finishing, reopening) is an error too; the student goes on. */
async function submitCounted(s: SimulatedStudent, tally: Tally, intendedAt?: number) {
  try {
    await s.submitNext(intendedAt);
  } catch (e) {
    tally.error(e instanceof RequestFailed ? `${e.what} HTTP ${e.status}` : (e as Error).message);
    await sleep(50);
  }
}

export interface OpenLoopResult extends PhaseResult {
  offered: number;
  /** Submissions still waiting for their student's previous one when the time was up. */
  notSent: number;
}

/**
 * Open loop: submissions fall due at a fixed total rate, spread round-robin over the students,
 * and each student sends its own in order. Latency runs from when a submission fell due, so a
 * slow server cannot hide its queue (no coordinated omission). When the time is up, what has not
 * been sent yet is counted as not sent, and what is in flight is awaited.
 */
export async function runOpenLoop(
  students: SimulatedStudent[],
  tally: Tally,
  perSecond: number,
  durationMs: number,
): Promise<OpenLoopResult> {
  tally.restart();
  const other = tally.otherRequests;
  const offered = Math.floor((perSecond * durationMs) / 1000);
  const queues = students.map(() => ({ due: [] as number[], busy: null as Promise<void> | null }));
  const t0 = performance.now();
  const drain = async (i: number) => {
    const queue = queues[i]!;
    while (queue.due.length) await submitCounted(students[i]!, tally, queue.due.shift());
    queue.busy = null;
  };
  for (let k = 0; k < offered;) {
    const now = performance.now();
    while (k < offered && t0 + (k * 1000) / perSecond <= now) {
      const i = k % students.length;
      const queue = queues[i]!;
      queue.due.push(t0 + (k * 1000) / perSecond);
      queue.busy ??= drain(i);
      k += 1;
    }
    await sleep(1);
  }
  let notSent = 0;
  for (const q of queues) {
    notSent += q.due.length;
    q.due.length = 0;
  }
  await Promise.all(queues.map((q) => q.busy));
  return { ...phaseResult(tally, (performance.now() - t0) / 1000, other), offered, notSent };
}

/** Closed loop of one fixed request over `connections` connections: for the bare-server ceiling. */
export async function runFixedLoop(
  target: HttpTarget,
  connections: number,
  durationMs: number,
  path: string,
  body?: string,
): Promise<PhaseResult> {
  const tally = new Tally();
  const t0 = performance.now();
  const until = t0 + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          const r = await target.send(body === undefined ? "GET" : "POST", path, {}, body);
          if (r.status === 200) tally.submit.add(performance.now() - started);
          else tally.error(`HTTP ${r.status}`);
        } catch (e) {
          tally.error((e as { code?: string }).code ?? (e as Error).message);
        }
      }
    }),
  );
  return phaseResult(tally, (performance.now() - t0) / 1000, 0);
}
