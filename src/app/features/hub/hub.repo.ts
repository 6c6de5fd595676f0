import type { EventOverview } from "../../../shared/api.ts";
import { apiFetch } from "../../sync/api.ts";

export type { EventOverview };

/** The event hub's figures and the signed-in staff member's role on the event. */
export async function getOverview(slug: string): Promise<EventOverview> {
  return (await apiFetch(`/api/events/${encodeURIComponent(slug)}/overview`)).json();
}
