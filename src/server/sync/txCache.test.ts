import { describe, expect, it } from "vitest";
import type { Tx } from "./opKind.ts";
import { oncePerTransaction } from "./txCache.ts";

const fakeTx = () => ({}) as Tx;

describe("oncePerTransaction", () => {
  it("loads once per transaction and key", async () => {
    const tx = fakeTx();
    let loads = 0;
    const load = async () => ++loads;
    expect(await oncePerTransaction(tx, "a", load)).toBe(1);
    expect(await oncePerTransaction(tx, "a", load)).toBe(1);
    expect(await oncePerTransaction(tx, "b", load)).toBe(2);
    // A savepoint is another transaction object: it reads for itself.
    expect(await oncePerTransaction(fakeTx(), "a", load)).toBe(3);
  });

  it("forgets a failed load", async () => {
    const tx = fakeTx();
    await expect(
      oncePerTransaction(tx, "a", async () => {
        throw new Error("connection lost");
      }),
    ).rejects.toThrow("connection lost");
    expect(await oncePerTransaction(tx, "a", async () => "read again")).toBe("read again");
  });
});
