import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import {
  type Badge,
  type Invitation,
  type InvitationSheet,
  PrintQuery,
  PrintSelectionBody,
} from "../../shared/api.ts";
import { inviteUrl } from "../admin/inviteLink.ts";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { readJson, validate } from "../http/body.ts";
import type { AppEnv } from "../http/context.ts";
import { attendees } from "../store/schema.ts";
import { ensureTickets, revokedTickets, ticketCode, ticketStatus } from "../tickets/issue.ts";

/**
 * The attendees a sheet is for: all, those of one unit, those with no unit, or the listed
 * ids (in unit order).
 */
async function selected(c: Context<AppEnv>, eventId: string) {
  // GET carries the selection in the query, POST (issue 12: any number of ids) in the body.
  const { unit, noUnit, ids } =
    c.req.method === "POST"
      ? await readJson(c, PrintSelectionBody)
      : validate(PrintQuery, c.req.query());
  const where: SQL[] = [eq(attendees.eventId, eventId)];
  if (unit) where.push(eq(attendees.unit, unit));
  if (noUnit) where.push(eq(attendees.unit, ""));
  if (ids?.length) where.push(inArray(attendees.id, ids));
  return c.var.store.db
    .select()
    .from(attendees)
    .where(and(...where))
    .orderBy(asc(attendees.unit), asc(attendees.name));
}

/** Printable sheets under /api/events/:slug: badges with ticket QR codes, invitations. */
export const printingRoutes = new Hono<AppEnv>()
  // GET /api/events/:slug/badges?unit=…&ids=a,b (or POST, the selection as JSON): issues
  // tickets to those who have none.
  .on(["GET", "POST"], "/:slug/badges", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const db = c.var.store.db;
    const people = await ensureTickets(db, event.id, await selected(c, event.id));
    const revoked = await revokedTickets(db, event.id);
    const badges: Badge[] = [];
    for (const person of people) {
      // A revoked ticket is not printed again: the organiser reissues it first.
      const active = ticketStatus(person, revoked) === "active";
      badges.push({
        id: person.id,
        name: person.name,
        unit: person.unit,
        position: person.position,
        code: active ? await ticketCode(db, person) : "",
      });
    }
    c.header("Cache-Control", "no-store");
    return c.json({ badges });
  })
  // GET /api/events/:slug/invitations?unit=…&ids=a,b (or POST): each current invite link.
  .on(["GET", "POST"], "/:slug/invitations", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const db = c.var.store.db;
    const invitations: Invitation[] = [];
    for (const person of await selected(c, event.id)) {
      invitations.push({
        id: person.id,
        name: person.name,
        unit: person.unit,
        position: person.position,
        url: await inviteUrl(db, c.var.config.publicUrl, person),
      });
    }
    c.header("Cache-Control", "no-store");
    const body: InvitationSheet = { invitations, lanUrl: c.var.config.lanUrl ?? null };
    return c.json(body);
  });
