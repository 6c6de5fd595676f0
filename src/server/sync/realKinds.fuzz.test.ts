import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../shared/ids.ts";
import type { OpResult, PushResponse } from "../../shared/ops.ts";
import type { QuizQuestion, QuizSubmitPayload, StaffQuiz } from "../../shared/quiz.ts";
import { createList } from "../checkin/lists.ts";
import { attendees, sessions } from "../store/schema.ts";
import { demoAttendees, sessionCookie } from "../testing/contentFixtures.ts";
import { question, quizDoc } from "../testing/quizFixtures.ts";
import { openSyncTestApp, type SyncTestApp } from "../testing/syncFixtures.ts";
import { engines, jsonPost } from "../testing/testStore.ts";
import { ensureTickets, revokeTicket, ticketCode } from "../tickets/issue.ts";
import { sqlRows } from "./sqlRows.ts";

/**
 * Issues 9 (item 8), 10 and 11: generated pushes of the real kinds (checkin.scan,
 * checkin.annul, quiz.submit) through POST /api/events/:slug/ops, valid and invalid mixed:
 * real tickets of several attendees, forged, revoked and other-event ones, other lists,
 * replays of an op id (verbatim and altered), scans made earlier but synced later;
 * attempts resent, beyond the allowed count, with unknown questions or options, or
 * another attendee's. Each op's answer is checked against a model where it is determined,
 * and after every request the database itself: at most one accepted check-in per attendee
 * per list (and it is the earliest scan not annulled), every op id in the ledger once,
 * a rejected op wrote nothing, at most the allowed attempts per attendee per quiz, and no
 * attempt on a quiz that opens after check-in from an attendee never checked in to its
 * session (refused `not_checked_in`, also within a push that checks them in afterwards).
 * FUZZ_RUNS=<n> for more requests than the default 150; the seed is fixed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = 20_261_201;

const PEOPLE = 4; // ticket holders; the last one's ticket is revoked
const ATTEMPT_POOL = 6; // attempt ids shared by every attendee, so that they collide

type Who = "organiser" | "trainer" | 0 | 1 | 2;
type Tamper = "none" | "flip" | "foreign";
type Defect =
  | "none"
  | "unknown_question"
  | "option_of_another_question"
  | "several_options_on_single"
  | "duplicate_answer";

type Spec =
  | {
      t: "scan";
      person: number;
      list: number;
      tamper: Tamper;
      flipAt: number;
      minute: number;
      offset: number;
      admitted: boolean;
    }
  | { t: "manual"; person: number | null; list: number; minute: number }
  | { t: "annul"; target: number | null }
  | { t: "submit"; quiz: number; attempt: number; as: number; defect: Defect; picks: number[] }
  | { t: "replay"; from: number; altered: boolean; sameRequest: boolean };

interface Sent {
  op: { id: string; kind: string; eventId: string; payload: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  who: Who;
  first: OpResult;
}

describe.each(engines)("real kinds push fuzz on %s", (engine) => {
  let t: SyncTestApp;
  const cookies = new Map<Who, string>();
  const attendeeIds: string[] = [];
  const holders: string[] = [];
  const codes: string[] = [];
  let foreignCode = "";
  let lists: string[] = [];
  /** Indexes 0 and 1: opened by the trainer; 2: unknown; 3: opens after check-in (list 1). */
  const quizzes: ({ id: string; allowed: number; afterCheckin?: boolean } | undefined)[] = [];
  const questions: QuizQuestion[] = [
    question("Quyết định 272 ban hành năm nào?", ["2013", "2015", "2017"], [1]),
    question(
      "Ba trụ cột đối ngoại",
      ["Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân", "Thương mại"],
      [0, 1, 2],
    ),
    question("Nghị quyết 22 nói về hội nhập quốc tế", ["Đúng", "Sai"], [0], "truefalse"),
  ];

  beforeAll(async () => {
    t = await openSyncTestApp(engine);
    const db = t.store.db;
    cookies.set("organiser", t.who.organiser.cookie);
    cookies.set("trainer", t.who.trainer.cookie);
    const people = (await demoAttendees(t.store)).slice(0, PEOPLE);
    const ticketed = await ensureTickets(db, t.event.id, people);
    for (const person of ticketed) {
      holders.push(person.id);
      codes.push(await ticketCode(db, person));
    }
    await revokeTicket(db, ticketed[PEOPLE - 1]!);
    for (const i of [0, 1, 2] as const) {
      attendeeIds.push(holders[i]!);
      cookies.set(i, await sessionCookie(t.store, "attendee", { attendeeId: holders[i]! }));
    }
    const [foreigner] = await db
      .select()
      .from(attendees)
      .where(eq(attendees.id, t.who.otherAttendee.id));
    const [foreignTicketed] = await ensureTickets(db, t.other.id, [foreigner!]);
    foreignCode = await ticketCode(db, foreignTicketed!);
    const [session] = await db.select().from(sessions).where(eq(sessions.eventId, t.event.id));
    lists = [
      (await createList(db, t.event.id, { kind: "entry", title: "Vào cửa", reentry: false })).id,
      (
        await createList(db, t.event.id, {
          kind: "session",
          sessionId: session!.id,
          title: "Buổi sáng",
          reentry: true,
        })
      ).id,
      (await createList(db, t.other.id, { kind: "entry", title: "Sự kiện khác", reentry: false }))
        .id,
    ];
    for (const allowed of [1, 2]) {
      const res = await t.app.request(
        `/api/events/${t.event.slug}/quizzes`,
        jsonPost(quizDoc(questions, { attemptsAllowed: allowed }), t.who.trainer.cookie),
      );
      expect(res.status).toBe(201);
      const { quiz } = (await res.json()) as { quiz: StaffQuiz };
      const opened = await t.app.request(
        `/api/events/${t.event.slug}/quizzes/${quiz.id}/open`,
        jsonPost({}, t.who.trainer.cookie),
      );
      expect(opened.status).toBe(200);
      quizzes.push({ id: quiz.id, allowed });
    }
    quizzes.push(undefined);
    const afterCheckin = await t.app.request(
      `/api/events/${t.event.slug}/quizzes`,
      jsonPost(
        quizDoc(questions, { opens: "after-checkin", sessionId: session!.id }),
        t.who.trainer.cookie,
      ),
    );
    expect(afterCheckin.status).toBe(201);
    const { quiz } = (await afterCheckin.json()) as { quiz: StaffQuiz };
    quizzes.push({ id: quiz.id, allowed: 1, afterCheckin: true });
  });
  afterAll(() => t.close());

  it(`keeps one check-in per attendee per list and the allowed attempts over ${RUNS} generated pushes`, async () => {
    const attemptIds = Array.from({ length: ATTEMPT_POOL }, () => newId());
    const spec: fc.Arbitrary<Spec> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          t: fc.constant("scan" as const),
          person: fc.nat(PEOPLE - 1),
          list: fc.nat(2),
          tamper: fc.constantFrom<Tamper>("none", "none", "none", "none", "flip", "foreign"),
          flipAt: fc.nat(),
          minute: fc.nat(30),
          offset: fc.constantFrom(0, 0, -120_000, 300_000),
          admitted: fc.boolean(),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          t: fc.constant("manual" as const),
          person: fc.option(fc.nat(PEOPLE - 1), { freq: 4 }),
          list: fc.nat(1),
          minute: fc.nat(30),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          t: fc.constant("annul" as const),
          target: fc.option(fc.nat(), { freq: 6 }),
        }),
      },
      {
        weight: 5,
        arbitrary: fc.record({
          t: fc.constant("submit" as const),
          quiz: fc.nat(3),
          attempt: fc.nat(ATTEMPT_POOL - 1),
          as: fc.constantFrom(0, 0, 0, 0, 1),
          defect: fc.constantFrom<Defect>(
            "none",
            "none",
            "none",
            "none",
            "unknown_question",
            "option_of_another_question",
            "several_options_on_single",
            "duplicate_answer",
          ),
          picks: fc.array(fc.nat(15), { minLength: 3, maxLength: 3 }),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({
          t: fc.constant("replay" as const),
          from: fc.nat(),
          altered: fc.boolean(),
          sameRequest: fc.boolean(),
        }),
      },
    );
    const request = fc.record({
      who: fc.constantFrom<Who>("organiser", "organiser", "organiser", "trainer", 0, 0, 1, 2),
      specs: fc.array(spec, { minLength: 1, maxLength: 8 }),
    });

    const history: Sent[] = [];
    /** Attempts stored, by attempt id: whose and of which quiz. */
    const attempts = new Map<string, { quizId: string; attendeeId: string }>();
    /** Ledger rows the model expects (op ids recorded after the sender's role was allowed). */
    const recorded = new Set<string>();
    const appliedScans = new Set<string>();
    let accepted = 0;
    let rejectedTicket = 0;
    let exhausted = 0;
    let resent = 0;
    let notCheckedIn = 0;
    let afterCheckinTaken = 0;
    /**
     * Attempt ids whose submission's answer the model cannot tell before the push (an
     * after-checkin quiz submitted by an attendee who may be checked in): learnt from the
     * answer, and until then every later op with that id, or on that quiz by that
     * attendee, is not determined either.
     */
    let uncertain = new Map<string, { quizId: string; attendeeId: string }>();
    /**
     * Whether the organiser ever sent a scan or manual check-in of the attendee to the
     * session's list (attendees and trainers may not: theirs are refused).
     */
    const maybeCheckedIn = (attendeeId: string) =>
      history.some(
        ({ op, who }) =>
          who === "organiser" &&
          op.kind === "checkin.scan" &&
          op.payload.listId === lists[1] &&
          (op.payload.method === "manual"
            ? op.payload.attendeeId === attendeeId
            : op.payload.code === codes[holders.indexOf(attendeeId)]),
      );

    const baseMs = Date.parse("2026-12-01T01:00:00.000Z");
    const envelope = (kind: string, payload: Record<string, unknown>, createdAt: string) => ({
      id: newId(),
      kind,
      eventId: t.event.id,
      payload,
      createdAt,
      clockOffsetMs: 0,
    });
    const flip = (code: string, at: number) => {
      const i = at % code.length;
      const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
      const c = alphabet[(alphabet.indexOf(code[i]!) + 1 + (at % 7)) % alphabet.length]!;
      return code.slice(0, i) + c + code.slice(i + 1);
    };
    function answers(s: Extract<Spec, { t: "submit" }>, at: string) {
      const list = questions.map((q, i) => {
        const options = q.options;
        const pick = s.picks[i]!;
        const chosen =
          q.kind === "multiple"
            ? options.filter((_, k) => (pick >> k) & 1).map((o) => o.id)
            : pick % (options.length + 1) === options.length
              ? []
              : [options[pick % options.length]!.id];
        return { questionId: q.id, chosen, answeredAt: at };
      });
      const first = list[0]!;
      if (s.defect === "unknown_question") list[0] = { ...first, questionId: newId() };
      if (s.defect === "option_of_another_question")
        list[0] = { ...first, chosen: [questions[1]!.options[0]!.id] };
      if (s.defect === "several_options_on_single")
        list[0] = { ...first, chosen: questions[0]!.options.slice(0, 2).map((o) => o.id) };
      if (s.defect === "duplicate_answer") list.splice(1, 0, first);
      return list;
    }

    /** One op of a spec, and the answer the model expects (undefined: not determined). */
    function build(
      s: Spec,
      who: Who,
      inRequest: Sent["op"][],
      fresh: Sent["op"][],
      scansBefore: Set<string>,
    ): { op: Sent["op"]; want?: [string, string | undefined]; replayOf?: number } | null {
      const manager = who === "organiser";
      if (s.t === "scan" || s.t === "manual") {
        const createdAt = new Date(baseMs + s.minute * 60_000).toISOString();
        let payload: Record<string, unknown>;
        let outcome: [string, string | undefined];
        const list = lists[s.list]!;
        if (s.t === "scan") {
          const code =
            s.tamper === "foreign"
              ? foreignCode
              : s.tamper === "flip"
                ? flip(codes[s.person]!, s.flipAt)
                : codes[s.person]!;
          payload = {
            method: "scan",
            listId: list,
            code,
            shown: s.admitted ? "admitted" : "already_in",
          };
          outcome =
            s.list === 2
              ? ["rejected", "unknown_list"]
              : s.tamper !== "none" || s.person === PEOPLE - 1
                ? ["rejected", "ticket_*"]
                : ["applied", undefined];
        } else {
          const attendeeId = s.person === null ? newId() : holders[s.person]!;
          payload = { method: "manual", listId: list, attendeeId, shown: "admitted" };
          outcome = s.person === null ? ["rejected", "unknown_attendee"] : ["applied", undefined];
        }
        const op = envelope("checkin.scan", payload, createdAt);
        if (s.t === "scan") op.clockOffsetMs = s.offset;
        return { op, want: manager ? outcome : ["rejected", "not_allowed"] };
      }
      if (s.t === "annul") {
        const scans = history.filter((h) => h.op.kind === "checkin.scan").map((h) => h.op.id);
        const target =
          s.target === null || scans.length === 0 ? newId() : scans[s.target % scans.length]!;
        const op = envelope(
          "checkin.annul",
          { scanId: target, reason: "Quét nhầm" },
          new Date().toISOString(),
        );
        if (!manager) return { op, want: ["rejected", "not_allowed"] };
        if (scansBefore.has(target)) return { op, want: ["applied", undefined] };
        const maybeNow = inRequest.some((o) => o.id === target);
        return { op, want: maybeNow ? undefined : ["rejected", "unknown_scan"] };
      }
      if (s.t === "submit") {
        const me = typeof who === "number" ? attendeeIds[who]! : attendeeIds[0]!;
        const attendeeId = typeof who === "number" ? attendeeIds[(who + s.as) % 3]! : me;
        const quiz = quizzes[s.quiz];
        const start = new Date();
        const submittedAt = new Date(start.getTime() + 60_000).toISOString();
        const payload: QuizSubmitPayload = {
          attemptId: attemptIds[s.attempt]!,
          quizId: quiz?.id ?? newId(),
          attendeeId,
          startedAt: start.toISOString(),
          submittedAt,
          answers: answers(s, submittedAt),
        };
        const op = envelope(
          "quiz.submit",
          payload as unknown as Record<string, unknown>,
          submittedAt,
        );
        if (typeof who !== "number") return { op, want: ["rejected", "not_allowed"] };
        if (attendeeId !== me) return { op, want: ["rejected", "not_your_attempt"] };
        if (!quiz) return { op, want: ["rejected", "quiz_not_found"] };
        if (
          uncertain.has(payload.attemptId) ||
          [...uncertain.values()].some((a) => a.quizId === quiz.id && a.attendeeId === me)
        ) {
          uncertain.set(payload.attemptId, { quizId: quiz.id, attendeeId: me });
          return { op };
        }
        const stored = attempts.get(payload.attemptId);
        if (stored) {
          const mine = stored.attendeeId === me && stored.quizId === quiz.id;
          return { op, want: mine ? ["applied", undefined] : ["rejected", "not_your_attempt"] };
        }
        if (quiz.afterCheckin) {
          // The sender is this attendee: nothing earlier in this push checks them in.
          if (!maybeCheckedIn(me)) return { op, want: ["rejected", "not_checked_in"] };
          uncertain.set(payload.attemptId, { quizId: quiz.id, attendeeId: me });
          return { op };
        }
        if (s.defect !== "none") return { op, want: ["rejected", s.defect] };
        const done = [...attempts.values()].filter(
          (a) => a.quizId === quiz.id && a.attendeeId === me,
        ).length;
        if (done >= quiz.allowed) return { op, want: ["rejected", "attempts_exhausted"] };
        attempts.set(payload.attemptId, { quizId: quiz.id, attendeeId: me });
        return { op, want: ["applied", undefined] };
      }
      // A replay: the same op id again, by the device that sent it, verbatim or altered.
      if (s.sameRequest) {
        if (fresh.length === 0) return null;
        const op = fresh[s.from % fresh.length]!;
        return { op: s.altered ? alter(op) : op, replayOf: -1 - inRequest.indexOf(op) };
      }
      const mine = history.filter((h) => h.who === who);
      if (mine.length === 0) return null;
      const index = history.indexOf(mine[s.from % mine.length]!);
      const original = history[index]!.op;
      return { op: s.altered ? alter(original) : original, replayOf: index };
    }
    function alter(op: Sent["op"]): Sent["op"] {
      const payload = { ...op.payload };
      if (op.kind === "checkin.scan")
        payload.shown = payload.shown === "admitted" ? "already_in" : "admitted";
      else if (op.kind === "checkin.annul") payload.reason = "Lý do khác";
      else payload.startedAt = new Date(Date.parse(String(payload.startedAt)) - 1000).toISOString();
      return { ...op, payload };
    }

    /** What a replay must answer, from the first answer to that op id. */
    function replayWant(first: OpResult, altered: boolean): [string, string | undefined] {
      if (first.reason === "not_allowed") return ["rejected", "not_allowed"];
      if (altered) return ["rejected", "id_conflict"];
      return first.status === "rejected" ? ["rejected", first.reason] : ["duplicate", undefined];
    }

    async function checkInvariants() {
      const [row] = sqlRows<Record<string, string | number>>(
        await t.store.db.execute(sql`SELECT
          (SELECT count(*) FROM (SELECT 1 FROM checkin_scans WHERE status = 'accepted'
             GROUP BY list_id, attendee_id HAVING count(*) > 1) x) AS two_accepted,
          (SELECT count(*) FROM (SELECT list_id, attendee_id FROM checkin_scans
             WHERE status <> 'annulled' GROUP BY list_id, attendee_id
             HAVING count(*) FILTER (WHERE status = 'accepted') <> 1
                OR min(at) < min(at) FILTER (WHERE status = 'accepted')) x) AS not_earliest,
          (SELECT count(*) FROM (SELECT id FROM sync_ops GROUP BY id HAVING count(*) > 1) x) AS ids_twice,
          (SELECT count(*) FROM sync_ops) AS ledger,
          (SELECT count(*) FROM sync_ops o WHERE o.status = 'rejected' AND (
             EXISTS (SELECT 1 FROM checkin_scans s WHERE s.id = o.id)
             OR EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.op_id = o.id))) AS rejected_wrote,
          (SELECT count(*) FROM checkin_scans s WHERE NOT EXISTS (SELECT 1 FROM sync_ops o
             WHERE o.id = s.id AND o.status = 'applied' AND o.kind = 'checkin.scan')) AS stray_scans,
          (SELECT count(*) FROM sync_ops o WHERE o.status = 'applied' AND o.kind = 'checkin.scan'
             AND NOT EXISTS (SELECT 1 FROM checkin_scans s WHERE s.id = o.id)) AS lost_scans,
          (SELECT count(*) FROM quiz_attempts a WHERE NOT EXISTS (SELECT 1 FROM sync_ops o
             WHERE o.id = a.op_id AND o.status = 'applied' AND o.kind = 'quiz.submit')) AS stray_attempts,
          (SELECT count(*) FROM (SELECT a.quiz_id FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
             GROUP BY a.quiz_id, a.attendee_id, q.attempts_allowed
             HAVING count(*) > q.attempts_allowed OR max(a.attempt_no) <> count(*)) x) AS over_allowed,
          (SELECT count(*) FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
             WHERE q.opens = 'after-checkin' AND NOT EXISTS (SELECT 1 FROM checkin_scans s
               JOIN checkin_lists l ON l.id = s.list_id
               WHERE l.session_id = q.session_id AND s.attendee_id = a.attendee_id)) AS unchecked_attempts,
          (SELECT count(*) FROM quiz_attempts) AS attempts`),
      );
      expect(Object.fromEntries(Object.entries(row!).map(([k, n]) => [k, Number(n)]))).toEqual({
        two_accepted: 0,
        not_earliest: 0,
        ids_twice: 0,
        ledger: recorded.size,
        rejected_wrote: 0,
        stray_scans: 0,
        lost_scans: 0,
        stray_attempts: 0,
        over_allowed: 0,
        unchecked_attempts: 0,
        attempts: attempts.size,
      });
    }

    await fc.assert(
      fc.asyncProperty(request, async ({ who, specs }) => {
        const scansBefore = new Set(appliedScans);
        const ops: Sent["op"][] = [];
        const fresh: Sent["op"][] = [];
        const wants: {
          want?: [string, string | undefined];
          replayOf?: number;
          altered: boolean;
        }[] = [];
        for (const s of specs) {
          const built = build(s, who, ops, fresh, scansBefore);
          if (!built) continue;
          ops.push(built.op);
          if (built.replayOf === undefined) fresh.push(built.op);
          wants.push({
            want: built.want,
            replayOf: built.replayOf,
            altered: s.t === "replay" && s.altered,
          });
        }
        const response = await t.app.request(`/api/events/${t.event.slug}/ops`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: cookies.get(who)! },
          body: JSON.stringify({ deviceId: `may-${who}`, ops }),
        });
        const text = await response.text();
        expect(response.status, text.slice(0, 300)).toBe(200);
        const { results } = JSON.parse(text) as PushResponse;
        expect(results.map((r) => r.id)).toEqual(ops.map((o) => o.id));
        results.forEach((got, i) => {
          const { want, replayOf, altered } = wants[i]!;
          let expected = want;
          if (replayOf !== undefined) {
            const first = replayOf < 0 ? results[-1 - replayOf]! : history[replayOf]!.first;
            expected = replayWant(first, altered);
          }
          const label = `${ops[i]!.kind} ${JSON.stringify(ops[i]!.payload).slice(0, 200)}`;
          if (expected) {
            if (expected[1] === "ticket_*") {
              expect(got.status, label).toBe("rejected");
              expect(got.reason, label).toMatch(/^ticket_/);
            } else {
              expect([got.status, got.reason], label).toEqual(expected);
            }
          } else {
            expect(["applied", "rejected"], label).toContain(got.status);
          }
          if (got.reason !== "not_allowed") recorded.add(got.id);
          if (replayOf === undefined) {
            history.push({ op: ops[i]!, who, first: got });
            if (got.status === "applied" && ops[i]!.kind === "checkin.scan") {
              appliedScans.add(got.id);
              const status = (got.result as { status?: string } | undefined)?.status;
              if (status === "accepted") accepted++;
            }
            if (got.reason?.startsWith("ticket_")) rejectedTicket++;
            if (got.reason === "attempts_exhausted") exhausted++;
            if (got.reason === "not_checked_in") notCheckedIn++;
            const payload = ops[i]!.payload as unknown as QuizSubmitPayload;
            const pending = ops[i]!.kind === "quiz.submit" && uncertain.get(payload.attemptId);
            if (pending && got.status === "applied" && !attempts.has(payload.attemptId)) {
              attempts.set(payload.attemptId, {
                quizId: payload.quizId,
                attendeeId: payload.attendeeId,
              });
              if (payload.quizId === quizzes[3]!.id) afterCheckinTaken++;
            }
          } else if (got.status === "duplicate") resent++;
        });
        uncertain = new Map();
        await checkInvariants();
      }),
      // The model carries state from request to request: no shrinking, stop at the first failure.
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The generated pushes reached every branch that matters, not only refusals.
    expect({
      accepted: accepted > 0,
      rejectedTicket: rejectedTicket > 0,
      exhausted: exhausted > 0,
      resent: resent > 0,
      attempts: attempts.size > 0,
      notCheckedIn: notCheckedIn > 0,
      afterCheckinTaken: afterCheckinTaken > 0,
    }).toEqual({
      accepted: true,
      rejectedTicket: true,
      exhausted: true,
      resent: true,
      attempts: true,
      notCheckedIn: true,
      afterCheckinTaken: true,
    });
  }, 300_000);
});
