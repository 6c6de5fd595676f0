import { existsSync, rmSync } from "node:fs";
import http from "node:http";
import { eq } from "drizzle-orm";
import { sessionPolicy } from "../../../src/server/auth/session.ts";
import { hashToken, newToken } from "../../../src/server/auth/tokens.ts";
import { openStore } from "../../../src/server/store/db.ts";
import { attendees, authSessions, events } from "../../../src/server/store/schema.ts";
import type { PushResponse } from "../../../src/shared/ops.ts";
import type { RunningServer } from "../../harness/server.ts";
import { countTestEffects, startSyncServer } from "../../harness/syncServer.ts";
import { median, percentile, round } from "../lib/stats.ts";
import { benchPostgresUrl, NO_POSTGRES, noteOps, scratchDatabase } from "../lib/syncBench.ts";
import type { Benchmark, Figure } from "../lib/types.ts";

const OPS_PER_DEVICE = 20;
const P99_BUDGET_MS = 2000;

/**
 * `n` devices signed in as attendees of the demo event, each with a session of its own
 * (the event's attendees in turn: there are fewer of them than devices), last seen ten
 * minutes ago — phones coming back from a network cut, whose sign-ins the server reads
 * and slides, as it would for a real herd. Written into the stopped server's database.
 */
async function signInDevices(server: RunningServer, n: number) {
  const store = await openStore({
    databaseUrl: server.env.DATABASE_URL || undefined,
    dataDir: server.env.DATABASE_URL ? undefined : server.dataDir,
  });
  try {
    const [event] = await store.db.select().from(events).where(eq(events.slug, "demo"));
    const people = await store.db
      .select({ id: attendees.id })
      .from(attendees)
      .where(eq(attendees.eventId, event!.id));
    const tokens = Array.from({ length: n }, () => newToken());
    const now = Date.now();
    await store.db.insert(authSessions).values(
      tokens.map((token, d) => ({
        tokenHash: hashToken(token),
        kind: "attendee" as const,
        attendeeId: people[d % people.length]!.id,
        lastSeenAt: new Date(now - 10 * 60_000),
        expiresAt: new Date(now + 3600_000),
      })),
    );
    const cookies = tokens.map((token) => `${sessionPolicy.attendee.cookie}=${token}`);
    return { event: event!, cookies };
  } finally {
    await store.close();
  }
}

/** One herd: its push latencies' p50, p99 and max, and how many pushes failed. */
interface HerdRun {
  p50: number;
  p99: number;
  max: number;
  errors: number;
  failure: string | undefined;
  ops: number;
}

/**
 * One herd: `devices` phones coming back online at the same moment, each signed in on its
 * own (signInDevices) and pushing its 20 queued ops in one request to a real server
 * process (the test-only op kinds, on PGlite in a data directory or on a fresh PostgreSQL
 * database). Latency of each push from request to parsed answer. Then every op must have
 * been applied exactly once (the test kind's effect table has no unique key, so a double
 * shows) and none refused.
 */
async function herd(
  engine: "pglite" | "postgres",
  devices: number,
  log: (line: string) => void,
): Promise<HerdRun> {
  const scratch = engine === "postgres" ? await scratchDatabase(benchPostgresUrl()!) : null;
  let server: RunningServer | null = null;
  try {
    const env = scratch ? { DATABASE_URL: scratch.url } : {};
    // The first start makes the database (the demo event); the devices' sign-ins are then
    // written into it while the server is stopped (PGlite's data directory is the
    // server's alone), and the server started again on it.
    server = await startSyncServer({ env });
    await server.stop();
    const warmDevices = Math.ceil(devices / 10);
    const { event, cookies } = await signInDevices(server, devices + warmDevices);
    server = await startSyncServer({ env, dataDir: server.dataDir });
    const queues = Array.from({ length: devices }, (_, d) =>
      noteOps(event.id, OPS_PER_DEVICE, `máy ${d}`),
    );
    const url = new URL(`${server.url}/api/events/${event.slug}/ops`);
    /**
     * One push of a body serialised beforehand, on a connection of its own as each phone
     * has, through node:http: this process shares the two cores with the server, and
     * fetch() (undici) spent 3–4 times its CPU on the same 1,000 pushes — time the
     * devices' latency then counted as the server's. A network failure (e.g. a reset)
     * counts, with the time it took.
     */
    const push = (sent: string, cookie: string) =>
      new Promise<{ ms: number; status: number; body: PushResponse | null; failure: string }>(
        (resolve) => {
          const started = performance.now();
          const done = (status: number, body: PushResponse | null, failure = "") =>
            resolve({ ms: performance.now() - started, status, body, failure });
          const request = http.request(
            {
              host: url.hostname,
              port: url.port,
              path: url.pathname,
              method: "POST",
              agent: false,
              headers: {
                "content-type": "application/json",
                "content-length": Buffer.byteLength(sent),
                cookie,
              },
            },
            (response) => {
              const chunks: Buffer[] = [];
              response.on("data", (chunk: Buffer) => chunks.push(chunk));
              response.on("error", (error) => done(0, null, String(error)));
              response.on("end", () => {
                const status = response.statusCode ?? 0;
                try {
                  const text = Buffer.concat(chunks).toString("utf8");
                  done(status, status === 200 ? (JSON.parse(text) as PushResponse) : null);
                } catch (error) {
                  done(status, null, String(error));
                }
              });
            },
          );
          request.on("error", (error) => done(0, null, String(error)));
          request.end(sent);
        },
      );
    // Warm the server as a server up for a while would be (its JIT, its pool): a herd of
    // a tenth the size first. With one push of one op before it, the herd met code not yet
    // compiled, and its p99 was 0.4–0.5 s longer than a second herd's on the same server.
    const bodyOf = (ops: unknown[], deviceId: string) => JSON.stringify({ deviceId, ops });
    const warmCookies = cookies.slice(devices);
    await Promise.all(
      warmCookies.map((cookie, d) =>
        push(bodyOf(noteOps(event.id, OPS_PER_DEVICE, `warm ${d}`), `warm-${d}`), cookie),
      ),
    );
    const bodies = queues.map((ops, d) => bodyOf(ops, `device-${d}`));
    log(`herd-${engine}: ${devices} devices × ${OPS_PER_DEVICE} ops at once`);
    const answers = await Promise.all(bodies.map((body, d) => push(body, cookies[d]!)));
    const errors = answers.filter(
      (a) =>
        a.status !== 200 ||
        !a.body ||
        a.body.results.length !== OPS_PER_DEVICE ||
        a.body.results.some((r) => r.status !== "applied"),
    ).length;
    // PGlite: its data directory can be read once the server has stopped.
    if (engine === "pglite") await server.stop();
    const effects = await countTestEffects(server);
    const sent = queues.flat();
    const doubles = sent.filter((op) => (effects.get(op.id) ?? 0) > 1).length;
    const latencies = answers.map((a) => a.ms);
    const p50 = round(percentile(latencies, 50));
    const p99 = round(percentile(latencies, 99));
    const answered = new Set(answers.flatMap((a) => a.body?.results.map((r) => r.id) ?? []));
    // Ops of pushes that were answered but are not in the database: lost.
    const missing = sent.filter((op) => answered.has(op.id) && !effects.get(op.id)).length;
    if (doubles > 0 || missing > 0) {
      throw new Error(
        `herd on ${engine}: ${doubles} ops applied twice, ${missing} answered but lost`,
      );
    }
    const failure = answers.find((a) => a.failure)?.failure;
    const max = round(Math.max(...latencies));
    log(`herd-${engine}: p50 ${p50} ms, p99 ${p99} ms, max ${max} ms, ${errors} failed pushes`);
    return { p50, p99, max, errors, failure, ops: sent.length };
  } finally {
    if (server) {
      await server.stop();
      if (existsSync(server.dataDir)) rmSync(server.dataDir, { recursive: true, force: true });
    }
    await scratch?.drop();
  }
}

/**
 * The figure of `runs` herds on one engine: the median of their p99s (one herd's p99 is
 * one tail: a single GC pause or checkpoint moves it by seconds). Any failed push fails
 * the figure: its value is then the slowest push of all runs.
 */
async function herdFigure(
  engine: "pglite" | "postgres",
  devices: number,
  runs: number,
  log: (line: string) => void,
): Promise<Figure> {
  const done: HerdRun[] = [];
  for (let run = 0; run < runs; run++) done.push(await herd(engine, devices, log));
  const errors = done.reduce((n, r) => n + r.errors, 0);
  const failure = done.find((r) => r.failure)?.failure;
  const p99s = done.map((r) => r.p99);
  return {
    name: `herd-p99-${engine}`,
    value: errors > 0 ? Math.max(...done.map((r) => r.max)) : round(median(p99s)),
    unit: "ms",
    budget: { max: P99_BUDGET_MS },
    runs,
    samples: p99s,
    note: `${devices} devices × ${OPS_PER_DEVICE} ops pushed at once to a real server process (${engine}), each device signed in as an attendee with a session of its own, after a herd a tenth the size; ${runs} herd${runs === 1 ? "" : "s"} each on a new server and database; median of their p99s; per herd p50/p99/max ms: ${done.map((r) => `${r.p50}/${r.p99}/${r.max}`).join(", ")}; ${errors} failed pushes${failure ? ` (e.g. ${failure}; the value is then the slowest push)` : ""}, 0 doubles, 0 lost (${done[0]!.ops} ops checked in the effect table each time)`,
  };
}

/**
 * Issue 9: 1,000 devices reconnecting at once with 20 queued ops each, against a server
 * on PGlite and one on PostgreSQL: p99 push latency ≤ 2,000 ms, with no error, no op
 * applied twice and none lost; the median p99 of three herds per engine.
 */
const benchmark: Benchmark = {
  name: "herd-p99",
  figures: ["herd-p99", "herd-p99-pglite", "herd-p99-postgres"],
  defaultRuns: 3,
  needsBuild: false,
  async run(ctx) {
    const devices = ctx.tiny ? 10 : 1000;
    const engines: Figure[] = [await herdFigure("pglite", devices, ctx.runs, ctx.log)];
    if (benchPostgresUrl()) engines.push(await herdFigure("postgres", devices, ctx.runs, ctx.log));
    return [
      worstOf(engines),
      ...engines,
      ...(benchPostgresUrl() ? [] : [{ name: "herd-p99-postgres", skipped: NO_POSTGRES }]),
    ];
  },
};

/**
 * DESIGN §9's `herd-p99`: the budget holds for both databases, so the figure is the
 * slower engine's (each engine's figure follows it).
 */
function worstOf(engines: Figure[]): Figure {
  const worst = engines.reduce((a, b) => (b.value > a.value ? b : a));
  return {
    ...worst,
    name: "herd-p99",
    note: `the slower of ${engines.map((e) => `${e.name.replace("herd-p99-", "")} ${e.value} ms`).join(" and ")} (each engine's figure below)`,
  };
}

export default benchmark;
