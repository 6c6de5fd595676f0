import { fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import type { QuizResults } from "../../../shared/quizResults.ts";
import { FakeEventSource } from "../../sync/testing/fakeEventSource.ts";
import { jsonResponse } from "../../testing/jsonResponse.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import { authoringMessages } from "./messages.ts";
import QuizResultsRoute from "./QuizResultsRoute.tsx";

const m = authoringMessages.vi;
const QUIZ = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a03";

/** Results with `n` attendees of unit "Sở A" or "Sở B", as the server would answer. */
function results(n: number, unit: string | null): QuizResults {
  const attendees = Array.from({ length: n }, (_, i) => ({
    attendeeId: `a${i}`,
    name: `Đại biểu ${i}`,
    unit: i % 2 ? "Sở B" : "Sở A",
    score: 1,
    maxScore: 2,
    late: false,
    submittedAt: "2015-06-26T02:00:00.000Z",
    attempts: 1,
  })).filter((a) => unit === null || a.unit === unit);
  return {
    quiz: {
      id: QUIZ,
      title: "Kiểm tra đầu giờ",
      mode: "graded",
      maxScore: 2,
      pairId: null,
      pairRole: null,
      releasedAt: null,
    },
    unit,
    participation: { submitted: attendees.length, checkedIn: null, roster: 10 },
    mean: 1,
    median: 1,
    histogram: Array.from({ length: 10 }, (_, i) => ({
      fromPercent: i * 10,
      toPercent: i * 10 + 10,
      count: i === 5 ? attendees.length : 0,
    })),
    questions: [],
    attendees,
    units: ["Sở A", "Sở B"],
  };
}

/** The results page of QUIZ with a fake change feed, as a trainer opens it. */
function renderResultsWithFeed(): void {
  vi.stubGlobal("EventSource", FakeEventSource);
  renderInApp(
    () => <QuizResultsRoute />,
    `/staff/e/demo/quizzes/${QUIZ}/results`,
    "/staff/e/:slug/quizzes/:id/results",
  );
}

describe("QuizResultsRoute", () => {
  setUpStaffScreenTests();

  it("shows new submissions from the change feed without a reload, and filters by unit", async () => {
    let submitted = 1;
    const fetch = vi.fn(async (url: string) => {
      const unit = new URL(url, "http://x").searchParams.get("unit");
      return jsonResponse(results(submitted, unit));
    });
    vi.stubGlobal("fetch", fetch);
    renderResultsWithFeed();
    await waitFor(() => expect(screen.getByTestId("submitted").textContent).toBe("1"));
    expect(FakeEventSource.last!.url).toBe("/api/events/demo/changes");

    submitted = 3;
    // Another topic changes nothing; a quiz attempt reloads (as does a check-in).
    FakeEventSource.last!.emit("message", { topic: "content", count: 1, ids: ["x"] });
    FakeEventSource.last!.emit("message", { topic: "quiz-attempt", count: 2, ids: ["t1", "t2"] });
    await waitFor(() => expect(screen.getByTestId("submitted").textContent).toBe("3"));
    expect(fetch).toHaveBeenCalledTimes(2);

    fireEvent.change(screen.getByLabelText(m.unit), { target: { value: "Sở B" } });
    await waitFor(() => expect(screen.getByTestId("submitted").textContent).toBe("1"));
    expect(screen.getAllByText("Sở B").length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: m.exportAttendees }).getAttribute("href")).toContain(
      "unit=S%E1%BB%9F%20B",
    );
  });

  it("reloads when the feed comes back after it was lost, and opens a new one when the browser gave up", async () => {
    let submitted = 1;
    let down = false;
    const fetch = vi.fn(async () =>
      down
        ? Promise.reject(new TypeError("Failed to fetch"))
        : jsonResponse(results(submitted, null)),
    );
    vi.stubGlobal("fetch", fetch);
    renderResultsWithFeed();
    await waitFor(() => expect(screen.getByTestId("submitted").textContent).toBe("1"));
    const first = FakeEventSource.last!;
    // A reload while the server is down fails: the figures stay on screen.
    down = true;
    first.emit("reset", {});
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId("submitted").textContent).toBe("1");
    down = false;
    // The server went away and came back: EventSource reconnected, but with nothing to
    // resume from; what was submitted meanwhile comes with a reload.
    submitted = 2;
    first.emit("error", {});
    first.emit("open", {});
    await waitFor(() => expect(screen.getByTestId("submitted").textContent).toBe("2"));
    // An error status while the server shut down: the browser closed the source for good.
    submitted = 4;
    first.readyState = 2;
    first.emit("error", {});
    await waitFor(() => expect(FakeEventSource.last).not.toBe(first), { timeout: 3000 });
    FakeEventSource.last!.emit("open", {});
    await waitFor(() => expect(screen.getByTestId("submitted").textContent).toBe("4"));
  });
});
