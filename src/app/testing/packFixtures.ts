import type { AttendeeTicket } from "../../shared/api.ts";
import type { EventPack, PackEvent, PackSession } from "../../shared/pack.ts";

/**
 * Builders of event-pack data for unit tests: event e1 (slug "demo", one day in Vietnam's
 * zone), its sessions and the pack that carries them. Defaults are blank or plain; a test
 * passes as overrides every value it asserts on, so what it checks stays in the test.
 */

export function testEvent(overrides: Partial<PackEvent> = {}): PackEvent {
  return {
    id: "e1",
    slug: "demo",
    title: "Hội nghị",
    organiser: "",
    venue: "",
    description: "",
    timeZone: "Asia/Ho_Chi_Minh",
    startsOn: "2015-06-26",
    endsOn: "2015-06-26",
    ...overrides,
  };
}

/** A talk of event e1 titled by its id, 08:00–09:00 on the event's day, at version 1. */
export function testSession(id: string, overrides: Partial<PackSession> = {}): PackSession {
  return {
    id,
    eventId: "e1",
    title: id,
    description: "",
    kind: "talk",
    room: "",
    startsAt: "2015-06-26T01:00:00.000Z",
    endsAt: "2015-06-26T02:00:00.000Z",
    speakers: [],
    materialIds: [],
    version: 1,
    ...overrides,
  };
}

/** A full pack (since 0) at version 1 of testEvent(), with nothing in it unless given. */
export function testPack(overrides: Partial<EventPack> = {}): EventPack {
  return {
    event: testEvent(),
    attendee: null,
    sessions: [],
    materials: [],
    deleted: { sessions: [], materials: [] },
    version: 1,
    since: 0,
    serverTime: "2015-06-25T00:00:00.000Z",
    ...overrides,
  };
}

/** Attendee a1's ticket for event e1 (its code is not a real signature). */
export function testTicket(overrides: Partial<AttendeeTicket> = {}): AttendeeTicket {
  return {
    eventId: "e1",
    attendeeId: "a1",
    name: "Hoàng Xuân Giang",
    unit: "UBND",
    position: "",
    code: "ABC",
    issuedAt: 1,
    keyId: 1,
    ...overrides,
  };
}
