import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { type EventRole, type EventRow, roleOn } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import type { Db } from "../store/db.ts";
import { events } from "../store/schema.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Event lookups in flight, by database and ref. */
const inFlight = new WeakMap<Db, Map<string, Promise<EventRow | undefined>>>();

/**
 * The event of a slug or id. Requests that ask for the same one while a lookup is in
 * flight share it (a herd of devices reconnecting at once pushes to one event: one read,
 * not a thousand queued in the pool); nothing is kept once it answered, so an event's
 * change or deletion is seen by the next request.
 */
function findEvent(db: Db, ref: string): Promise<EventRow | undefined> {
  let pending = inFlight.get(db);
  if (!pending) {
    pending = new Map();
    inFlight.set(db, pending);
  }
  const key = UUID.test(ref) ? ref.toLowerCase() : ref;
  const shared = pending.get(key);
  if (shared) return shared;
  const column = UUID.test(ref) ? events.id : events.slug;
  const lookup = db
    .select()
    .from(events)
    .where(eq(column, key))
    .then((rows) => rows[0])
    .finally(() => pending.delete(key));
  pending.set(key, lookup);
  return lookup;
}

/**
 * Like requireEventRole, but `ref` may be the event's slug or its id: a door phone's outbox
 * entry knows the event id even when the phone holds no pack of the event. 401 for nobody
 * signed in, 404 for no such event, 403 for a requester without one of `allowed` roles.
 */
export async function requireEventRoleByRef(
  c: Context<AppEnv>,
  ref: string,
  allowed: readonly EventRole[],
): Promise<{ event: EventRow; role: EventRole }> {
  if (!c.var.staff && !c.var.attendee) throw unauthenticated();
  const event = await findEvent(c.var.store.db, ref);
  if (!event) throw notFound("event");
  const role = await roleOn(c, event);
  if (!role || !allowed.includes(role)) throw forbidden();
  return { event, role };
}
