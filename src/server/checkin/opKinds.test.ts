import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBase45, encodeBase45 } from "../../shared/base45.ts";
import type { CheckinResult } from "../../shared/checkin.ts";
import { newId } from "../../shared/ids.ts";
import { currentSessionCode, SESSION_CODE_WINDOW_MS } from "../../shared/sessionCode.ts";
import { newTicketKeyPair, signTicket } from "../../shared/ticket.ts";
import { seedDemo } from "../demo/seed.ts";
import type { Store } from "../store/db.ts";
import { attendees, checkinScans, events, sessions } from "../store/schema.ts";
import type { OpContext, OpOutcome } from "../sync/opKind.ts";
import { opKinds } from "../sync/opKinds.ts";
import { type ApplyOptions, applyOp, applyOps } from "../testing/applyOp.ts";
import { engines, openTestStore } from "../testing/testStore.ts";
import { ensureTickets, reissueTicket, ticketCode } from "../tickets/issue.ts";
import { createList } from "./lists.ts";

type Event = typeof events.$inferSelect;
type Person = typeof attendees.$inferSelect;

const ORGANISER = "0190a5b2-7c3d-7e4f-8a9b-00000000000a";
const T0 = Date.parse("2026-12-01T00:45:00.000Z");

describe.each(engines)("check-in op kinds on %s", (engine) => {
  let store: Store;
  let demo: Event;
  let other: Event;
  let people: Person[];
  let entryId: string;

  const apply = (kind: string, payload: unknown, opts: ApplyOptions = {}) =>
    applyOp(store, demo, kind, payload, {
      at: T0,
      principal: { kind: "staff", id: ORGANISER, role: "organiser" },
      ...opts,
    });
  const result = (outcome: OpOutcome) => {
    if ("rejected" in outcome) throw new Error(`rejected: ${outcome.rejected}`);
    return outcome.result as CheckinResult;
  };
  const scan = (code: string, opts: ApplyOptions & { shown?: string } = {}) =>
    apply(
      "checkin.scan",
      { method: "scan", listId: entryId, code, shown: opts.shown ?? "admitted" },
      opts,
    );
  const rowsOf = (attendeeId: string, listId = entryId) =>
    store.db
      .select()
      .from(checkinScans)
      .where(and(eq(checkinScans.attendeeId, attendeeId), eq(checkinScans.listId, listId)));
  const codeOf = async (person: Person) => {
    const [ticketed] = await ensureTickets(store.db, person.eventId, [person]);
    return ticketCode(store.db, ticketed!);
  };

  beforeAll(async () => {
    store = await openTestStore(engine);
    await seedDemo(store.db);
    const all = await store.db.select().from(events);
    demo = all.find((e) => e.slug === "demo")!;
    other = all.find((e) => e.slug !== "demo")!;
    people = await store.db.select().from(attendees).where(eq(attendees.eventId, demo.id));
    entryId = (
      await createList(store.db, demo.id, {
        kind: "entry",
        title: "Vào hội trường",
        reentry: false,
      })
    ).id;
  });
  afterAll(() => store.close());

  it("makes the first scan the check-in; a replayed op changes nothing", async () => {
    const person = people[0]!;
    const code = await codeOf(person);
    const opId = newId();
    const first = result(await scan(code, { opId }));
    expect(first).toMatchObject({ scanId: opId, attendeeId: person.id, status: "accepted" });
    expect(first.first).toMatchObject({ scanId: opId, deviceId: "may-1" });
    expect(result(await scan(code, { opId }))).toEqual(first);
    expect(await rowsOf(person.id)).toHaveLength(1);
  });

  it("keeps later scans as duplicates; a second admission by another phone goes to review", async () => {
    const person = people[1]!;
    const code = await codeOf(person);
    const first = result(await scan(code, { device: "may-1", at: T0 }));
    const amber = result(
      await scan(code, { device: "may-1", at: T0 + 60_000, shown: "already_in" }),
    );
    const twice = result(await scan(code, { device: "may-2", at: T0 + 120_000 }));
    expect(amber).toMatchObject({ status: "duplicate", review: null });
    expect(twice).toMatchObject({ status: "duplicate", review: "pending" });
    expect(twice.first?.scanId).toBe(first.scanId);
    const rows = await rowsOf(person.id);
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.status === "accepted").map((r) => r.id)).toEqual([first.scanId]);
  });

  it("makes an earlier scan synced later the check-in, and puts the other up for review", async () => {
    const person = people[2]!;
    const code = await codeOf(person);
    const late = result(await scan(code, { device: "may-2", at: T0 + 300_000 }));
    const early = result(await scan(code, { device: "may-1", at: T0 + 10_000 }));
    expect(early).toMatchObject({ status: "accepted" });
    const rows = await rowsOf(person.id);
    expect(rows.find((r) => r.id === late.scanId)).toMatchObject({
      status: "duplicate",
      review: "pending",
    });
    expect(rows.filter((r) => r.status === "accepted")).toHaveLength(1);
  });

  it("corrects the check-in time by the device's clock offset", async () => {
    const person = people[3]!;
    const offsetMs = 3 * 3600_000;
    result(await scan(await codeOf(person), { at: T0 - offsetMs, offsetMs }));
    const [row] = await rowsOf(person.id);
    expect(row!.at.getTime()).toBe(T0);
    expect(row!.deviceAt.getTime()).toBe(T0 - offsetMs);
  });

  it("refuses every bad ticket with its reason and records nothing", async () => {
    const person = people[4]!;
    const code = await codeOf(person);
    const bytes = decodeBase45(code);
    const flipped = bytes.slice();
    flipped[20]! ^= 0x01;
    const forger = newTicketKeyPair();
    const forged = signTicket(
      { eventId: demo.id, attendeeId: person.id, issuedAt: person.ticketIssuedAt ?? 1, keyId: 1 },
      forger.secretKey,
    );
    const [otherPerson] = await store.db
      .insert(attendees)
      .values({ id: newId(), eventId: other.id, name: "Khách sự kiện khác" })
      .returning();
    const cases: [string, string][] = [
      [code.slice(0, 100), "ticket_malformed"],
      ["https://example.vn/ve", "ticket_malformed"],
      ["WIFI:S:Hoi truong;T:WPA;P:12345678;;", "ticket_malformed"],
      [encodeBase45(flipped), "ticket_bad_signature"],
      [forged, "ticket_bad_signature"],
      [await codeOf(otherPerson!), "ticket_wrong_event"],
    ];
    for (const [text, reason] of cases) expect(await scan(text)).toEqual({ rejected: reason });
    // A reissue revokes the old ticket.
    const [ticketed] = await store.db.select().from(attendees).where(eq(attendees.id, person.id));
    await reissueTicket(store.db, ticketed!);
    expect(await scan(code)).toEqual({ rejected: "ticket_revoked" });
    expect(
      await apply("checkin.scan", { method: "scan", listId: newId(), code, shown: "admitted" }),
    ).toEqual({ rejected: "unknown_list" });
    expect(
      await apply("checkin.scan", {
        method: "manual",
        listId: entryId,
        attendeeId: otherPerson!.id,
        shown: "admitted",
      }),
    ).toEqual({ rejected: "unknown_attendee" });
    expect(await rowsOf(person.id)).toHaveLength(0);
  });

  it("annuls a check-in with its reason; a remaining duplicate takes its place", async () => {
    const person = people[5]!;
    const code = await codeOf(person);
    const first = result(await scan(code, { at: T0 }));
    const second = result(
      await scan(code, { device: "may-2", at: T0 + 5_000, shown: "already_in" }),
    );
    const annulled = result(
      await apply("checkin.annul", { scanId: first.scanId, reason: "Quét nhầm người" }),
    );
    expect(annulled).toMatchObject({ status: "annulled", first: { scanId: second.scanId } });
    result(await apply("checkin.annul", { scanId: second.scanId, reason: "Nhầm" }));
    const rows = await rowsOf(person.id);
    expect(rows.map((r) => r.status).sort()).toEqual(["annulled", "annulled"]);
    expect(rows.find((r) => r.id === first.scanId)?.annulReason).toBe("Quét nhầm người");
    expect(await apply("checkin.annul", { scanId: newId(), reason: "x" })).toEqual({
      rejected: "unknown_scan",
    });
    expect(() =>
      v.parse(opKinds["checkin.annul"]!.schema, { scanId: first.scanId, reason: " " }),
    ).toThrow();
  });

  it("confirms or annuls a ticket admitted twice", async () => {
    const person = people[6]!;
    const code = await codeOf(person);
    result(await scan(code, { device: "may-1", at: T0 }));
    const twiceA = result(await scan(code, { device: "may-2", at: T0 + 1_000 }));
    const twiceB = result(await scan(code, { device: "may-3", at: T0 + 2_000 }));
    const amber = result(
      await scan(code, { device: "may-3", at: T0 + 3_000, shown: "already_in" }),
    );
    expect(
      result(await apply("checkin.review", { scanId: twiceA.scanId, decision: "confirm" })),
    ).toMatchObject({
      status: "duplicate",
      review: "confirmed",
    });
    expect(
      result(
        await apply("checkin.review", {
          scanId: twiceB.scanId,
          decision: "annul",
          reason: "Vé bị chụp lại",
        }),
      ),
    ).toMatchObject({ status: "annulled", review: "annulled" });
    expect(await apply("checkin.review", { scanId: amber.scanId, decision: "confirm" })).toEqual({
      rejected: "not_for_review",
    });
  });

  describe("self check-in with a session code", () => {
    let listId: string;
    let secret: string;
    let otherListId: string;
    let otherSecret: string;
    const asAttendee = (person: Person): OpContext["principal"] => ({
      kind: "attendee",
      id: person.id,
      role: "attendee",
    });
    beforeAll(async () => {
      const rows = await store.db.select().from(sessions).where(eq(sessions.eventId, demo.id));
      const a = await createList(store.db, demo.id, {
        kind: "session",
        sessionId: rows[0]!.id,
        title: rows[0]!.title,
        reentry: false,
      });
      const b = await createList(store.db, demo.id, {
        kind: "session",
        sessionId: rows[1]!.id,
        title: rows[1]!.title,
        reentry: false,
      });
      [listId, secret, otherListId, otherSecret] = [a.id, a.codeSecret, b.id, b.codeSecret];
    });
    const self = (person: Person, digits: string, opts: ApplyOptions = {}) =>
      apply("checkin.self", { listId, digits }, { principal: asAttendee(person), ...opts });

    it("accepts the code of the current window, also from a phone whose clock is hours off", async () => {
      const { digits } = currentSessionCode(secret, listId, T0);
      const accepted = result(await self(people[7]!, digits, { at: T0 + 20_000 }));
      expect(accepted).toMatchObject({ attendeeId: people[7]!.id, status: "accepted" });
      const offsetMs = -4 * 3600_000;
      expect(result(await self(people[8]!, digits, { at: T0 - offsetMs, offsetMs }))).toMatchObject(
        { status: "accepted" },
      );
      const [row] = await rowsOf(people[8]!.id, listId);
      expect(row).toMatchObject({ method: "self", ticketIssuedAt: null });
    });

    it("refuses a forwarded code, another session's code, a wrong code and the entry list", async () => {
      const person = people[9]!;
      const { digits } = currentSessionCode(secret, listId, T0);
      expect(await self(person, digits, { at: T0 + 5 * SESSION_CODE_WINDOW_MS })).toEqual({
        rejected: "code_expired",
      });
      const elsewhere = currentSessionCode(otherSecret, otherListId, T0).digits;
      expect(await self(person, elsewhere, { at: T0 })).toEqual({ rejected: "wrong_session" });
      const wrong = digits === "000000" ? "000001" : "000000";
      expect(await self(person, wrong, { at: T0 })).toEqual({ rejected: "bad_code" });
      // Uncorrected, a phone 4 h slow sends a code the server cannot place in time.
      expect(await self(person, digits, { at: T0 - 4 * 3600_000 })).toEqual({
        rejected: "bad_code",
      });
      expect(
        await apply("checkin.self", { listId: entryId, digits }, { principal: asAttendee(person) }),
      ).toEqual({ rejected: "not_a_session_list" });
      expect(await rowsOf(person.id, listId)).toHaveLength(0);
    });

    it("records a room's self check-ins sent together, each as it would be alone", async () => {
      const [a, b, c] = people.slice(14, 17) as [Person, Person, Person];
      const { digits } = currentSessionCode(secret, listId, T0);
      const wrong = digits === "000000" ? "000001" : "000000";
      const ops = [
        { payload: { listId, digits }, opts: { at: T0 + 1_000, principal: asAttendee(a) } },
        { payload: { listId, digits: wrong }, opts: { at: T0, principal: asAttendee(b) } },
        { payload: { listId, digits }, opts: { at: T0 + 2_000, principal: asAttendee(c) } },
        // The same person again, from a second phone: kept as a duplicate.
        { payload: { listId, digits }, opts: { at: T0 + 3_000, principal: asAttendee(a) } },
      ];
      const outcomes = await applyOps(store, demo, "checkin.self", ops);
      expect(outcomes[1]).toEqual({ rejected: "bad_code" });
      expect([0, 2, 3].map((i) => result(outcomes[i]!))).toMatchObject([
        { attendeeId: a.id, status: "accepted", first: { at: new Date(T0 + 1_000).toISOString() } },
        { attendeeId: c.id, status: "accepted" },
        {
          attendeeId: a.id,
          status: "duplicate",
          first: { at: new Date(T0 + 1_000).toISOString() },
        },
      ]);
      expect((await rowsOf(a.id, listId)).map((r) => r.status).sort()).toEqual([
        "accepted",
        "duplicate",
      ]);
      expect(await rowsOf(b.id, listId)).toHaveLength(0);
    });
  });

  it("records a door phone's batch of scans exactly as the same scans one by one", async () => {
    const [p1, p2, p3] = people.slice(10, 13) as [Person, Person, Person];
    const [code1, code2] = [await codeOf(p1), await codeOf(p2)];
    const stranger = newId();
    const principal = { kind: "staff" as const, id: ORGANISER, role: "organiser" as const };
    /** The same scans on a new list: ops sent before (own transactions), then the batch. */
    const run = async (batched: boolean) => {
      // A session list of its own for each run (the self check-in tests use the first two).
      const all = await store.db.select().from(sessions).where(eq(sessions.eventId, demo.id));
      const session = all.at(batched ? -1 : -2)!;
      const list = await createList(store.db, demo.id, {
        kind: "session",
        sessionId: session.id,
        title: session.title,
        reentry: false,
      });
      const on = (payload: object) => ({ listId: list.id, shown: "admitted", ...payload });
      const op = (payload: object, at: number, opId = newId()) => ({
        payload: on(payload),
        opts: { at, opId, principal },
      });
      // Recorded before the batch: p2's check-in at +30 s, and p3's scan the batch replays.
      const before = [
        op({ method: "scan", code: code2 }, T0 + 30_000),
        op({ method: "manual", attendeeId: p3.id }, T0 + 40_000),
      ];
      for (const o of before) await applyOp(store, demo, "checkin.scan", o.payload, o.opts);
      const ops = [
        op({ method: "scan", code: code1 }, T0 + 10_000),
        // Made earlier, synced later: becomes the check-in, the one above goes to review.
        op({ method: "scan", code: code1 }, T0 + 5_000),
        op({ method: "scan", code: code1, shown: "already_in" }, T0 + 20_000),
        // Earlier than p2's check-in recorded before: takes its place.
        op({ method: "scan", code: code2 }, T0 + 10_000),
        op({ method: "manual", attendeeId: p3.id.toUpperCase() }, T0 + 50_000),
        op({ method: "scan", code: "KHONG-PHAI-VE" }, T0),
        op({ method: "manual", attendeeId: stranger }, T0),
        before[1]!,
      ];
      const outcomes: OpOutcome[] = [];
      if (batched) outcomes.push(...(await applyOps(store, demo, "checkin.scan", ops)));
      else {
        for (const o of ops) {
          outcomes.push(await applyOp(store, demo, "checkin.scan", o.payload, o.opts));
        }
      }
      const rows = await store.db
        .select()
        .from(checkinScans)
        .where(eq(checkinScans.listId, list.id));
      // Ids differ from run to run: name each scan by when it was made and for whom.
      const nameOf = (scanId: string | undefined) => {
        const row = rows.find((r) => r.id === scanId);
        return row ? `${row.attendeeId} ${row.at.toISOString()}` : scanId;
      };
      return {
        outcomes: outcomes.map((outcome) => {
          if ("rejected" in outcome) return outcome.rejected;
          const r = outcome.result as CheckinResult;
          return { ...r, scanId: nameOf(r.scanId), first: r.first && nameOf(r.first.scanId) };
        }),
        rows: rows.map((r) => `${nameOf(r.id)} ${r.status} ${r.review} ${r.method}`).sort(),
      };
    };
    const oneByOne = await run(false);
    const batch = await run(true);
    expect(batch).toEqual(oneByOne);
    // What both did: p1's earlier scan is the check-in, its first one goes to review…
    expect(oneByOne.rows).toContain(
      `${p1.id} ${new Date(T0 + 10_000).toISOString()} duplicate pending scan`,
    );
    expect(oneByOne.rows).toContain(
      `${p1.id} ${new Date(T0 + 5_000).toISOString()} accepted null scan`,
    );
    // …p2's check-in recorded before is demoted, and the bad ones are refused.
    expect(oneByOne.rows).toContain(
      `${p2.id} ${new Date(T0 + 30_000).toISOString()} duplicate pending scan`,
    );
    expect(oneByOne.outcomes.slice(5, 7)).toEqual(["ticket_malformed", "unknown_attendee"]);
  });

  it("never holds more than one accepted check-in per attendee and list", async () => {
    const rows = await store.db
      .select()
      .from(checkinScans)
      .where(eq(checkinScans.eventId, demo.id));
    const accepted = rows
      .filter((r) => r.status === "accepted")
      .map((r) => `${r.listId}:${r.attendeeId}`);
    expect(new Set(accepted).size).toBe(accepted.length);
  });
});
