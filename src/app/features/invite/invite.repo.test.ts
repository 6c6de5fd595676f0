import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/db.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { testEvent, testPack } from "../../testing/packFixtures.ts";
import { stubStorage } from "../offline/stubStorage.ts";
import { redeemInvite } from "./invite.repo.ts";

/** The server's side of redeeming an invite to event "demo". */
function serveInvite() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      if (url === "/api/invites/redeem") return jsonResponse({ event: { slug: "demo" } });
      if (url.startsWith("/api/events/demo/pack"))
        return jsonResponse(testPack({ event: testEvent() }));
      return apiErrorResponse(404, "no_ticket", "no ticket");
    }),
  );
}

describe("redeemInvite", () => {
  let restore = () => {};
  afterEach(async () => {
    restore();
    vi.unstubAllGlobals();
    await db.delete();
    await db.open();
  });

  it("asks the browser to keep the data once the event is on the device", async () => {
    serveInvite();
    const stub = stubStorage({ grant: false });
    restore = stub.restore;
    let eventWhenAsked: unknown = "not asked";
    stub.storage.persist.mockImplementation(async () => {
      eventWhenAsked = await db.events.where("slug").equals("demo").first();
      return false;
    });
    expect(await redeemInvite("token", () => {})).toBe("demo");
    // Not awaited by redeemInvite: wait for the request and what it saw on the device.
    await vi.waitFor(() => expect(eventWhenAsked).toMatchObject({ slug: "demo" }));
    expect(stub.storage.persist).toHaveBeenCalledTimes(1);
  });

  it("does not ask when the pack could not be downloaded", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) => {
        if (url === "/api/invites/redeem") return jsonResponse({ event: { slug: "demo" } });
        // The connection drops during the pack.
        throw new TypeError("offline");
      }),
    );
    const stub = stubStorage({ grant: true });
    restore = stub.restore;
    await expect(redeemInvite("token", () => {})).rejects.toThrow();
    expect(stub.storage.persist).not.toHaveBeenCalled();
  });
});
