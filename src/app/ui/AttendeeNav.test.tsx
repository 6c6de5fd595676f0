import { cleanup, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { vi as viStrings } from "../i18n/vi.ts";
import { renderInApp } from "../testing/renderInApp.tsx";
import { AttendeeNav } from "./AttendeeNav.tsx";
import { attendeePlace } from "./attendeePlace.ts";

describe("attendeePlace", () => {
  it.each([
    ["/e/demo", "agenda"],
    ["/e/demo/", "agenda"],
    ["/e/demo/offline", "materials"],
    ["/e/demo/m/0190a5b2-7c3d", "materials"],
    ["/e/demo/ticket", "ticket"],
    ["/e/demo/quizzes", "quizzes"],
    ["/e/demo/quizzes/q1", "quizzes"],
    ["/e/demo/search", null],
    ["/e/demo/checkin", null],
  ])("%s is in section %s", (path, section) => {
    expect(attendeePlace(path)).toEqual({ slug: "demo", section });
  });

  it.each(["/", "/i/abc", "/staff/e/demo", "/staff/e/demo/people", "/e"])(
    "%s is no attendee screen of an event",
    (path) => {
      expect(attendeePlace(path)).toBeNull();
    },
  );

  it("keeps the slug as the URL has it", () => {
    expect(attendeePlace("/e/h%E1%BB%99i-ngh%E1%BB%8B/ticket")?.slug).toBe(
      "h%E1%BB%99i-ngh%E1%BB%8B",
    );
  });
});

describe("AttendeeNav", () => {
  afterEach(cleanup);

  const bar = () => screen.getByRole("navigation", { name: viStrings["nav.label"] });
  const links = () =>
    within(bar())
      .getAllByRole("link")
      .map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("aria-current")]);

  it("links the four sections of the event and marks where the attendee is", () => {
    renderInApp(() => <AttendeeNav />, "/e/demo/ticket");
    expect(links()).toEqual([
      [viStrings["nav.agenda"], "/e/demo", null],
      [viStrings["nav.materials"], "/e/demo/offline", null],
      [viStrings["nav.ticket"], "/e/demo/ticket", "page"],
      [viStrings["nav.quizzes"], "/e/demo/quizzes", null],
    ]);
  });

  it("marks “Tài liệu” on a material, and nothing on search", () => {
    renderInApp(() => <AttendeeNav />, "/e/demo/m/m1");
    expect(links().map(([, , current]) => current)).toEqual([null, "page", null, null]);
    cleanup();
    renderInApp(() => <AttendeeNav />, "/e/demo/search");
    expect(links().map(([, , current]) => current)).toEqual([null, null, null, null]);
  });

  it("is not shown outside an event's attendee screens", () => {
    renderInApp(() => <AttendeeNav />, "/staff/e/demo/people");
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});
