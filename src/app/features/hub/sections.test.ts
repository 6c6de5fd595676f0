import { describe, expect, it } from "vitest";
import { mayOpen, sectionOf, sectionsFor } from "./sections.ts";

describe("event hub sections", () => {
  it("gives organisers and admins every staff section and no attendee view", () => {
    for (const role of ["organiser", "admin"] as const) {
      expect(sectionsFor(role).map((s) => s.key)).toEqual([
        "overview",
        "agenda",
        "people",
        "door",
        "attendance",
        "quizzes",
        "results",
      ]);
    }
  });

  it("never shows a trainer the door phone or the editor, and every link it shows opens", () => {
    const keys = sectionsFor("trainer").map((s) => s.key);
    expect(keys).not.toContain("door");
    expect(keys).not.toContain("agenda");
    for (const section of sectionsFor("trainer")) {
      const href = section.href("hue 2017");
      if (!href.startsWith("/staff/")) continue;
      expect(mayOpen("trainer", href.replace("/staff/e/hue%202017", ""))).toBe(true);
    }
    expect(sectionsFor("trainer")[1]!.href("hue")).toBe("/e/hue");
  });

  it("refuses trainers the editor, the print pages and the door phone, not the session code", () => {
    for (const rest of ["/agenda", "/badges", "/invitations", "/door", "/s/new", "/m/abc"]) {
      expect(mayOpen("trainer", rest)).toBe(false);
      expect(mayOpen("organiser", rest)).toBe(true);
    }
    expect(mayOpen("trainer", "/s/abc/code")).toBe(true);
    expect(mayOpen("trainer", "/people")).toBe(true);
    expect(mayOpen("trainer", "/agendas")).toBe(true);
  });

  it("marks the section a page belongs to", () => {
    expect(sectionOf("")).toBe("overview");
    expect(sectionOf("/s/abc")).toBe("agenda");
    expect(sectionOf("/badges")).toBe("people");
    expect(sectionOf("/quizzes/1/results")).toBe("quizzes");
  });
});
