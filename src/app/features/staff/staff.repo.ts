import type { Me } from "../../../shared/api.ts";
import { ApiRequestError, apiFetch, postJson } from "../../sync/api.ts";

export interface StaffEventSummary {
  id: string;
  slug: string;
  title: string;
  venue: string;
  startsOn: string;
  endsOn: string;
}

export type StaffUser = Extract<Me, { kind: "staff" }>["user"];

/** Signs a staff member in (the server sets an HttpOnly session cookie). */
export async function login(username: string, password: string): Promise<StaffUser> {
  const { user } = await postJson<{ user: StaffUser }>("/api/auth/login", { username, password });
  return user;
}

/** Signs out on the server. */
export async function logout(): Promise<void> {
  await postJson("/api/auth/logout", {});
}

/** The signed-in staff member, or null when this browser is not signed in as staff. */
export async function getStaffUser(): Promise<StaffUser | null> {
  try {
    const me = (await (await apiFetch("/api/me")).json()) as Me;
    return me.kind === "staff" ? me.user : null;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** Events this staff member works on. */
export async function listStaffEvents(): Promise<StaffEventSummary[]> {
  const { events } = (await (await apiFetch("/api/events")).json()) as {
    events: StaffEventSummary[];
  };
  return events;
}
