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

  it("runs a lazy query once, however many callers await it", async () => {
    // Like a Drizzle query: nothing runs until `then`, and every `then` runs it again.
    let runs = 0;
    const lazyQuery: PromiseLike<number> = {
      // biome-ignore lint/suspicious/noThenProperty: the point — a lazy thenable, as a Drizzle query is.
      then: (onFulfilled, onRejected) => Promise.resolve(++runs).then(onFulfilled, onRejected),
    };
    const tx = fakeTx();
    const callers = [1, 2, 3].map(() => oncePerTransaction(tx, "lock", () => lazyQuery));
    expect(await Promise.all(callers)).toEqual([1, 1, 1]);
    expect(await oncePerTransaction(tx, "lock", () => lazyQuery)).toBe(1);
    expect(runs).toBe(1);
  });
});
