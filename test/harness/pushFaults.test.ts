// @vitest-environment node
/**
 * Issue 9's fault suite: the app's own push engine (makeOutboxSync over fake-indexeddb) in
 * Node, a fault proxy of our own, and the real server in its own process with the test-only
 * kind "test.note". After each case the outbox is empty with nothing parked (no valid op
 * refused); at the end every op of every case was applied exactly once on the server.
 * Retries do not wait: the engine's timers run at once, their delays are recorded.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppDb } from "../../src/app/db/db.ts";
import { enqueue } from "../../src/app/sync/enqueue.ts";
import { makeOutboxSync } from "../../src/app/sync/makeOutboxSync.ts";
import { outboxCounts } from "../../src/app/sync/outbox/outboxCounts.ts";
import { pushOutbox } from "../../src/app/sync/push/pushOutbox.ts";
import { removeDirectory } from "./cleanup.ts";
import { type Fault, type FaultPlan, type FaultProxy, startFaultProxy } from "./faultProxy.ts";
import { seededRandom } from "./seededRandom.ts";
import type { RunningServer } from "./server.ts";
import { adminCookie, countTestEffects, startSyncServer } from "./syncServer.ts";

// Node has no localStorage: the clock offset is kept in this stand-in, as in a browser.
const store = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, value),
  removeItem: (key: string) => void store.delete(key),
  clear: () => store.clear(),
  key: () => null,
  length: 0,
} as Storage;

const NEVER = 3_600_000_000;
const pass: Fault = { type: "pass" };
/** The first `faults` push requests get these faults, the rest pass. */
const first =
  (...faults: Fault[]): FaultPlan =>
  (n) =>
    faults[n] ?? pass;

describe("push under faults (real server, fault proxy)", { timeout: 180_000 }, () => {
  let server: RunningServer;
  let proxy: FaultProxy;
  let cookie: string;
  let eventId: string;
  // The test owns the data directory: the server is killed and started again on it, and
  // the last case reads it after the server stopped (a harness-made one goes with stop()).
  const dataDir = mkdtempSync(join(tmpdir(), "th-faults-"));
  /** Every op id each case made, to check the server applied each exactly once. */
  const made = new Map<string, string[]>();

  beforeAll(async () => {
    server = await startSyncServer({ dataDir });
    proxy = await startFaultProxy(server.url, first());
    cookie = await adminCookie(server);
    const pack = await fetch(`${server.url}/api/events/demo/pack?since=0`, {
      headers: { cookie },
    });
    eventId = ((await pack.json()) as { event: { id: string } }).event.id;
  }, 180_000);

  afterAll(async () => {
    await proxy?.close();
    await server?.stop("SIGKILL");
    removeDirectory(dataDir);
  });

  async function device(
    name: string,
    count: number,
    shape?: (i: number) => Partial<{ createdAt: string; clockOffsetMs: number }>,
  ) {
    const db = new AppDb(`faults-${name}-${Math.random()}`);
    const ids: string[] = [];
    await db.transaction("rw", db.outbox, async (tx) => {
      for (let i = 0; i < count; i++) {
        const entry = await enqueue(tx, {
          kind: "test.note",
          eventId,
          payload: { text: `${name} ${i}` },
        });
        if (shape) await tx.table("outbox").update(entry.id, shape(i));
        ids.push(entry.id);
      }
    });
    made.set(name, ids);
    return db;
  }

  /**
   * Runs the app's engine until the outbox is empty: retries at once (their delays kept),
   * the periodic timer off. Returns the retry delays the engine asked for.
   */
  async function drain(db: AppDb, seed: number) {
    const delays: number[] = [];
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const sync = makeOutboxSync(db, {
      post: { baseUrl: proxy.url, headers: { cookie } },
      random: seededRandom(seed),
      intervalMs: NEVER,
      // Pushes start with the engine; nothing is enqueued while it runs.
      debounceMs: NEVER,
      lockName: `faults-${seed}`,
      schedule: (run, ms) => {
        if (ms === NEVER) return () => {};
        delays.push(ms);
        const timer = setTimeout(run, 0);
        timers.add(timer);
        return () => clearTimeout(timer);
      },
    });
    try {
      await expect
        .poll(async () => outboxCounts(db), { timeout: 150_000, interval: 50 })
        .toEqual({ pending: 0, parked: 0 });
    } finally {
      sync.stop();
      for (const timer of timers) clearTimeout(timer);
    }
    return delays;
  }

  const cases: Array<[string, Fault[]]> = [
    ["drop", [{ type: "drop" }, { type: "drop" }]],
    ["delay", [{ type: "delay", ms: 300 }]],
    ["duplicate", [{ type: "duplicate" }, { type: "duplicate" }]],
    ["reset mid-body", [{ type: "resetMidBody" }, { type: "resetMidBody" }]],
    ["response lost after commit", [{ type: "dropResponse" }, { type: "dropResponse" }]],
  ];
  for (const [name, faults] of cases) {
    it(`${name}: every op arrives, nothing refused`, async () => {
      proxy.setPlan(first(...faults));
      const db = await device(name, 700);
      const delays = await drain(db, 11);
      expect(delays.length).toBeGreaterThanOrEqual(
        faults.filter((f) => f.type !== "delay" && f.type !== "duplicate").length,
      );
      await db.delete();
    });
  }

  it("1 to 12 consecutive 5xx: retried with growing jittered delays up to 60 s", async () => {
    for (let n = 1; n <= 12; n++) {
      proxy.setPlan(
        first(
          ...Array.from(
            { length: n },
            (_, i): Fault => ({ type: "status", status: 500 + (i % 4) }),
          ),
        ),
      );
      const db = await device(`5xx-${n}`, 30);
      const delays = await drain(db, 20 + n);
      expect(delays).toHaveLength(n);
      expect(delays.every((ms, i) => ms >= 0 && ms < Math.min(60_000, 1000 * 2 ** i))).toBe(true);
      await db.delete();
    }
  });

  it("429 with Retry-After: the next try waits at least what the server asked", async () => {
    proxy.setPlan(first({ type: "status", status: 429, retryAfter: "17" }));
    const db = await device("429", 10);
    const delays = await drain(db, 3);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(17_000);
    await db.delete();
  });

  it("device clock 10 minutes fast or slow: accepted, sent with its offset", async () => {
    proxy.setPlan(first());
    const now = Date.now();
    for (const shift of [-600_000, 600_000]) {
      const db = await device(`clock ${shift}`, 20, () => ({
        createdAt: new Date(now + shift).toISOString(),
        clockOffsetMs: -shift,
      }));
      await drain(db, 5);
      await db.delete();
    }
  });

  it("two tabs pushing the same outbox at once: each op once", async () => {
    proxy.setPlan(first({ type: "delay", ms: 200 }));
    const tab1 = await device("two tabs", 1200);
    const tab2 = new AppDb(tab1.name);
    // Both push together, bypassing the tab lock (as two browsers without Web Locks could).
    await Promise.all([
      pushOutbox(tab1, { baseUrl: proxy.url, headers: { cookie } }),
      pushOutbox(tab2, { baseUrl: proxy.url, headers: { cookie } }),
    ]);
    expect(await outboxCounts(tab1)).toEqual({ pending: 0, parked: 0 });
    tab2.close();
    await tab1.delete();
  });

  it("page closed right after a write: the next start pushes it", async () => {
    proxy.setPlan(first());
    const page = await device("closed page", 3);
    const name = page.name;
    page.close();
    const reopened = new AppDb(name);
    await drain(reopened, 8);
    await reopened.delete();
  });

  it("offline for 8 days with 2,000 entries, then back", async () => {
    const eightDaysAgo = Date.now() - 8 * 86_400_000;
    proxy.setPlan(first(...Array.from({ length: 6 }, (): Fault => ({ type: "drop" }))));
    const db = await device("8 days offline", 2000, (i) => ({
      createdAt: new Date(eightDaysAgo + i * 60_000).toISOString(),
    }));
    const delays = await drain(db, 99);
    expect(delays).toHaveLength(6);
    await db.delete();
  });

  it("server killed with SIGKILL mid-batch and started again", async () => {
    const db = await device("SIGKILL", 1500);
    proxy.setPlan(first());
    let restarted: Promise<void> | null = null;
    proxy.onForwarded = () => {
      if (restarted) return;
      proxy.onForwarded = null;
      // The batch is on its way into the server: kill it now, start it again on its data.
      restarted = (async () => {
        await server.stop("SIGKILL");
        server = await startSyncServer({ dataDir: server.dataDir, port: server.port });
      })();
    };
    const delays = drain(db, 42);
    await expect.poll(() => restarted !== null).toBe(true);
    await restarted;
    expect((await delays).length).toBeGreaterThan(0);
    await db.delete();
  });

  it("after all of it, the server applied every op exactly once", async () => {
    await server.stop();
    const counts = await countTestEffects(server);
    const wrong: string[] = [];
    for (const [name, ids] of made) {
      const bad = ids.filter((id) => counts.get(id) !== 1);
      if (bad.length)
        wrong.push(`${name}: ${bad.length} of ${ids.length} not applied exactly once`);
    }
    expect(wrong).toEqual([]);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
