import { describe, expect, it } from "vitest";
import { HashQueueFullError, makeHashQueue } from "./hashQueue.ts";

describe("the password hashing queue", () => {
  it("runs at most `running` at once, queues `waiting` more in order, refuses beyond", async () => {
    const queue = makeHashQueue({ running: 2, waiting: 2 });
    const started: number[] = [];
    const finish = new Map<number, () => void>();
    const task = (n: number) =>
      queue.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(n);
            finish.set(n, () => resolve(n));
          }),
      );
    const runs = [1, 2, 3, 4].map(task);
    expect(started).toEqual([1, 2]);
    expect(queue.load).toEqual({ running: 2, waiting: 2 });
    await expect(task(5)).rejects.toBeInstanceOf(HashQueueFullError);
    finish.get(1)!();
    await runs[0];
    await expect.poll(() => started).toEqual([1, 2, 3]);
    finish.get(2)!();
    finish.get(3)!();
    await expect.poll(() => started).toEqual([1, 2, 3, 4]);
    finish.get(4)!();
    expect(await Promise.all(runs)).toEqual([1, 2, 3, 4]);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when the work fails", async () => {
    const queue = makeHashQueue({ running: 1, waiting: 0 });
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => 7)).toBe(7);
  });
});
