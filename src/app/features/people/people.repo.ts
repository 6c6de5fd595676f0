import type {
  Badge,
  InvitationSheet,
  RosterPreview,
  StaffAttendeeList,
} from "../../../shared/api.ts";
import { apiFetch, postJson } from "../../sync/api.ts";

const base = (slug: string) => `/api/events/${encodeURIComponent(slug)}`;

/** The event's roster as the signed-in staff member may see it. */
export async function listAttendees(slug: string): Promise<StaffAttendeeList> {
  return (await (await apiFetch(`${base(slug)}/attendees`)).json()) as StaffAttendeeList;
}

function upload(path: string, file: Blob): Promise<Response> {
  return apiFetch(path, {
    method: "POST",
    // The server reads the file by its bytes; browsers name .csv types inconsistently.
    headers: { "content-type": "application/octet-stream" },
    body: file,
  });
}

/** What importing a roster file would do, row by row; nothing is written. */
export async function previewRoster(slug: string, file: Blob): Promise<RosterPreview> {
  return (await (await upload(`${base(slug)}/roster/preview`, file)).json()) as RosterPreview;
}

/** Imports the file, if the server's plan is still the previewed one (else roster_changed). */
export async function importRoster(
  slug: string,
  file: Blob,
  planHash: string,
): Promise<RosterPreview> {
  const path = `${base(slug)}/roster/import?planHash=${encodeURIComponent(planHash)}`;
  return (await (await upload(path, file)).json()) as RosterPreview;
}

/** Which attendees a sheet is for; both empty means the whole roster. */
export interface PrintSelection {
  unit?: string | undefined;
  /** The people with no unit. */
  noUnit?: boolean | undefined;
  ids?: string[] | undefined;
}

/** Badges (with signed ticket codes) for a selection of the roster, of any size (in a body). */
export async function getBadges(slug: string, selection: PrintSelection): Promise<Badge[]> {
  return (await postJson<{ badges: Badge[] }>(`${base(slug)}/badges`, selection)).badges;
}

/** Printable invitations (personal invite links) for a selection of the roster. */
export async function getInvitations(
  slug: string,
  selection: PrintSelection,
): Promise<InvitationSheet> {
  return postJson<InvitationSheet>(`${base(slug)}/invitations`, selection);
}

/** Revokes an attendee's ticket, or replaces it with a new one (the old one is revoked). */
export async function changeTicket(slug: string, attendeeId: string, action: "revoke" | "reissue") {
  await postJson(`${base(slug)}/attendees/${attendeeId}/ticket/${action}`, {});
}

/**
 * Revokes an attendee's invite link (signing out their devices), or replaces it with a
 * new one, whose URL is returned.
 */
export async function changeInvite(
  slug: string,
  attendeeId: string,
  action: "revoke" | "reissue",
): Promise<string | null> {
  const body = await postJson<{ url?: string }>(
    `${base(slug)}/attendees/${attendeeId}/invite/${action}`,
    {},
  );
  return body.url ?? null;
}

/** How many devices may use an attendee's invite at once. */
export async function setMaxDevices(slug: string, attendeeId: string, maxDevices: number) {
  await apiFetch(`${base(slug)}/attendees/${attendeeId}/devices`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ maxDevices }),
  });
}
