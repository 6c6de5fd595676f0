import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { PackSession } from "../../shared/pack.ts";
import { AppDb } from "../db/db.ts";
import { testEvent, testPack, testSession } from "../testing/packFixtures.ts";
import { applyPack } from "./applyPack.ts";

const event = testEvent({ id: "e1", slug: "demo" });
const session = (id: string, title: string, version: number) => testSession(id, { title, version });
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

  it("reaches the same state whether changes arrive in one pack or in several", async () => {
    // A change log: each step upserts or deletes one of a few sessions at a new version.
    const step = fc.record({
      id: fc.constantFrom("a", "b", "c", "d"),
      title: fc.string(),
      remove: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        async (steps, cut) => {
          const packFor = (from: number, to: number) => {
            const latest = new Map<string, { title: string; remove: boolean; version: number }>();
            for (const [i, s] of steps.slice(from, to).entries()) {
              latest.set(s.id, { ...s, version: from + i + 1 });
            }
            const live = [...latest]
              .filter(([, s]) => !s.remove)
              .map(([id, s]) => session(id, s.title, s.version));
            const gone = [...latest].filter(([, s]) => s.remove).map(([id]) => id);
            return pack(from, to, live, from === 0 ? [] : gone);
          };
          const split = cut % (steps.length + 1);
          const once = freshDb();
          await applyPack(once, packFor(0, steps.length));
          const twice = freshDb();
          await applyPack(twice, packFor(0, split));
          await applyPack(twice, packFor(split, steps.length));
          const state = async (d: AppDb) =>
            (await d.sessions.toArray()).sort((x, y) => x.id.localeCompare(y.id));
          expect(await state(twice)).toEqual(await state(once));
        },
      ),
      { numRuns: 40 },
    );
    // 80 fake-IndexedDB databases: seconds on a busy 2-core machine, hence the timeout.
  }, 60_000);
});
