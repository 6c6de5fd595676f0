import type { Store } from "../store/db.ts";

/** Who a request is from, once the session cookie has been checked. */
export interface StaffPrincipal {
  kind: "staff";
  id: string;
  username: string;
  role: "admin" | "organiser" | "trainer";
}
export interface AttendeePrincipal {
  kind: "attendee";
  id: string;
  eventId: string;
  name: string;
}

export interface AppConfig {
  version: string;
  /** Base of invite links and printed QR codes, without a trailing slash. */
  publicUrl: string;
  /**
   * Issue 13: when PUBLIC_URL is not set, the LAN address phones could open (null when the
   * server listens on this computer only): print pages suggest it.
   */
  lanUrl?: string | null;
  /** Built PWA to serve; omitted in API-only tests. */
  distDir?: string | undefined;
  /** Issue 12: most rows one roster file may hold (ROSTER_MAX_ROWS; default 20,000). */
  rosterMaxRows?: number;
  /** Issue 12: most bytes an uploaded .xlsx may expand to (default 50 MiB; tests lower it). */
  rosterMaxUnzippedBytes?: number;
}

/** Hono environment shared by every route module. */
export interface AppEnv {
  Variables: {
    store: Store;
    config: AppConfig;
    staff: StaffPrincipal | null;
    attendee: AttendeePrincipal | null;
    /** Issue 9: a push's announcement to the group commit (routes/ops.ts), when announced. */
    pushArrived?: () => void;
  };
}
