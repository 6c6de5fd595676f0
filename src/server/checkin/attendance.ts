import { and, asc, eq } from "drizzle-orm";
import type {
  AttendanceExportRow,
  AttendanceSummary,
  CheckinMethod,
  ListAttendance,
  ReviewItem,
} from "../../shared/checkin.ts";
import { zoneOffsetMs } from "../../shared/time.ts";
import type { EventRow } from "../auth/access.ts";
import type { Db } from "../store/db.ts";
import { attendees, checkinLists, checkinScans } from "../store/schema.ts";
import { deviceLabelVi, deviceNumbers } from "./devices.ts";
import { eventLists } from "./lists.ts";

type ScanRow = typeof checkinScans.$inferSelect;
type ListRow = typeof checkinLists.$inferSelect;
type Person = typeof attendees.$inferSelect;

/** Everything attendance is computed from, read once. */
export interface AttendanceData {
  people: Person[];
  lists: ListRow[];
  /** The check-in of each attendee on each list, keyed "listId:attendeeId". */
  accepted: Map<string, ScanRow>;
  /** Kept duplicates (not annulled) per "listId:attendeeId". */
  duplicates: Map<string, number>;
  /** Door phones' numbers ("máy 2"), devices.ts. */
  devices: Map<string, number>;
}

const key = (listId: string, attendeeId: string) => `${listId}:${attendeeId}`;

/** Reads an event's attendees, live lists and scans. */
export async function loadAttendance(db: Db, eventId: string): Promise<AttendanceData> {
  const people = await db
    .select()
    .from(attendees)
    .where(eq(attendees.eventId, eventId))
    .orderBy(asc(attendees.name), asc(attendees.id));
  const lists = await eventLists(db, eventId);
  const scans = await db.select().from(checkinScans).where(eq(checkinScans.eventId, eventId));
  const accepted = new Map<string, ScanRow>();
  const duplicates = new Map<string, number>();
  for (const scan of scans) {
    const k = key(scan.listId, scan.attendeeId);
    if (scan.status === "accepted") accepted.set(k, scan);
    if (scan.status === "duplicate") duplicates.set(k, (duplicates.get(k) ?? 0) + 1);
  }
  return { people, lists, accepted, duplicates, devices: await deviceNumbers(db, eventId) };
}

/** Present and absent per list, overall and per unit; phones only when `withPhones`. */
export function summarise(data: AttendanceData, withPhones: boolean): AttendanceSummary {
  const lists: ListAttendance[] = data.lists.map((list) => {
    const units = new Map<string, { unit: string; present: number; absent: number }>();
    const absentees: ListAttendance["absentees"] = [];
    let present = 0;
    let duplicates = 0;
    for (const person of data.people) {
      const here = data.accepted.has(key(list.id, person.id));
      duplicates += data.duplicates.get(key(list.id, person.id)) ?? 0;
      const unit = units.get(person.unit) ?? { unit: person.unit, present: 0, absent: 0 };
      units.set(person.unit, unit);
      if (here) {
        present++;
        unit.present++;
      } else {
        unit.absent++;
        absentees.push({
          id: person.id,
          name: person.name,
          unit: person.unit,
          phone: withPhones ? person.phone : null,
        });
      }
    }
    return {
      listId: list.id,
      title: list.title,
      kind: list.kind,
      present,
      absent: data.people.length - present,
      byUnit: [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, "vi")),
      absentees,
      duplicates,
    };
  });
  return { attendees: data.people.length, lists };
}

/** One object per attendee: entry check-in, session check-in times, duplicates. */
export function exportRows(data: AttendanceData): AttendanceExportRow[] {
  const entry = data.lists.find((l) => l.kind === "entry");
  return data.people.map((person) => {
    const first = entry ? data.accepted.get(key(entry.id, person.id)) : undefined;
    const sessions: Record<string, string> = {};
    let duplicates = 0;
    for (const list of data.lists) {
      duplicates += data.duplicates.get(key(list.id, person.id)) ?? 0;
      const scan = data.accepted.get(key(list.id, person.id));
      if (list.kind === "session" && list.sessionId && scan) {
        sessions[list.sessionId] = scan.at.toISOString();
      }
    }
    return {
      id: person.id,
      name: person.name,
      unit: person.unit,
      entry: first
        ? {
            at: first.at.toISOString(),
            device: deviceLabelVi(data.devices, first.deviceId),
            method: first.method,
          }
        : null,
      sessions,
      duplicates,
    };
  });
}

/** "2026-12-01 08:12" in the event's time zone. */
function localTime(at: Date, zone: string): string {
  return new Date(at.getTime() + zoneOffsetMs(at, zone))
    .toISOString()
    .slice(0, 16)
    .replace("T", " ");
}

const METHOD_VI: Record<CheckinMethod, string> = {
  scan: "Quét vé",
  manual: "Chọn theo tên",
  self: "Tự điểm danh",
};

/** The attendance table for CSV: name, unit, role, then per list time, device and method. */
export function exportTable(data: AttendanceData, event: EventRow): string[][] {
  const header = ["Họ và tên", "Đơn vị", "Chức vụ"];
  for (const list of data.lists) {
    header.push(`${list.title} – giờ`, `${list.title} – máy`, `${list.title} – cách`);
  }
  header.push("Lượt quét trùng");
  const rows = data.people.map((person) => {
    const row = [person.name, person.unit, person.position];
    let duplicates = 0;
    for (const list of data.lists) {
      const scan = data.accepted.get(key(list.id, person.id));
      duplicates += data.duplicates.get(key(list.id, person.id)) ?? 0;
      row.push(
        scan ? localTime(scan.at, event.timeZone) : "",
        scan ? deviceLabelVi(data.devices, scan.deviceId) : "",
        scan ? METHOD_VI[scan.method] : "",
      );
    }
    row.push(String(duplicates));
    return row;
  });
  return [header, ...rows];
}

/** Tickets admitted twice by phones that did not know, awaiting the organiser's decision. */
export async function reviewItems(db: Db, eventId: string): Promise<ReviewItem[]> {
  const pending = await db
    .select({ scan: checkinScans, person: attendees, list: checkinLists })
    .from(checkinScans)
    .innerJoin(attendees, eq(attendees.id, checkinScans.attendeeId))
    .innerJoin(checkinLists, eq(checkinLists.id, checkinScans.listId))
    .where(and(eq(checkinScans.eventId, eventId), eq(checkinScans.review, "pending")))
    .orderBy(asc(checkinScans.at));
  const devices = await deviceNumbers(db, eventId);
  const deviceNo = (id: string) => devices.get(id) ?? null;
  const items: ReviewItem[] = [];
  for (const { scan, person, list } of pending) {
    const [first] = await db
      .select()
      .from(checkinScans)
      .where(
        and(
          eq(checkinScans.listId, scan.listId),
          eq(checkinScans.attendeeId, scan.attendeeId),
          eq(checkinScans.status, "accepted"),
        ),
      );
    items.push({
      scanId: scan.id,
      attendee: { id: person.id, name: person.name, unit: person.unit },
      listId: list.id,
      listTitle: list.title,
      at: scan.at.toISOString(),
      deviceId: scan.deviceId,
      deviceNo: deviceNo(scan.deviceId),
      first: first
        ? {
            scanId: first.id,
            at: first.at.toISOString(),
            deviceId: first.deviceId,
            deviceNo: deviceNo(first.deviceId),
          }
        : null,
    });
  }
  return items;
}
