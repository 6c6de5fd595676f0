import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PushResponse } from "../../shared/ops.ts";
import { noteOp, openSyncTestApp, type SyncTestApp } from "../testing/syncFixtures.ts";
import { engines } from "../testing/testStore.ts";
import { GroupCommit } from "./groupCommit.ts";

describe("GroupCommit", () => {
  it("commits what arrives in the same turn or during a commit as one group, in order, within the size cap", async () => {
    const groups: string[][] = [];
    let release: () => void = () => {};
    const group = new GroupCommit<string, string>(async (items) => {
      groups.push(items);
      // The first commit waits until the others are queued behind it.
      if (groups.length === 1) await new Promise<void>((r) => (release = r));
      return items.map((i) => `${i}!`);
    }, 5);
    const answers = [group.submit("a", 1), group.submit("b", 2)];
    // The first commit starts once this turn of the event loop is over, with both.
    await new Promise((r) => setImmediate(r));
    expect(groups).toEqual([["a", "b"]]);
    answers.push(group.submit("c", 2), group.submit("d", 2), group.submit("e", 2));
    release();
    expect(await Promise.all(answers)).toEqual(["a!", "b!", "c!", "d!", "e!"]);
    // c and d fill the cap of 5 with nothing left for e.
    expect(groups).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("fails the whole group, and only that group, when its commit throws", async () => {
    let calls = 0;
    let release: () => void = () => {};
    const group = new GroupCommit<string, string>(async (items) => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      if (items.includes("bad")) throw new Error("database refused");
      return items;
    }, 100);
    const first = group.submit("first", 1);
    await new Promise((r) => setImmediate(r));
    const bad = group.submit("bad", 1);
    const beside = group.submit("beside", 1);
    release();
    expect(await first).toBe("first");
    await expect(bad).rejects.toThrow("database refused");
    await expect(beside).rejects.toThrow("database refused");
    expect(await group.submit("after", 1)).toBe("after");
  });
});

describe("GroupCommit waiting for announced items", () => {
  const turn = () => new Promise((r) => setImmediate(r));

  it("waits for an item on its way before starting a group, then takes both", async () => {
    const groups: string[][] = [];
    // A wait far longer than the test: only the announced item's arrival ends it.
    const group = new GroupCommit<string, string>(
      async (items) => {
        groups.push(items);
        return items;
      },
      100,
      60_000,
    );
    const arrived = group.expect();
    const a = group.submit("a", 1);
    await turn();
    await turn();
    expect(groups).toEqual([]);
    const b = group.submit("b", 1);
    arrived();
    expect(await Promise.all([a, b])).toEqual(["a", "b"]);
    expect(groups).toEqual([["a", "b"]]);
  });

  it("stops waiting when the announced item gives up, or when the group is full", async () => {
    const groups: string[][] = [];
    const group = new GroupCommit<string, string>(
      async (items) => {
        groups.push(items);
        return items;
      },
      3,
      60_000,
    );
    const givesUp = group.expect();
    const a = group.submit("a", 1);
    await turn();
    givesUp();
    // Settling twice changes nothing (the route settles in `finally` as well).
    givesUp();
    expect(await a).toBe("a");
    group.expect();
    // Never settled: the group starts once it holds its 3 ops.
    const full = [group.submit("b", 2), group.submit("c", 1)];
    expect(await Promise.all(full)).toEqual(["b", "c"]);
    expect(groups).toEqual([["a"], ["b", "c"]]);
  });

  it("waits no longer than its limit for an item that never comes", async () => {
    const group = new GroupCommit<string, string>(async (items) => items, 100, 5);
    group.expect();
    expect(await group.submit("alone", 1)).toBe("alone");
  });
});

describe.each(engines)("pushes committed together on %s", (engine) => {
  let t: SyncTestApp;
  beforeAll(async () => {
    t = await openSyncTestApp(engine);
  });
  afterAll(() => t.close());

  /** Sends the pushes at once (each its own request); their answers, in order. */
  const pushAtOnce = (pushes: { sender: { cookie: string }; device: string; ops: unknown[] }[]) =>
    Promise.all(
      pushes.map(async (p) => {
        const response = await t.push(p.sender.cookie, { deviceId: p.device, ops: p.ops });
        expect(response.status).toBe(200);
        return (await response.json()) as PushResponse;
      }),
    );

  /** Each op's answers across the pushes (the status, or the reason of a refusal). */
  const answersById = (bodies: PushResponse[]) => {
    const answers = new Map<string, string[]>();
    for (const r of bodies.flatMap((b) => b.results)) {
      answers.set(r.id, [...(answers.get(r.id) ?? []), r.reason ?? r.status]);
    }
    return answers;
  };

  const nine = (label: string, extra: (k: number) => unknown[]) => {
    const senders = [t.who.attendee, t.who.trainer, t.who.organiser];
    return Array.from({ length: 9 }, (_, k) => ({
      sender: senders[k % 3]!,
      device: `${label}-${k}`,
      ops: [
        ...Array.from({ length: 5 }, (_, i) => noteOp(t.event.id, `${label} ${k} số ${i}`)),
        ...extra(k),
      ],
    }));
  };

  /** Each push's own five ops: applied once, in the ledger with that push's sender. */
  async function expectOwnOpsWritten(pushes: ReturnType<typeof nine>) {
    const ledger = new Map((await t.ledger()).map((r) => [r.id, r]));
    const effects = await t.effects();
    for (const p of pushes) {
      for (const op of p.ops.slice(0, 5) as { id: string }[]) {
        expect(ledger.get(op.id)).toMatchObject({
          principal_id: p.sender.id,
          device_id: p.device,
          status: "applied",
        });
        expect(effects.filter((e) => e.op_id === op.id)).toHaveLength(1);
      }
    }
  }

  it("answers each of many concurrent pushes as if it were alone, and writes each op once with its own sender", async () => {
    const shared = noteOp(t.event.id, "cùng một thao tác");
    const conflicting = noteOp(t.event.id, "bản đầu");
    const pushes = nine("máy", (k) =>
      k === 2
        ? [shared, conflicting]
        : k === 5
          ? [shared, { ...conflicting, payload: { text: "bản khác" } }]
          : k === 8
            ? [shared]
            : [],
    );
    const bodies = await pushAtOnce(pushes);
    bodies.forEach((body, k) => {
      expect(body.results.map((r) => r.id)).toEqual(
        pushes[k]!.ops.map((o) => (o as { id: string }).id),
      );
    });
    const answers = answersById(bodies);
    // Whichever push came first applied the shared op; the others (the same sender's) were
    // told "duplicate".
    expect(answers.get(shared.id)!.sort()).toEqual(["applied", "duplicate", "duplicate"]);
    // The same id with another text: one applied, the other refused, whatever the order.
    expect(answers.get(conflicting.id)!.sort()).toEqual(["applied", "id_conflict"]);
    for (const p of pushes) {
      for (const op of p.ops.slice(0, 5) as { id: string }[]) {
        expect(answers.get(op.id)).toEqual(["applied"]);
      }
    }
    await expectOwnOpsWritten(pushes);
    const effects = await t.effects();
    expect(effects.filter((e) => e.op_id === shared.id)).toHaveLength(1);
    expect(effects.filter((e) => e.op_id === conflicting.id)).toHaveLength(1);
  });

  it("refuses only the op whose apply fails for good when its push is committed with others", async () => {
    const failing = noteOp(t.event.id, "raise:23505");
    const pushes = nine("lần hai", (k) => (k === 4 ? [failing] : []));
    const answers = answersById(await pushAtOnce(pushes));
    expect(answers.get(failing.id)).toEqual(["apply_failed"]);
    for (const p of pushes) {
      for (const op of p.ops.slice(0, 5) as { id: string }[]) {
        expect(answers.get(op.id)).toEqual(["applied"]);
      }
    }
    await expectOwnOpsWritten(pushes);
    expect((await t.ledger()).some((r) => r.id === failing.id)).toBe(false);
  });
});
