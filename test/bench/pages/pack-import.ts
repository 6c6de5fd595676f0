// The pack-import bench page: the app's own Dexie schema and applyPack, bundled by Vite
// like the app, driven from test/bench/benchmarks/pack-import.ts through window.packBench.
import Dexie from "dexie";
import { AppDb } from "../../../src/app/db/db.ts";
import { applyPack } from "../../../src/app/sync/applyPack.ts";
import type { DoorPack } from "../../../src/shared/api.ts";
import type { EventPack } from "../../../src/shared/pack.ts";

export interface PackImportRun {
  ms: number;
  sessions: number;
  materials: number;
  attendees: number;
}

let packText = "";
let doorPackText = "";

const packBench = {
  /** Keeps the pack's JSON text in the page, as pullPack holds it once downloaded. */
  load(text: string, doorText: string): number {
    packText = text;
    doorPackText = doorText;
    return text.length + doorText.length;
  },
  /**
   * Imports the pack into a new, empty database, timed: JSON.parse + applyPack, then the
   * staff variant's door pack stored as saveDoorPack stores it.
   */
  async run(dbName: string): Promise<PackImportRun> {
    await Dexie.delete(dbName);
    const db = new AppDb(dbName);
    await db.open();
    try {
      const start = performance.now();
      const pack = JSON.parse(packText) as EventPack;
      await applyPack(db, pack);
      const door = JSON.parse(doorPackText) as DoorPack;
      await db.staffData.put({
        key: `door-pack:${door.event.id}`,
        eventId: door.event.id,
        value: door,
        savedAt: new Date().toISOString(),
      });
      const ms = performance.now() - start;
      const stored = (await db.staffData.get(`door-pack:${door.event.id}`))?.value as DoorPack;
      return {
        ms,
        sessions: await db.sessions.count(),
        materials: await db.materials.count(),
        attendees: stored.attendees.length,
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
