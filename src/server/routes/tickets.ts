import { asc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { type AttendeeTicket, type DoorPack, DoorPackQuery } from "../../shared/api.ts";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { doorPackCheckins } from "../checkin/doorPack.ts";
import { validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, eventNotPublished } from "../http/errors.ts";
import { attendees, ticketRevocations } from "../store/schema.ts";
import {
  ensureTickets,
  reissueTicket,
  revokedTickets,
  revokeTicket,
  ticketCode,
  ticketStatus,
} from "../tickets/issue.ts";
import { eventPublicKeys } from "../tickets/keys.ts";
import { eventAttendee } from "./eventAttendee.ts";

/** Ticket QR codes (DESIGN §4), under /api/events/:slug. */
export const ticketRoutes = new Hono<AppEnv>()
  // GET /api/events/:slug/ticket: the signed-in attendee's own ticket, issued on first ask.
  .get("/:slug/ticket", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), ["attendee"]);
    if (!event.published) throw eventNotPublished();
    const db = c.var.store.db;
    const [row] = await db.select().from(attendees).where(eq(attendees.id, c.var.attendee!.id));
    const [person] = await ensureTickets(db, event.id, row ? [row] : []);
    if (!person || ticketStatus(person, await revokedTickets(db, event.id)) !== "active") {
      throw new ApiError(
        404,
        "no_ticket",
        "your ticket was revoked; ask the organisers for a new one",
      );
    }
    const ticket: AttendeeTicket = {
      eventId: event.id,
      attendeeId: person.id,
      name: person.name,
      unit: person.unit,
      position: person.position,
      code: await ticketCode(db, person),
      issuedAt: person.ticketIssuedAt!,
      keyId: person.ticketKeyId!,
    };
    c.header("Cache-Control", "no-store");
    return c.json(ticket);
  })
  // GET /api/events/:slug/door-pack: keys, revocations and names for offline scanning.
  .get("/:slug/door-pack", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const { since } = validate(DoorPackQuery, c.req.query());
    const db = c.var.store.db;
    const revoked = await db
      .select({ attendeeId: ticketRevocations.attendeeId, issuedAt: ticketRevocations.issuedAt })
      .from(ticketRevocations)
      .where(eq(ticketRevocations.eventId, event.id));
    const revokedSet = new Set(revoked.map((r) => `${r.attendeeId}:${r.issuedAt}`));
    const people = await db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, event.id))
      .orderBy(asc(attendees.name));
    const pack: DoorPack = {
      event: { id: event.id, slug: event.slug, title: event.title },
      keys: await eventPublicKeys(db, event.id),
      revoked,
      // Only what scanning shows: phone and e-mail stay on the server.
      attendees: people.map((p) => ({
        id: p.id,
        name: p.name,
        unit: p.unit,
        ticket: ticketStatus(p, revokedSet),
        issuedAt: p.ticketIssuedAt,
      })),
      serverTime: new Date().toISOString(),
      ...(await doorPackCheckins(db, event.id, since)),
    };
    c.header("Cache-Control", "no-store");
    return c.json(pack);
  })
  // POST /api/events/:slug/attendees/:attendeeId/ticket/revoke
  .post("/:slug/attendees/:attendeeId/ticket/revoke", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const person = await eventAttendee(c, event);
    if (!(await revokeTicket(c.var.store.db, person))) {
      throw new ApiError(404, "no_ticket", "this attendee has no ticket to revoke");
    }
    return c.json({ ticket: "revoked" });
  })
  // POST /api/events/:slug/attendees/:attendeeId/ticket/reissue: revokes the old ticket.
  .post("/:slug/attendees/:attendeeId/ticket/reissue", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const person = await reissueTicket(c.var.store.db, await eventAttendee(c, event));
    return c.json({
      ticket: "active",
      issuedAt: person.ticketIssuedAt,
      code: await ticketCode(c.var.store.db, person),
    });
  });
