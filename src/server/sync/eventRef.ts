import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { type EventRole, type EventRow, roleOn } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { events } from "../store/schema.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  const column = UUID.test(ref) ? events.id : events.slug;
  const [event] = await c.var.store.db
    .select()
    .from(events)
    .where(eq(column, UUID.test(ref) ? ref.toLowerCase() : ref));
  if (!event) throw notFound("event");
  const role = await roleOn(c, event);
  if (!role || !allowed.includes(role)) throw forbidden();
  return { event, role };
}
