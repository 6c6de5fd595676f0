// The pack-import bench page: the app's own Dexie schema and applyPack, bundled by Vite
// like the app, driven from test/bench/benchmarks/pack-import.ts through window.packBench.
import Dexie from "dexie";
import { AppDb } from "../../../src/app/db/db.ts";
import { applyPack } from "../../../src/app/sync/applyPack.ts";
import type { EventPack } from "../../../src/shared/pack.ts";

export interface PackImportRun {
  ms: number;
  sessions: number;
  materials: number;
}

let packText = "";

const packBench = {
  /** Keeps the pack's JSON text in the page, as pullPack holds it once downloaded. */
  load(text: string): number {
    packText = text;
    return text.length;
  },
  /** Imports the pack into a new, empty database: JSON.parse + applyPack, timed. */
  async run(dbName: string): Promise<PackImportRun> {
    await Dexie.delete(dbName);
    const db = new AppDb(dbName);
    await db.open();
    try {
      const start = performance.now();
      const pack = JSON.parse(packText) as EventPack;
      await applyPack(db, pack);
      const ms = performance.now() - start;
      return { ms, sessions: await db.sessions.count(), materials: await db.materials.count() };
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
