// The pack-import bench page: the app's own pullPack (fetch, JSON, applyPack) and
// saveDoorPack into the app's own Dexie schema, bundled by Vite like the app, driven from
// test/bench/benchmarks/pack-import.ts through window.packBench.
import Dexie from "dexie";
import { AppDb } from "../../../src/app/db/db.ts";
import { saveDoorPack } from "../../../src/app/features/staff/staffDevice.repo.ts";
import { pullPack } from "../../../src/app/sync/pullPack.ts";

export interface PackImportRun {
  ms: number;
  sessions: number;
  materials: number;
  attendees: number;
}

/** The API answers, already downloaded: what the server would send, as JSON text. */
const answers = new Map<string, string>();
const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const body = answers.get(url.pathname);
  if (body === undefined) return realFetch(input, init);
  return new Response(body, {
    status: 200,
    headers: { "content-type": "application/json", "content-length": String(body.length) },
  });
};

const packBench = {
  /** Keeps the pack's and the door pack's JSON, served to the app's fetches from memory. */
  load(slug: string, packText: string, doorText: string): number {
    answers.set(`/api/events/${slug}/pack`, packText);
    answers.set(`/api/events/${slug}/door-pack`, doorText);
    return packText.length + doorText.length;
  },
  /**
   * Into a new, empty database, timed: pullPack (the first pull: read the answer, parse it,
   * applyPack), then saveDoorPack (the staff variant: the door phone's pack).
   */
  async run(dbName: string, slug: string): Promise<PackImportRun> {
    await Dexie.delete(dbName);
    const db = new AppDb(dbName);
    await db.open();
    try {
      const start = performance.now();
      const pack = await pullPack(db, slug);
      const door = await saveDoorPack(slug, db);
      const ms = performance.now() - start;
      const stored = await db.staffData.get(`door-pack:${door.event.id}`);
      return {
        ms,
        sessions: await db.sessions.where("eventId").equals(pack.event.id).count(),
        materials: await db.materials.where("eventId").equals(pack.event.id).count(),
        attendees: (stored?.value as typeof door | undefined)?.attendees.length ?? 0,
      };
    } finally {
      db.close();
      await Dexie.delete(dbName);
    }
  },
};

declare global {
  interface Window {
    packBench: typeof packBench;
  }
}
window.packBench = packBench;
