import type { Me, StaffEventSummary } from "../../../shared/api.ts";
import { ApiRequestError, apiFetch, NetworkError, postJson } from "../../sync/api.ts";
import {
  claimStaffData,
  PENDING_LOGOUT_KEY,
  releaseStaffData,
  type StaffUser,
  staffDataOwner,
  wipeStaffData,
} from "./staffDevice.repo.ts";

export type { StaffEventSummary, StaffUser };

/** Signs a staff member in (the server sets an HttpOnly session cookie). */
export async function login(username: string, password: string): Promise<StaffUser> {
  if (localStorage.getItem(PENDING_LOGOUT_KEY)) {
    // End the session signed out offline before starting a new one.
    await postJson("/api/auth/logout", {});
    localStorage.removeItem(PENDING_LOGOUT_KEY);
  }
  const { user } = await postJson<{ user: StaffUser }>("/api/auth/login", { username, password });
  await claimStaffData(user);
  return user;
}

/**
 * Signs out: first wipes staff data from this device (so it is gone even with no
 * network), then ends the session on the server. When the server cannot be reached, the
 * sign-out is remembered and finished by the next getStaffSession() that can reach it.
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

/**
 * Who uses the staff screens. `offline`: the server could not be reached, and `user` is
 * the owner of the staff data on this device (null when none is known), so that a door
 * phone restarted in a hall still shows its staff area and can sign out.
 */
export type StaffSession =
  | { user: StaffUser; offline: false }
  | { user: StaffUser | null; offline: true };

/** This browser's staff session, or null when it is not (or no longer) signed in as staff. */
export async function getStaffSession(): Promise<StaffSession | null> {
  try {
    if (localStorage.getItem(PENDING_LOGOUT_KEY)) {
      // A sign-out made offline: the HttpOnly cookie is still there until the server ends it.
      await postJson("/api/auth/logout", {});
      localStorage.removeItem(PENDING_LOGOUT_KEY);
      return null;
    }
    const me = (await (await apiFetch("/api/me")).json()) as Me;
    if (me.kind !== "staff") {
      await releaseStaffData();
      return null;
    }
    await claimStaffData(me.user);
    return { user: me.user, offline: false };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      await releaseStaffData();
      return null;
    }
    if (error instanceof NetworkError) {
      // Signed out on this device already: only the server has yet to hear of it.
      if (localStorage.getItem(PENDING_LOGOUT_KEY)) return null;
      return { user: staffDataOwner(), offline: true };
    }
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
