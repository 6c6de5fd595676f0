import { eq } from "drizzle-orm";
import type { RosterPreview } from "../../shared/api.ts";
import { newId } from "../../shared/ids.ts";
import type { Db } from "../store/db.ts";
import { attendees, events } from "../store/schema.ts";
import { currentRoster, planRoster } from "./plan.ts";
import type { RosterFile } from "./read.ts";

/** Rows per INSERT: 1,000 × 8 columns stays far below 65,535 bind parameters. */
export const INSERT_CHUNK = 1_000;

/** The plan the organiser confirmed no longer matches the roster: preview again. */
export class RosterChangedError extends Error {
  override name = "RosterChangedError";
}

/**
 * Imports a roster in one transaction: locks the event (so two imports run one after the
 * other), plans again against the roster as it is now, checks the plan is the one the
 * organiser confirmed (`expectedHash`, when given), then writes every create and update.
 * Any failure rolls everything back: nothing is ever half-imported.
 * `beforeCommit` lets tests fail the transaction at its very end; `chunkSize` lets them
 * cross the chunk boundary with few rows.
 */
export async function applyRoster(
  db: Db,
  eventId: string,
  file: RosterFile,
  options: {
    expectedHash?: string | undefined;
    beforeCommit?: () => Promise<void>;
    chunkSize?: number;
  } = {},
): Promise<RosterPreview> {
  return db.transaction(async (tx) => {
    await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).for("update");
    const plan = await planRoster(file, await currentRoster(tx as unknown as Db, eventId));
    if (options.expectedHash !== undefined && options.expectedHash !== plan.planHash) {
      throw new RosterChangedError("the roster changed since the preview");
    }
    const creates = plan.rows.filter((r) => r.action === "create");
    // Issue 12: in chunks, under PostgreSQL's 65,535 bind parameters per statement.
    const chunk = options.chunkSize ?? INSERT_CHUNK;
    for (let at = 0; at < creates.length; at += chunk) {
      await tx.insert(attendees).values(
        creates.slice(at, at + chunk).map((r) => ({
          id: newId(),
          eventId,
          name: r.name,
          unit: r.unit,
          position: r.position,
          phone: r.phone,
          email: r.email,
        })),
      );
    }
    for (const r of plan.rows) {
      if (r.action !== "update" || !r.attendeeId) continue;
      const set: Partial<typeof attendees.$inferInsert> = {};
      for (const field of r.changes ?? []) set[field] = r[field] as string;
      await tx.update(attendees).set(set).where(eq(attendees.id, r.attendeeId));
    }
    await options.beforeCommit?.();
    return plan;
  });
}
