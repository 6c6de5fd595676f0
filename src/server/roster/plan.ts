import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type {
  RosterField,
  RosterPreview,
  RosterPreviewRow,
  RosterWarning,
} from "../../shared/api.ts";
import { cleanRow, cleanText } from "../../shared/roster.ts";
import type { Db } from "../store/db.ts";
import { attendees } from "../store/schema.ts";
import type { RosterFile } from "./read.ts";
import { mapInTurns } from "./turns.ts";

type Existing = Pick<
  typeof attendees.$inferSelect,
  "id" | "name" | "unit" | "position" | "phone" | "email"
>;

const UPDATABLE: RosterField[] = ["name", "unit", "position", "phone", "email"];
/**
 * Name and unit folded for matching people by them: case and spacing do not matter,
 * diacritics do ("Hà" and "Hạ" are two people).
 */
const personKey = (name: string, unit: string) =>
  `${cleanText(name).toLocaleLowerCase("vi")}\u0000${cleanText(unit).toLocaleLowerCase("vi")}`;
/** Whether two names are one person's (case and spacing aside). */
const sameName = (a: string, b: string) =>
  cleanText(a).toLocaleLowerCase("vi") === cleanText(b).toLocaleLowerCase("vi");

/**
 * Decides, row by row, what importing a roster into an event would do, without writing:
 * create a new attendee, update the one with the same e-mail or phone (only cells that
 * are filled and differ; an empty cell never erases), or skip with a reason. A row whose
 * e-mail and phone match no one is matched on name and unit instead, so that re-importing
 * a file without contact columns, or one where both changed, does not duplicate people;
 * when several stored people share that name and unit, the row is skipped as a possible
 * duplicate rather than guessed at. An invalid phone or e-mail does not cost the person
 * their row: they are imported without it, with a warning. A phone shared by people of
 * different names (a secretary's number, an office line) does not make them one person:
 * the first keeps it, the others are imported without it, with a warning.
 * Rows are planned in turns (turns.ts) so that a large file does not stall the server.
 */
export async function planRoster(file: RosterFile, existing: Existing[]): Promise<RosterPreview> {
  const byEmail = new Map(existing.filter((a) => a.email).map((a) => [a.email!, a]));
  const byPhone = new Map(existing.filter((a) => a.phone).map((a) => [a.phone!, a]));
  const byPerson = new Map<string, Existing[]>();
  for (const a of existing) {
    const key = personKey(a.name, a.unit);
    byPerson.set(key, [...(byPerson.get(key) ?? []), a]);
  }

  const cleaned = await mapInTurns(file.rows, ({ row, cells }) => {
    const clean = cleanRow(cells);
    const viaEmail = clean.email ? byEmail.get(clean.email) : undefined;
    const phoneHolder = clean.phone ? byPhone.get(clean.phone) : undefined;
    // Someone else's phone (another name, and the e-mail does not say it is them).
    const othersPhone =
      phoneHolder && phoneHolder.id !== viaEmail?.id && !sameName(phoneHolder.name, clean.name)
        ? phoneHolder
        : undefined;
    const viaPhone = othersPhone ? undefined : phoneHolder;
    return { row, clean, viaEmail, viaPhone, othersPhone };
  });
  // People some row of the file names by e-mail or phone are not anyone else's namesake:
  // another row of the same name and unit is someone else (or a duplicate of that row).
  const claimedByContact = new Set(
    cleaned
      .filter(({ clean }) => !clean.problem)
      .flatMap(({ viaEmail, viaPhone }) => [viaEmail?.id, viaPhone?.id])
      .filter((id): id is string => id !== undefined),
  );

  const rowOfEmail = new Map<string, number>();
  const rowOfPhone = new Map<string, number>();
  const rowOfPerson = new Map<string, number>();
  const rowOfAttendee = new Map<string, number>();

  const nameOfRow = new Map<number, string>();

  const rows = await mapInTurns(
    cleaned,
    ({ row, clean: read, viaEmail, viaPhone, othersPhone }): RosterPreviewRow => {
      const warnings: RosterWarning[] = [...read.warnings];
      let sharedPhoneWith = othersPhone?.name;
      const earlierPhoneRow = read.phone ? rowOfPhone.get(read.phone) : undefined;
      const earlierPhoneName = earlierPhoneRow ? nameOfRow.get(earlierPhoneRow) : undefined;
      if (earlierPhoneName !== undefined && !sameName(earlierPhoneName, read.name)) {
        sharedPhoneWith = earlierPhoneName;
      }
      if (sharedPhoneWith !== undefined) warnings.push("shared_phone");
      const clean = sharedPhoneWith === undefined ? read : { ...read, phone: null };
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
        return {
          ...base,
          reason: clean.problem,
          rawPhone: clean.rawPhone,
          rawEmail: clean.rawEmail,
        };
      }
      if (warnings.length > 0) {
        Object.assign(base, { warnings, rawPhone: clean.rawPhone, rawEmail: clean.rawEmail });
        if (sharedPhoneWith !== undefined) base.sharedPhoneWith = sharedPhoneWith;
      }
      const key = personKey(clean.name, clean.unit);
      const anonymous = !clean.email && !clean.phone;
      const earlier =
        (clean.email && rowOfEmail.get(clean.email)) ||
        (clean.phone && rowOfPhone.get(clean.phone)) ||
        (anonymous && rowOfPerson.get(key));
      if (earlier) return { ...base, reason: "duplicate_row", duplicateOf: earlier };

      // The e-mail is one person's and the phone another's: a person cannot be both.
      if (viaEmail && viaPhone && viaEmail.id !== viaPhone.id) {
        return { ...base, reason: "conflict", attendeeId: viaEmail.id };
      }
      let match = viaEmail ?? viaPhone;
      if (!match) {
        const namesakes = (byPerson.get(key) ?? []).filter((a) => !claimedByContact.has(a.id));
        if (namesakes.length > 1) {
          return {
            ...base,
            reason: "possible_duplicate",
            possibleDuplicates: namesakes.map(({ id, phone, email }) => ({ id, phone, email })),
          };
        }
        match = namesakes[0];
      }
      if (match) {
        const sameAs = rowOfAttendee.get(match.id);
        if (sameAs)
          return { ...base, reason: "duplicate_row", duplicateOf: sameAs, attendeeId: match.id };
        rowOfAttendee.set(match.id, row);
      }
      if (clean.email) rowOfEmail.set(clean.email, row);
      if (clean.phone) rowOfPhone.set(clean.phone, row);
      nameOfRow.set(row, clean.name);
      if (anonymous) rowOfPerson.set(key, row);
      if (!match) return { ...base, action: "create" };

      const found = match;
      const changes = UPDATABLE.filter((field) => {
        const value = clean[field];
        return value !== null && value !== "" && value !== found[field];
      });
      if (changes.length === 0) return { ...base, reason: "unchanged", attendeeId: match.id };
      return { ...base, action: "update", attendeeId: match.id, changes };
    },
  );

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
