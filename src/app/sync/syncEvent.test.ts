import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AttendeeTicket } from "../../shared/api.ts";
import type { PublicCheckinList } from "../../shared/checkin.ts";
import type { AttendeeQuiz } from "../../shared/quiz.ts";
import { AppDb } from "../db/db.ts";
import { storedSessionLists } from "../features/checkin/sessionLists.ts";
import { getQuizzes } from "../features/quiz/quiz.repo.ts";
import { apiErrorResponse, jsonResponse } from "../testing/jsonResponse.ts";
import { testEvent, testPack } from "../testing/packFixtures.ts";
import { syncEvent } from "./syncEvent.ts";

const event = testEvent({ id: "e1", slug: "demo" });
const attendee = { id: "a1", name: "Hoàng Xuân Giang", unit: "UBND", position: "" };
const ticket = (code: string): AttendeeTicket => ({
  eventId: "e1",
  attendeeId: "a1",
  name: attendee.name,
  unit: attendee.unit,
  position: "",
  code,
  issuedAt: 1,
  keyId: 1,
});
const quiz = (title: string): AttendeeQuiz => ({
  id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a01",
  title,
  sessionId: "s1",
  mode: "graded",
  timeLimitSec: null,
  attemptsAllowed: 1,
  opens: "after-checkin",
  opensAt: null,
  closesAt: null,
  openedAt: null,
  closedAt: null,
  keysShown: false,
  questions: [
    {
      id: "q1",
      kind: "truefalse",
      text: "Nghị quyết 22 nói về hội nhập quốc tế",
      points: 1,
      options: [
        { id: "q1-a", text: "Đúng" },
        { id: "q1-b", text: "Sai" },
      ],
    },
  ],
  attempts: [],
});
const lists: PublicCheckinList[] = [
  { id: "list-s1", kind: "session", sessionId: "s1", title: "Phiên khai mạc" },
];

/**
 * The server: a pack (for an attendee or not), and the next answer of each attendee
 * endpoint; by default the ticket, one quiz and one session check-in list.
 */
function server(options: {
  attendee: boolean;
  ticket?: () => Response;
  quizzes?: () => Response;
  lists?: () => Response;
}) {
  const fetch = vi.fn(async (url: string) => {
    if (url.includes("/pack")) {
      return jsonResponse(testPack({ event, attendee: options.attendee ? attendee : null }));
    }
    if (url.endsWith("/api/events/demo/ticket")) {
      return options.ticket?.() ?? jsonResponse(ticket("T"));
    }
    if (url.endsWith("/api/events/demo/my-quizzes")) {
      return (
        options.quizzes?.() ??
        jsonResponse({ quizzes: [quiz("Kiểm tra")], serverTime: new Date().toISOString() })
      );
    }
    if (url.endsWith("/api/events/demo/checkin/sessions")) {
      return options.lists?.() ?? jsonResponse(lists);
    }
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("syncEvent", () => {
  let db: AppDb;
  beforeEach(() => {
    db = new AppDb(`sync-${Math.random()}`);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    localStorage.clear();
    await db.delete();
  });

  it("brings a reissued ticket to the attendee's device, and takes a revoked one away", async () => {
    await db.events.put(event);
    await db.tickets.put({ ...ticket("OLD"), savedAt: "x" });
    const answers = { attendee: true, ticket: () => jsonResponse(ticket("REISSUED")) };
    server(answers);
    await syncEvent(db, "demo");
    expect((await db.tickets.get("e1"))?.code).toBe("REISSUED");

    answers.ticket = () => apiErrorResponse(404, "no_ticket", "your ticket was revoked");
    server(answers);
    await syncEvent(db, "demo");
    expect(await db.tickets.get("e1")).toBeUndefined();
  });

  it("keeps the stored ticket when only the ticket could not be fetched", async () => {
    await db.events.put(event);
    await db.tickets.put({ ...ticket("KEPT"), savedAt: "x" });
    server({
      attendee: true,
      ticket: () => apiErrorResponse(500, "internal", ""),
    });
    await syncEvent(db, "demo");
    expect((await db.tickets.get("e1"))?.code).toBe("KEPT");
    expect((await db.packs.get("e1"))?.version).toBe(1);
  });

  it("keeps the attendee's quizzes and the sessions that take self check-in, for use with no network", async () => {
    server({ attendee: true });
    // The first sync of the device (the invite's): the quiz list screen was never opened.
    await syncEvent(db, "demo");
    const onDevice = await getQuizzes("demo", db);
    expect(onDevice?.quizzes.map((q) => q.title)).toEqual(["Kiểm tra"]);
    expect(onDevice?.attendeeId).toBe("a1");
    expect(storedSessionLists("demo")).toEqual(lists);
  });

  it("keeps the stored quizzes and check-in lists when only they could not be fetched", async () => {
    server({ attendee: true });
    await syncEvent(db, "demo");
    server({
      attendee: true,
      quizzes: () => apiErrorResponse(500, "internal", ""),
      lists: () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await syncEvent(db, "demo");
    expect((await getQuizzes("demo", db))?.quizzes.map((q) => q.title)).toEqual(["Kiểm tra"]);
    expect(storedSessionLists("demo")).toEqual(lists);
    expect((await db.tickets.get("e1"))?.code).toBe("T");
  });

  it("asks for nothing of an attendee's on a device not signed in as one (staff)", async () => {
    const fetch = server({ attendee: false });
    await syncEvent(db, "demo");
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(["/api/events/demo/pack?since=0"]);
    expect(await db.quizzes.count()).toBe(0);
    expect(storedSessionLists("demo")).toEqual([]);
  });
});
