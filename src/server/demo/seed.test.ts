import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../store/db.ts";
import { attendees, events, files, materials, sessions } from "../store/schema.ts";
import { engines, openTestStore } from "../testing/testStore.ts";
import { demoEvents } from "./content.ts";
import { DEMO_FILES_DIR } from "./files.ts";
import { seedDemo } from "./seed.ts";

describe.each(engines)("demo seed on %s", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(engine);
  });
  afterAll(() => store.close());

  const total = async (
    table: typeof events | typeof sessions | typeof materials | typeof attendees,
  ) => (await store.db.select({ n: count() }).from(table))[0]!.n;

  it("seeds every demo event once, and never again", async () => {
    expect(await seedDemo(store.db)).toBe(true);
    expect(await seedDemo(store.db)).toBe(false);
    expect(await total(events)).toBe(demoEvents.length);
    expect(await total(sessions)).toBe(demoEvents.reduce((n, e) => n + e.sessions.length, 0));
    expect(await total(materials)).toBe(demoEvents.reduce((n, e) => n + e.materials.length, 0));
    expect(await total(attendees)).toBe(40);
  });

  it("lets the printed demo invite open on a few devices, and nobody else's", async () => {
    const people = await store.db
      .select()
      .from(attendees)
      .orderBy(attendees.createdAt, attendees.id);
    expect(people.map((p) => p.maxDevices)).toEqual([3, ...Array(39).fill(1)]);
  });

  it("attaches the demo's PDF and image, stored as an upload is", async () => {
    const attached = await store.db
      .select({ title: materials.title, file: files })
      .from(materials)
      .innerJoin(files, eq(files.id, materials.fileId))
      .where(isNotNull(materials.fileId));
    const expected = demoEvents.flatMap((e) => e.materials.filter((m) => m.file));
    expect(attached.map((a) => a.title).sort()).toEqual(expected.map((m) => m.title).sort());
    expect(attached.map((a) => a.file.mime).sort()).toEqual(["application/pdf", "image/png"]);
    for (const m of expected) {
      const row = attached.find((a) => a.title === m.title)!.file;
      const bytes = readFileSync(new URL(m.file!, DEMO_FILES_DIR));
      expect(row.name).toBe(m.file);
      expect(row.size).toBe(bytes.byteLength);
      expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(Buffer.from(row.data).equals(bytes)).toBe(true);
      // Small enough for a phone on a hotel network.
      expect(row.size).toBeLessThan(100_000);
    }
  });

  it("links every material key to a material of its event", () => {
    for (const event of demoEvents) {
      const keys = new Set(event.materials.map((m) => m.key));
      for (const session of event.sessions) {
        for (const key of session.materialKeys)
          expect(keys.has(key), `${event.slug}: ${key}`).toBe(true);
      }
    }
  });
});
