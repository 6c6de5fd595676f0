import { afterEach, describe, expect, it } from "vitest";
import { getStorageState, requestPersistence } from "./storage.ts";
import { stubStorage } from "./stubStorage.ts";

describe("persistent storage", () => {
  let restore = () => {};
  afterEach(() => restore());

  it("asks the browser and reports its answer", async () => {
    const stub = stubStorage({ grant: false });
    restore = stub.restore;
    expect(await requestPersistence()).toBe(false);
    expect(stub.storage.persist).toHaveBeenCalledTimes(1);
    expect(await getStorageState()).toEqual({
      persisted: false,
      usage: 1_000_000,
      quota: 100_000_000,
    });
  });

  it("does not ask again once the data is kept", async () => {
    const stub = stubStorage({ grant: true, persisted: true });
    restore = stub.restore;
    expect(await requestPersistence()).toBe(true);
    expect(stub.storage.persist).not.toHaveBeenCalled();
  });

  it("answers false where the browser has no storage manager", async () => {
    expect("storage" in navigator).toBe(false);
    expect(await requestPersistence()).toBe(false);
    expect((await getStorageState()).persisted).toBeNull();
  });
});
