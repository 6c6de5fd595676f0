import { cleanup } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import payloads from "../../../../test/fixtures/xss-payloads.json";
import { testEvent, testSession } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { MaterialView } from "./MaterialView.tsx";

describe("MaterialView", () => {
  afterEach(cleanup);

  it("shows hostile titles, session titles and file names as text", () => {
    for (const payload of payloads as string[]) {
      const { container, unmount } = renderInApp(() => (
        <MaterialView
          event={testEvent()}
          material={{
            id: "m1",
            eventId: "e1",
            title: payload,
            body: "",
            version: 1,
            file: {
              id: "f1",
              url: "/api/events/demo/files/f1",
              name: payload,
              mime: "application/pdf",
              size: 1_000,
            },
          }}
          sessions={[testSession("s1", { title: payload })]}
        />
      ));
      expect(container.querySelector("h1")?.textContent).toBe(payload);
      expect(container.textContent).toContain(`${payload} · `);
      const elements = [...container.querySelectorAll("*")];
      const tags = new Set(elements.map((e) => e.tagName.toLowerCase()));
      for (const tag of ["script", "img", "iframe", "svg", "style", "object", "embed", "form"]) {
        expect({ payload, tag, present: tags.has(tag) }).toEqual({ payload, tag, present: false });
      }
      const handlers = elements.flatMap((e) =>
        e.getAttributeNames().filter((name) => name.startsWith("on")),
      );
      expect({ payload, handlers }).toEqual({ payload, handlers: [] });
      unmount();
    }
  });
});
