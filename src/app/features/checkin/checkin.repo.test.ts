import { beforeEach, describe, expect, it } from "vitest";
import { AppDb } from "../../db/db.ts";
import { mySelfCheckins, recordSelfCheckin } from "./checkin.repo.ts";

const eventId = "01890000-0000-7000-8000-00000000e001";
const input = {
  eventId,
  attendeeId: "01890000-0000-7000-8000-0000000a0001",
  listId: "01890000-0000-7000-8000-00000000c001",
  title: "Phiên khai mạc",
  digits: "123456",
};

describe("self check-in on the attendee's phone", () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`checkin-test-${Math.random()}`);
  });

  it("shows pending at once, then rejected with the reason or confirmed after sync", async () => {
    const first = await recordSelfCheckin(input, db);
    const second = await recordSelfCheckin({ ...input, digits: "654321" }, db);
    expect(await db.outbox.get(first.id)).toMatchObject({
      kind: "checkin.self",
      payload: { listId: input.listId, digits: "123456" },
    });
    expect((await mySelfCheckins(eventId, db)).map((c) => c.status)).toEqual([
      { state: "pending" },
      { state: "pending" },
    ]);
    // What the push engine does with the answers: applied leaves, rejected is parked.
    await db.outbox.delete(first.id);
    await db.outbox.update(second.id, { state: "parked", lastError: "code_expired" });
    const after = await mySelfCheckins(eventId, db);
    expect(after.find((c) => c.id === first.id)?.status).toEqual({ state: "confirmed" });
    expect(after.find((c) => c.id === second.id)?.status).toEqual({
      state: "rejected",
      reason: "code_expired",
    });
  });
});
