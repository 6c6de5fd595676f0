import { afterEach, describe, expect, it, vi } from "vitest";
import { BatchLoader } from "./batchLoader.ts";

/** A loader over a fixed table that records the keys of each query it makes. */
function recording(
  table: Record<string, number>,
  options?: ConstructorParameters<typeof BatchLoader<string, number>>[1],
) {
  const queries: string[][] = [];
  const loader = new BatchLoader<string, number>(async (keys) => {
    queries.push(keys);
    return new Map(keys.filter((k) => k in table).map((k) => [k, table[k]!]));
  }, options);
  return { loader, queries };
}

describe("BatchLoader", () => {
  it("reads the keys asked for in one turn with one query, each key once", async () => {
    const { loader, queries } = recording({ a: 1, b: 2 });
    const answers = await Promise.all([
      loader.load("a"),
      loader.load("b"),
      loader.load("a"),
      loader.load("none"),
    ]);
    expect(answers).toEqual([1, 2, 1, undefined]);
    expect(queries).toEqual([["a", "b", "none"]]);
  });

  it("keeps nothing once answered: a later turn reads again and sees changes", async () => {
    const table: Record<string, number> = { a: 1 };
    const { loader, queries } = recording(table);
    expect(await loader.load("a")).toBe(1);
    table.a = 2;
    expect(await loader.load("a")).toBe(2);
    expect(queries).toEqual([["a"], ["a"]]);
  });

  it("shares a read in flight with a request for the same key in the next turn", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queries: string[][] = [];
    const loader = new BatchLoader<string, number>(async (keys) => {
      queries.push(keys);
      await gate;
      return new Map(keys.map((k) => [k, 7]));
    });
    const first = loader.load("a");
    await new Promise((resolve) => setImmediate(resolve));
    const second = loader.load("a");
    release();
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(queries).toEqual([["a"]]);
  });

  it("splits a turn's keys into queries of at most maxKeys", async () => {
    const { loader, queries } = recording({ a: 1, b: 2, c: 3 }, { maxKeys: 2 });
    expect(await Promise.all(["a", "b", "c"].map((k) => loader.load(k)))).toEqual([1, 2, 3]);
    expect(queries).toEqual([["a", "b"], ["c"]]);
  });

  it("rejects every request of a failed query, and the next turn reads again", async () => {
    let fail = true;
    const loader = new BatchLoader<string, number>(async (keys) => {
      if (fail) throw new Error("database gone");
      return new Map(keys.map((k) => [k, 1]));
    });
    const results = await Promise.allSettled([loader.load("a"), loader.load("b")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    fail = false;
    expect(await loader.load("a")).toBe(1);
  });

  describe("while requests stream in", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("waits a little for more keys after a recent read, so that requests read a turn apart share a query", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "setImmediate", "performance"] });
      const { loader, queries } = recording(
        { a: 1, b: 2, c: 3, d: 4 },
        { lingerMs: 4, othersServed: () => true },
      );
      // A lone request: read at the end of its turn.
      const a = loader.load("a");
      await vi.advanceTimersToNextTimerAsync();
      expect(await a).toBe(1);
      expect(queries).toEqual([["a"]]);
      // The next ones, within 20 ms of that read, come a turn or two apart (one connection
      // accepted a turn): they wait 4 ms and go together.
      vi.advanceTimersByTime(5);
      const b = loader.load("b");
      await vi.advanceTimersByTimeAsync(1);
      const c = loader.load("c");
      await vi.advanceTimersByTimeAsync(2);
      expect(queries).toEqual([["a"]]);
      await vi.advanceTimersByTimeAsync(1);
      expect(await Promise.all([b, c])).toEqual([2, 3]);
      expect(queries).toEqual([["a"], ["b", "c"]]);
      // Once quiet for 20 ms, a request is read at the end of its turn again.
      vi.advanceTimersByTime(25);
      const d = loader.load("d");
      await vi.advanceTimersToNextTimerAsync();
      expect(await d).toBe(4);
      expect(queries).toEqual([["a"], ["b", "c"], ["d"]]);
    });

    it("waits for no one when the caller's request is the only one served: a lone device pushing its backlog", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "setImmediate", "performance"] });
      const { loader, queries } = recording({ a: 1, b: 2 }, { othersServed: () => false });
      const a = loader.load("a");
      await vi.advanceTimersByTimeAsync(0);
      expect(await a).toBe(1);
      // 5 ms after that read: with others served, "b" would wait 4 ms; alone, it goes at
      // the end of its turn.
      vi.advanceTimersByTime(5);
      const b = loader.load("b");
      await vi.advanceTimersByTimeAsync(0);
      expect(queries).toEqual([["a"], ["b"]]);
      expect(await b).toBe(2);
    });
  });
});
