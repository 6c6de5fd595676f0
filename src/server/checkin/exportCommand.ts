import { eq } from "drizzle-orm";
import type { Store } from "../store/db.ts";
import { events } from "../store/schema.ts";
import { exportRows, exportTable, loadAttendance } from "./attendance.ts";
import { toCsv } from "./csv.ts";

/**
 * `npm run admin -- export --event E --what attendance --format csv|json`: the same table
 * as the staff export route (CSV), or one object per attendee (JSON). Null: no such event.
 */
export async function exportAttendance(
  store: Store,
  slug: string,
  format: "csv" | "json",
): Promise<string | null> {
  const [event] = await store.db.select().from(events).where(eq(events.slug, slug));
  if (!event) return null;
  const data = await loadAttendance(store.db, event.id);
  return format === "csv"
    ? toCsv(exportTable(data, event))
    : `${JSON.stringify(exportRows(data), null, 2)}\n`;
}
