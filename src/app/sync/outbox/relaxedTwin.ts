import { AppDb } from "../../db/db.ts";

const twins = new WeakMap<AppDb, AppDb>();

/**
 * A second connection to the same database whose writes commit without waiting for the
 * disk ("relaxed" durability). The push writes the server's answers through it: losing
 * such a write in a crash only means the op is sent again and answered "duplicate", while
 * a strict commit per batch costs a disk flush on the push's path. Dexie tells live
 * queries of either connection about its writes.
 */
export function relaxedTwin(db: AppDb): AppDb {
  let twin = twins.get(db);
  if (!twin) {
    twin = new AppDb(db.name, "relaxed");
    twins.set(db, twin);
  }
  return twin;
}
