import { db } from "../db/db.ts";
import { makeOutboxSync, type OutboxSync } from "./makeOutboxSync.ts";

let engine: OutboxSync | null = null;

/**
 * The app's one push engine over the app's database, started on first call (the header's
 * sync badge starts it once the first screen is up) and shared by the sync page.
 */
export function appOutboxSync(): OutboxSync {
  engine ??= makeOutboxSync(db);
  return engine;
}
