import type { DoorCheckin, DoorPack } from "../../../shared/api.ts";
import { CHECKIN_ANNUL, CHECKIN_SCAN, type ScanPayload } from "../../../shared/checkin.ts";
import { type AppDb, db as appDb, type LocalCheckin } from "../../db/db.ts";
import { apiFetch } from "../../sync/api.ts";
import { serverNow } from "../../sync/clockOffset.ts";
import { enqueue } from "../../sync/enqueue.ts";
import { getDoorPack } from "../staff/staffDevice.repo.ts";
import type { KnownCheckin } from "./verdict.ts";

/** What the door records for one admitted person. */
export interface DoorAdmission {
  eventId: string;
  listId: string;
  attendee: { id: string; name: string; unit: string };
  /** The ticket text as scanned; null when picked by name. */
  code: string | null;
  shown: "admitted" | "already_in";
}

/**
 * Records an admission: the local row (for amber verdicts and the last scans) and its
 * "checkin.scan" op in one transaction, so neither exists without the other.
 */
export async function recordAdmission(
  admission: DoorAdmission,
  db: AppDb = appDb,
): Promise<LocalCheckin> {
  const payload: ScanPayload = admission.code
    ? { method: "scan", listId: admission.listId, code: admission.code, shown: admission.shown }
    : {
        method: "manual",
        listId: admission.listId,
        attendeeId: admission.attendee.id,
        shown: admission.shown,
      };
  return db.transaction("rw", db.checkins, db.outbox, async (tx) => {
    const entry = await enqueue(tx, { kind: CHECKIN_SCAN, eventId: admission.eventId, payload });
    const row: LocalCheckin = {
      id: entry.id,
      eventId: admission.eventId,
      listId: admission.listId,
      attendeeId: admission.attendee.id,
      at: new Date(serverNow()).toISOString(),
      method: payload.method,
      name: admission.attendee.name,
      unit: admission.attendee.unit,
      annulled: false,
      annulReason: null,
    };
    await db.checkins.add(row);
    return row;
  });
}

/** "Hủy" on a scan: marked annulled here, and its own "checkin.annul" op queued. */
export async function annulAdmission(
  checkin: LocalCheckin,
  reason: string,
  db: AppDb = appDb,
): Promise<void> {
  await db.transaction("rw", db.checkins, db.outbox, async (tx) => {
    await db.checkins.update(checkin.id, { annulled: true, annulReason: reason });
    await enqueue(tx, {
      kind: CHECKIN_ANNUL,
      eventId: checkin.eventId,
      payload: { scanId: checkin.id, reason },
    });
  });
}

/** This device's scans of a list, newest first. */
export async function recentAdmissions(
  eventId: string,
  listId: string,
  limit = 20,
  db: AppDb = appDb,
): Promise<LocalCheckin[]> {
  const rows = await db.checkins.where({ eventId, listId }).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

/**
 * Every check-in the door knows of for a list: synced ones from the door pack and this
 * device's own (an own scan annulled here counts as annulled even before it syncs).
 */
export function knownCheckins(
  synced: readonly DoorCheckin[],
  own: readonly LocalCheckin[],
  thisDevice: string,
): KnownCheckin[] {
  const byId = new Map<string, KnownCheckin>();
  for (const c of synced) {
    if (c.status === "duplicate") continue;
    byId.set(c.id, {
      attendeeId: c.attendeeId,
      listId: c.listId,
      at: c.at,
      deviceId: c.deviceId,
      annulled: c.status === "annulled",
    });
  }
  for (const c of own) {
    const seen = byId.get(c.id);
    byId.set(c.id, {
      attendeeId: c.attendeeId,
      listId: c.listId,
      at: c.at,
      deviceId: seen?.deviceId ?? thisDevice,
      annulled: c.annulled || (seen?.annulled ?? false),
    });
  }
  return [...byId.values()];
}

/**
 * Refreshes the door pack, asking only for scans newer than the stored ones (since=) and
 * merging them in. Keys, revocations, names and lists come whole (they are small).
 */
export async function refreshDoorPack(
  slug: string,
  eventId: string | null,
  db: AppDb = appDb,
): Promise<DoorPack> {
  const held = eventId ? await getDoorPack(eventId, db) : null;
  const since = held?.pack.checkinVersion;
  const query = since === undefined ? "" : `?since=${since}`;
  const response = await apiFetch(`/api/events/${encodeURIComponent(slug)}/door-pack${query}`);
  const fresh = (await response.json()) as DoorPack;
  const merged = new Map((held?.pack.checkins ?? []).map((c) => [c.id, c]));
  for (const c of fresh.checkins ?? []) merged.set(c.id, c);
  const pack: DoorPack = { ...fresh, checkins: [...merged.values()] };
  await db.staffData.put({
    key: `door-pack:${pack.event.id}`,
    eventId: pack.event.id,
    value: pack,
    savedAt: new Date().toISOString(),
  });
  return pack;
}

/** The door pack of the event with this slug, found on the device with no network. */
export async function doorPackBySlug(
  slug: string,
  db: AppDb = appDb,
): Promise<{ pack: DoorPack; savedAt: string } | null> {
  const records = await db.staffData.filter((r) => r.key.startsWith("door-pack:")).toArray();
  const record = records.find((r) => (r.value as DoorPack).event.slug === slug);
  return record ? { pack: record.value as DoorPack, savedAt: record.savedAt } : null;
}

/** This device's scans of an event (all lists), for the known check-ins. */
export function ownAdmissions(eventId: string, db: AppDb = appDb): Promise<LocalCheckin[]> {
  return db.checkins.where("eventId").equals(eventId).toArray();
}
