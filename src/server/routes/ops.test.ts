import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PushResponse } from "../../shared/ops.ts";
import { noteOp, openSyncTestApp, type SyncTestApp } from "../testing/syncFixtures.ts";
import { engines } from "../testing/testStore.ts";

describe.each(engines)("push route POST /api/events/:slug/ops on %s", (engine) => {
  let t: SyncTestApp;
  beforeAll(async () => {
    t = await openSyncTestApp(engine);
  });
  afterAll(() => t.close());

  it("applies each op once, records it in the ledger with its sender, and answers a replay as duplicate with the first result", async () => {
    const a = noteOp(t.event.id, "một");
    const b = noteOp(t.event.id, "hai ba");
    const first = await t.pushOk(t.who.attendee.cookie, [a, b], "phone-7");
    expect(first.results).toEqual([
      { id: a.id, status: "applied", result: { length: 3 } },
      { id: b.id, status: "applied", result: { length: 6 } },
    ]);
    expect(Date.parse(first.serverTime)).not.toBeNaN();
    const again = await t.pushOk(t.who.attendee.cookie, [b, a]);
    expect(again.results).toEqual([
      { id: b.id, status: "duplicate", result: { length: 6 } },
      { id: a.id, status: "duplicate", result: { length: 3 } },
    ]);
    const ledger = (await t.ledger()).filter((r) => r.id === a.id || r.id === b.id);
    expect(ledger).toHaveLength(2);
    for (const row of ledger) {
      expect(row).toMatchObject({
        event_id: t.event.id,
        principal_kind: "attendee",
        principal_id: t.who.attendee.id,
        device_id: "phone-7",
        kind: "test.note",
        status: "applied",
      });
    }
    const effects = (await t.effects()).filter((e) => e.op_id === a.id || e.op_id === b.id);
    expect(effects.map((e) => e.text).sort()).toEqual(["hai ba", "một"]);
  });

  it("refuses each bad op on its own with a reason and applies the others", async () => {
    const good = noteOp(t.event.id, "tốt");
    const ops: unknown[] = [
      noteOp(t.event.id, "x", { kind: "test.nope" }),
      noteOp(t.other.id, "sự kiện khác"),
      noteOp(t.event.id, "chỉ cán bộ", { kind: "test.staffNote" }),
      noteOp(t.event.id, "x".repeat(201)),
      { ...noteOp(t.event.id, "x"), id: "not-a-uuid" },
      { ...noteOp(t.event.id, "x"), createdAt: "yesterday" },
      "not an op",
      null,
      good,
    ];
    const { results } = await t.pushOk(t.who.attendee.cookie, ops);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ["rejected", "unknown_kind"],
      ["rejected", "wrong_event"],
      ["rejected", "not_allowed"],
      ["rejected", "invalid_payload"],
      ["rejected", "invalid_op"],
      ["rejected", "invalid_op"],
      ["rejected", "invalid_op"],
      ["rejected", "invalid_op"],
      ["applied", undefined],
    ]);
    expect(results[4]!.id).toBe("not-a-uuid");
    expect(results[6]!.id).toBe("");
    // Refusals of the envelope are not recorded: a retry is judged again.
    const ledgerIds = new Set((await t.ledger()).map((r) => r.id));
    const sent = ops.filter((o): o is { id: string } => typeof o === "object" && o !== null);
    expect(sent.filter((o) => ledgerIds.has(o.id)).map((o) => o.id)).toEqual([good.id]);
  });

  it("lets staff send a staff-only kind", async () => {
    const op = noteOp(t.event.id, "ghi chú", { kind: "test.staffNote" });
    const { results } = await t.pushOk(t.who.trainer.cookie, [op]);
    expect(results[0]).toMatchObject({ id: op.id, status: "applied" });
    const row = (await t.ledger()).find((r) => r.id === op.id);
    expect(row).toMatchObject({ principal_kind: "staff", principal_id: t.who.trainer.id });
  });

  it("refuses the same id with another payload as id_conflict, in one push and across pushes", async () => {
    const op = noteOp(t.event.id, "bản gốc");
    const twin = { ...op, payload: { text: "bản khác" } };
    const sameAgain = { ...op };
    const { results } = await t.pushOk(t.who.attendee.cookie, [op, twin, sameAgain]);
    expect(results.map((r) => r.status)).toEqual(["applied", "rejected", "duplicate"]);
    expect(results[1]!.reason).toBe("id_conflict");
    const later = await t.pushOk(t.who.attendee.cookie, [twin]);
    expect(later.results[0]).toEqual({ id: op.id, status: "rejected", reason: "id_conflict" });
    expect((await t.effects()).filter((e) => e.op_id === op.id)).toEqual([
      { op_id: op.id, text: "bản gốc" },
    ]);
  });

  it("answers a replayed id only to its first sender: anyone else gets id_conflict, not the result", async () => {
    const op = noteOp(t.event.id, "của giảng viên");
    const first = await t.pushOk(t.who.trainer.cookie, [op]);
    expect(first.results[0]).toEqual({ id: op.id, status: "applied", result: { length: 14 } });
    for (const someoneElse of [t.who.attendee, t.who.organiser]) {
      const { results } = await t.pushOk(someoneElse.cookie, [op]);
      expect(results[0]).toEqual({ id: op.id, status: "rejected", reason: "id_conflict" });
    }
    const again = await t.pushOk(t.who.trainer.cookie, [op]);
    expect(again.results[0]).toEqual({ id: op.id, status: "duplicate", result: { length: 14 } });
    // The same id from two senders at once (one group commit): the one written first keeps it.
    const shared = noteOp(t.event.id, "cùng lúc");
    const answers = await Promise.all(
      [t.who.trainer, t.who.attendee].map((w) => t.pushOk(w.cookie, [shared])),
    );
    expect(answers.map((a) => a.results[0]!.reason ?? a.results[0]!.status).sort()).toEqual([
      "applied",
      "id_conflict",
    ]);
    expect(
      (await t.effects()).filter((e) => e.op_id === op.id || e.op_id === shared.id),
    ).toHaveLength(2);
  });

  it("judges a repeated id within one push against the ledger's first answer", async () => {
    const op = noteOp(t.event.id, "gốc");
    await t.pushOk(t.who.attendee.cookie, [op]);
    const other = { ...op, payload: { text: "khác" } };
    const { results } = await t.pushOk(t.who.attendee.cookie, [other, op, other]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ["rejected", "id_conflict"],
      ["duplicate", undefined],
      ["rejected", "id_conflict"],
    ]);
  });

  it("treats an upper-case id and reordered payload keys as the same op", async () => {
    const op = noteOp(t.event.id, "chữ hoa");
    await t.pushOk(t.who.attendee.cookie, [op]);
    const upper = { ...op, id: op.id.toUpperCase() };
    const { results } = await t.pushOk(t.who.attendee.cookie, [upper]);
    expect(results[0]).toEqual({ id: upper.id, status: "duplicate", result: { length: 7 } });
  });

  it("records a kind's own refusal and answers its replay with the same refusal, never as done", async () => {
    const op = noteOp(t.event.id, "refuse");
    const first = await t.pushOk(t.who.attendee.cookie, [op]);
    expect(first.results[0]).toEqual({ id: op.id, status: "rejected", reason: "test_refused" });
    const again = await t.pushOk(t.who.attendee.cookie, [op]);
    expect(again.results[0]).toEqual({ id: op.id, status: "rejected", reason: "test_refused" });
    expect((await t.ledger()).find((r) => r.id === op.id)).toMatchObject({
      status: "rejected",
      reason: "test_refused",
    });
    expect((await t.effects()).some((e) => e.op_id === op.id)).toBe(false);
  });

  it("answers 503 with Retry-After on a transient database error and writes nothing of the push", async () => {
    const before = await t.ledger();
    const innocent = noteOp(t.event.id, "vô can");
    const failing = noteOp(t.event.id, "raise:40001");
    const response = await t.push(t.who.attendee.cookie, {
      deviceId: "d",
      ops: [innocent, failing],
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: { code: "unavailable" } });
    expect(await t.ledger()).toEqual(before);
    expect((await t.effects()).some((e) => e.op_id === innocent.id)).toBe(false);
    // The same batch without the failing op goes through.
    const retry = await t.pushOk(t.who.attendee.cookie, [innocent]);
    expect(retry.results[0]!.status).toBe("applied");
  });

  it("refuses only the op whose apply fails for good (not recorded), and applies the rest", async () => {
    const ok1 = noteOp(t.event.id, "trước");
    const bad = noteOp(t.event.id, "raise:23505");
    const ok2 = noteOp(t.event.id, "sau");
    const { results } = await t.pushOk(t.who.attendee.cookie, [ok1, bad, ok2]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ["applied", undefined],
      ["rejected", "apply_failed"],
      ["applied", undefined],
    ]);
    const ledgerIds = new Set((await t.ledger()).map((r) => r.id));
    expect([ok1.id, bad.id, ok2.id].map((id) => ledgerIds.has(id))).toEqual([true, false, true]);
  });

  it("gzips a large answer for a client that accepts it, and sends a small one plain", async () => {
    const many = Array.from({ length: 100 }, (_, i) => noteOp(t.event.id, `số ${i}`));
    const accept = { headers: { "accept-encoding": "gzip, deflate" } };
    const large = await t.push(t.who.attendee.cookie, { deviceId: "d", ops: many }, accept);
    expect(large.headers.get("content-encoding")).toBe("gzip");
    const bytes = Buffer.from(await large.arrayBuffer());
    expect(Number(large.headers.get("content-length"))).toBe(bytes.length);
    const answer = JSON.parse(gunzipSync(bytes).toString("utf8")) as PushResponse;
    expect(answer.results.map((r) => r.status)).toEqual(many.map(() => "applied"));
    const small = await t.push(
      t.who.attendee.cookie,
      { deviceId: "d", ops: many.slice(0, 2) },
      accept,
    );
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(((await small.json()) as PushResponse).results[0]!.status).toBe("duplicate");
    const refused = { headers: { "accept-encoding": "gzip;q=0, identity" } };
    const plain = await t.push(t.who.attendee.cookie, { deviceId: "d", ops: many }, refused);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(((await plain.json()) as PushResponse).results).toHaveLength(100);
  });

  it("accepts a gzip body, and refuses one that expands beyond 8 MiB with 413", async () => {
    const op = noteOp(t.event.id, "nén");
    const gz = await t.push(t.who.attendee.cookie, { deviceId: "d", ops: [op] }, { gzip: true });
    expect(gz.status).toBe(200);
    expect(((await gz.json()) as PushResponse).results[0]!.status).toBe("applied");

    const bomb = JSON.stringify({ deviceId: "d", ops: [], pad: " ".repeat(9 * 1024 * 1024) });
    expect(gzipSync(bomb).length).toBeLessThan(1024 * 1024);
    const big = await t.push(t.who.attendee.cookie, bomb, { gzip: true });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: "payload_too_large" } });

    const bad = await t.app.request(`/api/events/${t.event.slug}/ops`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-encoding": "gzip",
        cookie: t.who.attendee.cookie,
      },
      body: "not gzip at all",
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_gzip" } });
    const br = await t.push(t.who.attendee.cookie, "{}", { headers: { "content-encoding": "br" } });
    expect(br.status).toBe(415);
  });

  it("refuses a body over 1 MiB on the wire with 413", async () => {
    const ops = [noteOp(t.event.id, "x")];
    const response = await t.push(t.who.attendee.cookie, {
      deviceId: "d",
      ops,
      pad: "x".repeat(1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
    expect((await t.ledger()).some((r) => r.id === ops[0]!.id)).toBe(false);
  });

  it("refuses a malformed request as a whole with 4xx and a code", async () => {
    const cases: [unknown, number, string][] = [
      ['{"deviceId": "d", "ops": [', 400, "invalid_json"],
      [{ ops: [] }, 400, "validation_failed"],
      [{ deviceId: "d", ops: "many" }, 400, "validation_failed"],
      [{ deviceId: "d", ops: Array.from({ length: 501 }, () => ({})) }, 400, "validation_failed"],
      [[1, 2], 400, "validation_failed"],
    ];
    for (const [body, status, code] of cases) {
      const response = await t.push(t.who.attendee.cookie, body);
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(status);
      expect(await response.json()).toMatchObject({ error: { code } });
    }
    const text = await t.push(t.who.attendee.cookie, "{}", {
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
  });

  it("requires someone of the event: 401 signed out, 403 from another event, 404 for no event", async () => {
    const body = { deviceId: "d", ops: [noteOp(t.event.id, "x")] };
    expect((await t.push("", body)).status).toBe(401);
    expect((await t.push(t.who.otherAttendee.cookie, body)).status).toBe(403);
    expect((await t.push(t.who.otherOrganiser.cookie, body)).status).toBe(403);
    expect((await t.push(t.who.attendee.cookie, body, { slug: "khong-co" })).status).toBe(404);
  });

  it("takes the event id in place of the slug", async () => {
    const op = noteOp(t.event.id, "theo mã");
    const response = await t.push(
      t.who.attendee.cookie,
      { deviceId: "d", ops: [op] },
      {
        slug: t.event.id,
      },
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as PushResponse).results[0]!.status).toBe("applied");
  });

  it("keeps each op's own payload, result, time and clock offset in its ledger row", async () => {
    // Results, times and offsets that vary from op to op, and refusals among them: each
    // column travels as its own array (ledger.ts), and every row must get its own values.
    const ops = Array.from({ length: 40 }, (_, i) =>
      noteOp(t.event.id, i % 7 === 3 ? "refuse" : `ghi chú "${i}" ${"đ".repeat(i)}`, {
        createdAt: new Date(Date.UTC(2026, 10, 30, 8, 0, i)).toISOString(),
        clockOffsetMs: i * 1000 - 20_000,
      }),
    );
    const { results } = await t.pushOk(t.who.organiser.cookie, ops);
    const byId = new Map((await t.ledger()).map((row) => [row.id, row]));
    for (const [i, op] of ops.entries()) {
      const text = (op.payload as { text: string }).text;
      const refused = text === "refuse";
      expect(results[i]!.status).toBe(refused ? "rejected" : "applied");
      const row = byId.get(op.id)!;
      expect({
        i,
        payload: JSON.parse(row.payload),
        result: row.result,
        status: row.status,
        createdAt: row.created_at,
        offset: Number(row.clock_offset_ms),
      }).toEqual({
        i,
        payload: { text },
        result: refused ? null : { length: text.length },
        status: refused ? "rejected" : "applied",
        createdAt: op.createdAt,
        offset: op.clockOffsetMs,
      });
    }
  });

  it("applies a full batch of 500 ops and answers every one", async () => {
    const ops = Array.from({ length: 500 }, (_, i) => noteOp(t.event.id, `ghi chú ${i}`));
    const { results } = await t.pushOk(t.who.organiser.cookie, ops);
    expect(results.filter((r) => r.status === "applied")).toHaveLength(500);
    expect(results.map((r) => r.id)).toEqual(ops.map((o) => o.id));
    const effects = new Set((await t.effects()).map((e) => e.op_id));
    expect(ops.every((o) => effects.has(o.id))).toBe(true);
  });
});
