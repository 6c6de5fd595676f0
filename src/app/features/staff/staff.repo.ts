import type { Me, StaffEventSummary } from "../../../shared/api.ts";
import { ApiRequestError, apiFetch, NetworkError, postJson } from "../../sync/api.ts";
import { PENDING_LOGOUT_KEY, wipeStaffData } from "./staffDevice.repo.ts";

export type { StaffEventSummary };

export type StaffUser = Extract<Me, { kind: "staff" }>["user"];

/** Signs a staff member in (the server sets an HttpOnly session cookie). */
export async function login(username: string, password: string): Promise<StaffUser> {
  if (localStorage.getItem(PENDING_LOGOUT_KEY)) {
    // End the session signed out offline before starting a new one.
    await postJson("/api/auth/logout", {});
    localStorage.removeItem(PENDING_LOGOUT_KEY);
  }
  const { user } = await postJson<{ user: StaffUser }>("/api/auth/login", { username, password });
  return user;
}

/**
 * Signs out: first wipes staff data from this device (so it is gone even with no
 * network), then ends the session on the server. When the server cannot be reached, the
 * sign-out is remembered and finished by the next getStaffUser() that can reach it.
 */
export async function logout(): Promise<void> {
  await wipeStaffData();
  localStorage.setItem(PENDING_LOGOUT_KEY, "1");
  try {
    await postJson("/api/auth/logout", {});
    localStorage.removeItem(PENDING_LOGOUT_KEY);
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
}

/** The signed-in staff member, or null when this browser is not signed in as staff. */
export async function getStaffUser(): Promise<StaffUser | null> {
  if (localStorage.getItem(PENDING_LOGOUT_KEY)) {
    // A sign-out made offline: the HttpOnly cookie is still there until the server ends it.
    await postJson("/api/auth/logout", {});
    localStorage.removeItem(PENDING_LOGOUT_KEY);
    return null;
  }
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

/** Changes the signed-in staff member's password (their other devices are signed out). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await postJson("/api/auth/password", { currentPassword, newPassword });
}
