import Dexie, { type EntityTable } from "dexie";
import type { PackAttendee, PackEvent, PackMaterial, PackSession } from "../../shared/pack.ts";

/** What the device knows of its copy of one event's pack. */
export interface PackState {
  eventId: string;
  slug: string;
  /** Event version the device holds; the next pull asks for `since=version`. */
  version: number;
  /** When the last successful pull finished (device clock, ISO 8601). */
  pulledAt: string;
  /** The attendee this device is signed in as for the event, if any. */
  attendee: PackAttendee | null;
}

/** A queued change to push to the server (DESIGN §5). */
export interface OutboxEntry {
  id: string;
  kind: string;
  payload: unknown;
  createdAt: string;
  attempts: number;
  lastError: string | null;
}

/** The one Dexie database of the app: every schema version is declared here. */
export class AppDb extends Dexie {
  events!: EntityTable<PackEvent, "id">;
  sessions!: EntityTable<PackSession, "id">;
  materials!: EntityTable<PackMaterial, "id">;
  packs!: EntityTable<PackState, "eventId">;
  outbox!: EntityTable<OutboxEntry, "id">;

  constructor(name = "tap-huan") {
    super(name);
    this.version(1).stores({
      events: "id, &slug",
      sessions: "id, eventId, startsAt",
      materials: "id, eventId",
      packs: "eventId, &slug",
      outbox: "id, createdAt",
    });
  }
}

/** The app's database; tests construct their own AppDb over fake-indexeddb. */
export const db = new AppDb();
