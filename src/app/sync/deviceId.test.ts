import { afterEach, describe, expect, it } from "vitest";
import { isUuid } from "../../shared/ids.ts";
import { AppDb } from "../db/db.ts";
import { deviceId } from "./deviceId.ts";

describe("deviceId", () => {
  const db = new AppDb(`device-${Math.random()}`);
  afterEach(async () => {
    await db.delete();
  });

  it("is made once and kept, even when asked for twice at once", async () => {
    const [a, b] = await Promise.all([deviceId(db), deviceId(db)]);
    expect(isUuid(a)).toBe(true);
    expect(b).toBe(a);
    expect(await deviceId(db)).toBe(a);
    expect(await db.syncMeta.toArray()).toEqual([{ key: "deviceId", value: a }]);
  });
});
