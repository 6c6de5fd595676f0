import { newId } from "../../shared/ids.ts";
import type { AppDb } from "../db/db.ts";

const KEY = "deviceId";

/**
 * This device's stable id (kept in syncMeta), sent with every push so the server's ledger
 * tells devices apart. Made once, on the first push; a cleared database makes a new one.
 * Read before writing: each push asks, and a write transaction costs a disk flush.
 */
export async function deviceId(db: AppDb): Promise<string> {
  const known = await db.syncMeta.get(KEY);
  if (typeof known?.value === "string") return known.value;
  return db.transaction("rw", db.syncMeta, async () => {
    const stored = await db.syncMeta.get(KEY);
    if (typeof stored?.value === "string") return stored.value;
    const id = newId();
    await db.syncMeta.put({ key: KEY, value: id });
    return id;
  });
}
