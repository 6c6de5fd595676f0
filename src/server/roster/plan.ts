import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { RosterField, RosterPreview, RosterPreviewRow } from "../../shared/api.ts";
import { cleanRow } from "../../shared/roster.ts";
import type { Db } from "../store/db.ts";
import { attendees } from "../store/schema.ts";
import type { RosterFile } from "./read.ts";

type Existing = Pick<
  typeof attendees.$inferSelect,
  "id" | "name" | "unit" | "position" | "phone" | "email"
>;

const UPDATABLE: RosterField[] = ["name", "unit", "position", "phone", "email"];
/** Name and unit folded for matching people who have neither phone nor e-mail. */
const personKey = (name: string, unit: string) =>
  `${name.toLocaleLowerCase("vi")}\u0000${unit.toLocaleLowerCase("vi")}`;

/**
 * Decides, row by row, what importing a roster into an event would do, without writing:
 * create a new attendee, update the one with the same e-mail or phone (only cells that
 * are filled and differ; an empty cell never erases), or skip with a reason. People stored
 * with neither phone nor e-mail are matched on name and unit, so re-importing never
 * duplicates them.
 */
export function planRoster(file: RosterFile, existing: Existing[]): RosterPreview {
  const byEmail = new Map(existing.filter((a) => a.email).map((a) => [a.email!, a]));
  const byPhone = new Map(existing.filter((a) => a.phone).map((a) => [a.phone!, a]));
  const byPerson = new Map(
    existing.filter((a) => !a.email && !a.phone).map((a) => [personKey(a.name, a.unit), a]),
  );
  const rowOfEmail = new Map<string, number>();
  const rowOfPhone = new Map<string, number>();
  const rowOfPerson = new Map<string, number>();
  const rowOfAttendee = new Map<string, number>();

  const rows = file.rows.map(({ row, cells }): RosterPreviewRow => {
    const clean = cleanRow(cells);
    const base: RosterPreviewRow = {
      row,
      action: "skip",
      name: clean.name,
      unit: clean.unit,
      position: clean.position,
      phone: clean.phone,
      email: clean.email,
    };
    if (clean.problem) {
      return { ...base, reason: clean.problem, rawPhone: clean.rawPhone, rawEmail: clean.rawEmail };
    }
    const key = personKey(clean.name, clean.unit);
    const anonymous = !clean.email && !clean.phone;
    const earlier =
      (clean.email && rowOfEmail.get(clean.email)) ||
      (clean.phone && rowOfPhone.get(clean.phone)) ||
      (anonymous && rowOfPerson.get(key));
    if (earlier) return { ...base, reason: "duplicate_row", duplicateOf: earlier };

    const viaEmail = clean.email ? byEmail.get(clean.email) : undefined;
    const viaPhone = clean.phone ? byPhone.get(clean.phone) : undefined;
    // The e-mail is one person's and the phone another's: a person cannot be both.
    if (viaEmail && viaPhone && viaEmail.id !== viaPhone.id) {
      return { ...base, reason: "conflict", attendeeId: viaEmail.id };
    }
    // Someone imported before with neither phone nor e-mail is found by name and unit,
    // so that a file which now adds their phone updates them instead of duplicating them.
    const match = viaEmail ?? viaPhone ?? byPerson.get(key);
    if (match) {
      const sameAs = rowOfAttendee.get(match.id);
      if (sameAs)
        return { ...base, reason: "duplicate_row", duplicateOf: sameAs, attendeeId: match.id };
      rowOfAttendee.set(match.id, row);
    }
    if (clean.email) rowOfEmail.set(clean.email, row);
    if (clean.phone) rowOfPhone.set(clean.phone, row);
    if (anonymous) rowOfPerson.set(key, row);
    if (!match) return { ...base, action: "create" };

    const changes = UPDATABLE.filter((field) => {
      const value = clean[field];
      return value !== null && value !== "" && value !== match[field];
    });
    if (changes.length === 0) return { ...base, reason: "unchanged", attendeeId: match.id };
    return { ...base, action: "update", attendeeId: match.id, changes };
  });

  const counts = { create: 0, update: 0, skip: 0 };
  for (const r of rows) counts[r.action]++;
  return {
    format: file.format,
    sheet: file.sheet,
    sheets: file.sheets,
    headerRow: file.headerRow,
    columns: file.columns,
    rows,
    counts,
    planHash: planHash(rows, existing),
  };
}

/**
 * Fingerprint of what a plan would write and of the roster it was made against: applying
 * with it fails when either changed since the organiser saw the preview.
 */
function planHash(rows: RosterPreviewRow[], existing: Existing[]): string {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify(
      rows.map((r) => [
        r.row,
        r.action,
        r.attendeeId ?? "",
        r.name,
        r.unit,
        r.position,
        r.phone,
        r.email,
      ]),
    ),
  );
  const sorted = [...existing].sort((a, b) => a.id.localeCompare(b.id));
  hash.update(
    JSON.stringify(sorted.map((a) => [a.id, a.name, a.unit, a.position, a.phone, a.email])),
  );
  return hash.digest("base64url").slice(0, 22);
}

/** The event's current roster, in the shape the planner compares against. */
export async function currentRoster(db: Db, eventId: string): Promise<Existing[]> {
  return db
    .select({
      id: attendees.id,
      name: attendees.name,
      unit: attendees.unit,
      position: attendees.position,
      phone: attendees.phone,
      email: attendees.email,
    })
    .from(attendees)
    .where(eq(attendees.eventId, eventId));
}
