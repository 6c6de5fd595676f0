import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../../test/harness/server.ts";
import {
  adminCookie,
  countTestEffects,
  startSyncServer,
} from "../../../test/harness/syncServer.ts";
import type { ChangeMessage, Op, PushResponse } from "../../shared/ops.ts";
import { QUIZ_ATTEMPT_TOPIC, type StaffQuiz } from "../../shared/quiz.ts";
import type { QuizResults } from "../../shared/quizResults.ts";
import { answersFor } from "../testing/quizFixtures.ts";
import { sseReader } from "../testing/sseReader.ts";

const base = process.env.TEST_DATABASE_URL;

/**
 * Issue 9: several server processes on one PostgreSQL database. Two real processes (the
 * real main.ts, plus the test-only op kinds) share a database created for this run.
 */
describe.skipIf(!base)(
  "two server processes on one PostgreSQL database (needs TEST_DATABASE_URL)",
  () => {
    const name = `th_test_${randomBytes(6).toString("hex")}`;
    let databaseUrl: string;
    const servers: RunningServer[] = [];
    let cookie: string;
    let eventId: string;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(base!);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      // Started together: migrations and the first run serialise on advisory locks.
      const started = await Promise.allSettled([
        startSyncServer({ env: { DATABASE_URL: databaseUrl } }),
        startSyncServer({ env: { DATABASE_URL: databaseUrl } }),
      ]);
      for (const s of started) if (s.status === "fulfilled") servers.push(s.value);
      for (const s of started) if (s.status === "rejected") throw s.reason;
      const withPassword = servers.find((s) => existsSync(join(s.dataDir, "admin-password.txt")));
      cookie = await adminCookie(servers[0]!, withPassword!.dataDir);
      const events = (await (
        await fetch(`${servers[0]!.url}/api/events`, { headers: { cookie } })
      ).json()) as { events: { id: string; slug: string }[] };
      eventId = events.events.find((e) => e.slug === "demo")!.id;
    });

    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      for (const s of servers) rmSync(s.dataDir, { recursive: true, force: true });
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    const note = (text: string): Op => ({
      id: uuidv7(),
      kind: "test.note",
      eventId,
      payload: { text },
      createdAt: new Date().toISOString(),
      clockOffsetMs: 0,
    });

    const push = async (server: RunningServer, ops: Op[]): Promise<PushResponse> => {
      const response = await fetch(`${server.url}/api/events/demo/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ deviceId: "both-ways", ops }),
      });
      if (response.status !== 200)
        throw new Error(`push: ${response.status} ${await response.text()}`);
      return (await response.json()) as PushResponse;
    };

    it("applies an op sent to both processes at once exactly once", async () => {
      const rounds = 15;
      const sent: Op[] = [];
      for (let round = 0; round < rounds; round++) {
        const ops = Array.from({ length: 8 }, (_, i) => note(`vòng ${round} số ${i}`));
        sent.push(...ops);
        // The same batch to both, and half of it again reversed, all at the same time.
        const [a, b, c] = await Promise.all([
          push(servers[0]!, ops),
          push(servers[1]!, ops),
          push(servers[1]!, ops.slice(0, 4).reverse()),
        ]);
        for (const op of ops) {
          const answers = [a, b, c]
            .flatMap((r) => r.results)
            .filter((r) => r.id === op.id)
            .map((r) => r.status);
          expect(
            answers.filter((s) => s === "applied"),
            `${op.id}: ${answers}`,
          ).toHaveLength(1);
          expect(answers.every((s) => s === "applied" || s === "duplicate")).toBe(true);
        }
      }
      const effects = await countTestEffects(servers[0]!);
      expect(sent.map((op) => effects.get(op.id) ?? 0)).toEqual(sent.map(() => 1));
    });

    it("shows on one process's change feed the ops applied through the other", async () => {
      const response = await fetch(`${servers[0]!.url}/api/events/demo/changes`, {
        headers: { cookie },
      });
      expect(response.status).toBe(200);
      const feed = sseReader(response);
      try {
        await feed.next((e) => e.comments.includes("open"));
        const op = note("qua máy chủ kia");
        await push(servers[1]!, [op]);
        const event = await feed.next(
          (e) => e.data !== undefined && (JSON.parse(e.data) as ChangeMessage).ids.includes(op.id),
        );
        expect(JSON.parse(event.data!)).toEqual({ topic: "test-note", count: 1, ids: [op.id] });
      } finally {
        await feed.close();
      }
    });

    it("shows a quiz submission applied through one process on the results feed and results of the other", async () => {
      const [a, b] = [servers[0]!, servers[1]!];
      // The demo attendee signs in on process B with an invite link.
      const link = await b.admin("invite-link", "--event", "demo", "--attendee", "0941777631");
      expect(link.code, link.stderr).toBe(0);
      const token = link.stdout.trim().split("/i/")[1]!;
      const redeemed = await fetch(`${b.url}/api/invites/redeem`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token }),
      });
      expect(redeemed.status).toBe(200);
      const attendee = ((await redeemed.json()) as { attendee: { id: string } }).attendee;
      const attendeeCookie = redeemed.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { quizzes } = (await (
        await fetch(`${a.url}/api/events/demo/quizzes`, { headers: { cookie } })
      ).json()) as { quizzes: StaffQuiz[] };
      // The demo pre-test, opened by the trainer's button when the demo was seeded.
      const pre = quizzes.find((q) => q.pairRole === "pre" && q.openedAt !== null)!;
      const results = async () =>
        (await (
          await fetch(`${a.url}/api/events/demo/quizzes/${pre.id}/results`, { headers: { cookie } })
        ).json()) as QuizResults;
      const before = (await results()).participation.submitted;

      const response = await fetch(`${a.url}/api/events/demo/changes`, { headers: { cookie } });
      expect(response.status).toBe(200);
      const feed = sseReader(response);
      try {
        await feed.next((e) => e.comments.includes("open"));
        const payload = answersFor(pre.id, attendee.id, pre.questions, [[0]]);
        const op: Op = {
          id: uuidv7(),
          kind: "quiz.submit",
          eventId,
          payload,
          createdAt: payload.submittedAt,
          clockOffsetMs: 0,
        };
        const pushed = await fetch(`${b.url}/api/events/demo/ops`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: attendeeCookie },
          body: JSON.stringify({ deviceId: "dien-thoai-dai-bieu", ops: [op] }),
        });
        expect(pushed.status).toBe(200);
        const answer = (await pushed.json()) as PushResponse;
        expect(answer.results[0]).toMatchObject({ status: "applied" });
        const event = await feed.next(
          (e) =>
            e.data !== undefined &&
            (JSON.parse(e.data) as ChangeMessage).ids.includes(payload.attemptId),
        );
        expect(JSON.parse(event.data!)).toMatchObject({ topic: QUIZ_ATTEMPT_TOPIC });
        // What the trainer's page loads on that message, from process A.
        const after = await results();
        expect(after.participation.submitted).toBe(before + 1);
        expect(after.attendees.map((x) => x.attendeeId)).toContain(attendee.id);
      } finally {
        await feed.close();
      }
    });
  },
);
