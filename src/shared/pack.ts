/**
 * The event pack: everything an attendee's device stores to follow an event offline.
 * The server builds it (src/server/routes/pack.ts); the app stores it in Dexie
 * (src/app/sync/pullPack.ts). A pack with `since > 0` carries only what changed after
 * that version, deletions included.
 */

import type { FileMime } from "./files.ts";

export interface Speaker {
  name: string;
  title: string;
}

export type SessionKind = "talk" | "break" | "ceremony";

export interface PackEvent {
  id: string;
  slug: string;
  title: string;
  organiser: string;
  venue: string;
  description: string;
  /** IANA zone every time of the event is shown in, whatever the phone's zone. */
  timeZone: string;
  /** First and last day, "YYYY-MM-DD" in the event's zone. */
  startsOn: string;
  endsOn: string;
  /** Hosts whose images and iframes materials may embed (absent: none). */
  embedDomains?: string[];
}

export interface PackSession {
  id: string;
  eventId: string;
  title: string;
  description: string;
  kind: SessionKind;
  room: string;
  /** ISO 8601 instants (UTC). */
  startsAt: string;
  endsAt: string;
  speakers: Speaker[];
  materialIds: string[];
  version: number;
}

export interface PackMaterial {
  id: string;
  eventId: string;
  title: string;
  /** Markdown source; rendered sanitised on the device. */
  body: string;
  /** The attached PDF or image; fetched separately for offline reading. */
  file: PackFile | null;
  version: number;
}

/** A material's file as attendees see it. Its URL names one content forever. */
export interface PackFile {
  id: string;
  /** Same-origin path, e.g. /api/events/demo/files/<id>. */
  url: string;
  /** The uploader's file name: show it as text only. */
  name: string;
  mime: FileMime;
  /** Bytes. */
  size: number;
}

/** The attendee the pack was made for: what the phone shows as "you". */
export interface PackAttendee {
  id: string;
  name: string;
  unit: string;
  position: string;
}

export interface EventPack {
  event: PackEvent;
  attendee: PackAttendee | null;
  sessions: PackSession[];
  materials: PackMaterial[];
  deleted: { sessions: string[]; materials: string[] };
  /** The version the device holds after applying this pack. */
  version: number;
  /** The version this pack starts from (0 = full pack). */
  since: number;
  /** Server clock, ISO 8601, for the device's clock offset. */
  serverTime: string;
}
