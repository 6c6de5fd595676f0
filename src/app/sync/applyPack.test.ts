import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { PackMaterial, PackSession } from "../../shared/pack.ts";
import { AppDb } from "../db/db.ts";
import { testEvent, testPack, testSession } from "../testing/packFixtures.ts";
import { applyPack } from "./applyPack.ts";

const event = testEvent({ id: "e1", slug: "demo" });
const session = (id: string, title: string, version: number) => testSession(id, { title, version });
const testMaterial = (id: string, title: string, version: number): PackMaterial => ({
  id,
  eventId: "e1",
  title,
  body: "",
  file: null,
  version,
});
const pack = (since: number, version: number, sessions: PackSession[], deleted: string[] = []) =>
  testPack({ event, since, version, sessions, deleted: { sessions: deleted, materials: [] } });

let databases: AppDb[] = [];
function freshDb() {
  const db = new AppDb(`test-${Math.random()}`);
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.map((d) => d.delete()));
  databases = [];
});

describe("applyPack", () => {
  it("stores a full pack and records the version", async () => {
    const db = freshDb();
    await applyPack(db, pack(0, 3, [session("a", "A", 1), session("b", "B", 3)]));
    expect((await db.sessions.toArray()).map((s) => s.title).sort()).toEqual(["A", "B"]);
    expect(await db.packs.get("e1")).toMatchObject({ slug: "demo", version: 3 });
  });

  it("applies updates and deletions of a partial pack", async () => {
    const db = freshDb();
    await applyPack(db, pack(0, 1, [session("a", "A", 1), session("b", "B", 1)]));
    await applyPack(db, pack(1, 2, [session("a", "A đã sửa", 2)], ["b"]));
    expect(await db.sessions.toArray()).toEqual([session("a", "A đã sửa", 2)]);
  });

  it("a full pack replaces rows the device kept from before", async () => {
    const db = freshDb();
    await applyPack(db, pack(0, 1, [session("old", "Old", 1)]));
    await applyPack(db, pack(0, 5, [session("new", "New", 5)]));
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(["new"]);
  });

  it("leaves the device untouched when writing fails half-way", async () => {
    const db = freshDb();
    await applyPack(db, pack(0, 1, [session("a", "A", 1)]));
    const broken = pack(1, 2, [
      session("a", "changed", 2),
      { id: undefined } as unknown as PackSession,
    ]);
    await expect(applyPack(db, broken)).rejects.toThrow();
    expect(await db.sessions.toArray()).toEqual([session("a", "A", 1)]);
    expect((await db.packs.get("e1"))?.version).toBe(1);
  });

  it("drops the stars of sessions that are deleted, and keeps the others", async () => {
    const db = freshDb();
    await applyPack(db, pack(0, 1, [session("a", "A", 1), session("b", "B", 1)]));
    await db.stars.bulkPut([
      { eventId: "e1", sessionId: "a", starredAt: "x" },
      { eventId: "e1", sessionId: "b", starredAt: "x" },
    ]);
    await applyPack(db, pack(1, 2, [], ["b"]));
    expect((await db.stars.toArray()).map((s) => s.sessionId)).toEqual(["a"]);
    // A full pack without a session drops its star too.
    await applyPack(db, pack(0, 3, [session("c", "C", 3)]));
    expect(await db.stars.toArray()).toEqual([]);
  });

  it("a full pack takes the slug over from an event re-created on the server", async () => {
    const db = freshDb();
    await applyPack(db, pack(0, 4, [session("a", "A", 1)]));
    await db.stars.put({ eventId: "e1", sessionId: "a", starredAt: "x" });
    await db.seen.put({ eventId: "e1", version: 4 });
    const recreated = testEvent({ id: "e2", slug: "demo" });
    await applyPack(
      db,
      testPack({
        event: recreated,
        version: 2,
        sessions: [testSession("n", { eventId: "e2", title: "N" })],
      }),
    );
    expect(await db.events.toArray()).toEqual([recreated]);
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(["n"]);
    expect((await db.packs.toArray()).map((p) => p.eventId)).toEqual(["e2"]);
    expect(await db.stars.count()).toBe(0);
    expect(await db.seen.count()).toBe(0);
  });

  it("reaches the same state whether changes arrive in one pack or in several", async () => {
    // A change log: each step upserts or deletes a session or a material at a new version.
    // A deleted session never comes back (the server deletes for good), so that its star,
    // dropped on a device that saw it go, is dropped on every device.
    const step = fc.record({
      kind: fc.constantFrom("session" as const, "material" as const),
      id: fc.constantFrom("a", "b", "c", "d"),
      title: fc.string(),
      remove: fc.boolean(),
    });
    type Step = { kind: "session" | "material"; id: string; title: string; remove: boolean };
    const ids = ["a", "b", "c", "d"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.subarray(ids),
        async (generated, rawCuts, starred) => {
          const gone = new Set<string>();
          const steps = generated.filter((s: Step) => {
            if (s.kind === "material") return true;
            if (gone.has(s.id)) return false;
            if (s.remove) gone.add(s.id);
            return true;
          });
          // Version 1 holds every session and material; step i brings version i + 2.
          const base = testPack({
            event,
            version: 1,
            sessions: ids.map((id) => session(id, id, 1)),
            materials: ids.map((id) => testMaterial(id, id, 1)),
          });
          const packFor = (from: number, to: number) => {
            const latest = new Map<string, Step & { version: number }>();
            for (const [i, s] of steps.slice(from, to).entries()) {
              latest.set(`${s.kind}:${s.id}`, { ...s, version: from + i + 2 });
            }
            const changes = [...latest.values()];
            const of = (kind: Step["kind"]) => changes.filter((s) => s.kind === kind);
            return testPack({
              event,
              since: from + 1,
              version: to + 1,
              sessions: of("session")
                .filter((s) => !s.remove)
                .map((s) => session(s.id, s.title, s.version)),
              materials: of("material")
                .filter((s) => !s.remove)
                .map((s) => testMaterial(s.id, s.title, s.version)),
              deleted: {
                sessions: of("session")
                  .filter((s) => s.remove)
                  .map((s) => s.id),
                materials: of("material")
                  .filter((s) => s.remove)
                  .map((s) => s.id),
              },
            });
          };
          const start = async () => {
            const d = freshDb();
            await applyPack(d, base);
            await d.stars.bulkPut(
              starred.map((sessionId) => ({ eventId: "e1", sessionId, starredAt: "x" })),
            );
            return d;
          };
          const cuts = [...new Set(rawCuts.map((c) => c % (steps.length + 1)))].sort(
            (x, y) => x - y,
          );
          const bounds = [0, ...cuts, steps.length];
          const once = await start();
          await applyPack(once, packFor(0, steps.length));
          const several = await start();
          for (let i = 1; i < bounds.length; i++) {
            await applyPack(several, packFor(bounds[i - 1]!, bounds[i]!));
          }
          const byId = <T extends { id: string }>(rows: T[]) =>
            rows.sort((x, y) => x.id.localeCompare(y.id));
          const state = async (d: AppDb) => ({
            sessions: byId(await d.sessions.toArray()),
            materials: byId(await d.materials.toArray()),
            stars: (await d.stars.toArray()).map((s) => s.sessionId).sort(),
            version: (await d.packs.get("e1"))?.version,
          });
          const expected = await state(once);
          expect(await state(several)).toEqual(expected);
          // And no star is left on a session that no longer exists.
          const live = new Set(expected.sessions.map((s) => s.id));
          expect(expected.stars.filter((id) => !live.has(id))).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
    // Up to 240 fake-IndexedDB databases: seconds on a busy 2-core machine, hence the timeout.
  }, 120_000);
});
