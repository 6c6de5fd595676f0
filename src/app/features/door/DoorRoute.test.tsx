import { screen } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import type { DoorPack } from "../../../shared/api.ts";
import { toBase64Url } from "../../../shared/bytes.ts";
import { newTicketKeyPair, signTicket } from "../../../shared/ticket.ts";
import type { LocalCheckin } from "../../db/db.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import { doorMessages } from "./messages.ts";

const eventId = "01890000-0000-7000-8000-00000000e001";
const an = "01890000-0000-7000-8000-0000000a0001";
const keys = newTicketKeyPair();
const entry = {
  id: "01890000-0000-7000-8000-00000000c001",
  kind: "entry" as const,
  sessionId: null,
  title: "Vào hội trường",
  reentry: false,
  codeSecret: "s",
};
const pack: DoorPack = {
  event: { id: eventId, slug: "demo", title: "Hội nghị" },
  keys: [{ keyId: 1, publicKey: toBase64Url(keys.publicKey) }],
  revoked: [],
  attendees: [
    { id: an, name: "Nguyễn Văn An", unit: "Sở Nội vụ", ticket: "active", issuedAt: 1_750_000_100 },
  ],
  serverTime: "2026-12-01T00:00:00.000Z",
  lists: [entry],
  checkins: [],
};
const ticket = signTicket(
  { eventId, attendeeId: an, issuedAt: 1_750_000_100, keyId: 1 },
  keys.secretKey,
);
/** This phone let An in earlier (its own scan, not yet synced). */
const ownScan: LocalCheckin = {
  id: "01890000-0000-7000-8000-0000000s0001",
  eventId,
  listId: entry.id,
  attendeeId: an,
  at: "2026-12-01T01:12:00.000Z",
  method: "scan",
  name: "Nguyễn Văn An",
  unit: "Sở Nội vụ",
  annulled: false,
  annulReason: null,
};

// The test holds the answer of this phone's own scans, and plays the camera itself.
const own = vi.hoisted(() => {
  let release: (rows: LocalCheckin[]) => void = () => {};
  const rows = new Promise<LocalCheckin[]>((resolve) => {
    release = resolve;
  });
  return { rows, release: (r: LocalCheckin[]) => release(r) };
});
const camera = vi.hoisted(() => ({ onCode: (_text: string) => {} }));
vi.mock("./door.repo.ts", async (original) => ({
  ...(await original<typeof import("./door.repo.ts")>()),
  doorPackBySlug: async () => ({ pack, savedAt: "2026-12-01T00:00:00.000Z" }),
  refreshDoorPack: async () => {},
  ownAdmissions: () => own.rows,
  recordAdmission: async () => {},
}));
vi.mock("../scanner/Scanner.tsx", () => ({
  Scanner: (props: { onCode: (text: string) => void }) => {
    camera.onCode = props.onCode;
    return null;
  },
}));
vi.mock("../scanner/decoder.ts", () => ({ warmQrDecoder: async () => true }));
vi.mock("./feedback.ts", () => ({ signal: () => {} }));

const { default: DoorRoute } = await import("./DoorRoute.tsx");
const t = doorMessages.vi;

describe("the door page", () => {
  setUpStaffScreenTests();

  it("judges no code before it has read this phone's own scans, then paints it amber", async () => {
    renderInApp(() => <DoorRoute />, "/staff/e/demo/door", "/staff/e/:slug/door");
    await screen.findByLabelText(t.list);
    const panel = () => document.querySelector(".door__verdict")?.getAttribute("data-verdict");
    // The camera sees An's ticket while this phone's scans are still being read: judged
    // now, it would be green, and An admitted a second time by the same phone.
    camera.onCode(ticket);
    expect(panel()).toBe("none");
    own.release([ownScan]);
    // The next frame, once they are read (the 3 s repeat filter did not swallow it).
    await vi.waitFor(() => {
      camera.onCode(ticket);
      expect(panel()).toBe("already");
    });
  });
});
