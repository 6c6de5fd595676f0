import { createRoot, createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { testEvent } from "../../testing/packFixtures.ts";
import { createSearchIndex, forgetSearchIndex } from "./createSearchIndex.ts";
import type { SearchSource } from "./search.repo.ts";
import { runSearch } from "./searchIndex.ts";

const source = (eventId: string, version: number, titles: string[]): SearchSource => ({
  event: testEvent({ id: eventId }),
  version,
  docs: titles.map((title, i) => ({
    id: `m:${i}`,
    kind: "material",
    ref: `${i}`,
    title,
    text: "",
  })),
});

function mount(initial: SearchSource | null) {
  const [value, setValue] = createSignal<SearchSource | null>(initial);
  const { dispose, state } = createRoot((dispose) => ({
    dispose,
    state: createSearchIndex(value),
  }));
  const titles = (query: string) => {
    const index = state.index();
    return index ? runSearch(index, query).hits.map((h) => h.doc.title) : null;
  };
  return { ...state, setValue, dispose, titles };
}

describe("createSearchIndex", () => {
  afterEach(() => forgetSearchIndex());

  it("says it is preparing until the first index is ready", async () => {
    const view = mount(source("e1", 1, ["Khai mạc"]));
    expect(view.preparing()).toBe(true);
    expect(view.index()).toBeNull();
    await vi.waitFor(() => expect(view.index()).not.toBeNull());
    expect(view.preparing()).toBe(false);
    expect(view.titles("khai mac")).toEqual(["Khai mạc"]);
    view.dispose();
  });

  it("keeps answering with the previous index while a new version builds", async () => {
    const view = mount(source("e1", 1, ["Khai mạc"]));
    await vi.waitFor(() => expect(view.index()).not.toBeNull());
    const first = view.index();
    view.setValue(source("e1", 2, ["Khai mạc", "Bế mạc"]));
    // Right after the sync: still the old index, not "preparing".
    expect(view.index()).toBe(first);
    expect(view.preparing()).toBe(false);
    await vi.waitFor(() => expect(view.titles("be mac")).toEqual(["Bế mạc"]));
    view.dispose();
  });

  it("drops a build overtaken by a newer version", async () => {
    // The first version is larger, so that its build ends after the second one's.
    const many = Array.from({ length: 40 }, (_, i) => `Khai mạc ${i}`);
    const view = mount(source("e1", 1, many));
    view.setValue(source("e1", 2, ["Chuyên đề 2"]));
    await vi.waitFor(() => expect(view.index()).not.toBeNull());
    // Let the overtaken build finish too (one task per chunk): it must not replace the newer.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view.titles("khai mac")).toEqual([]);
    expect(view.titles("chuyen de")).toEqual(["Chuyên đề 2"]);
    view.dispose();
  });

  it("reuses the index on a return visit, and never shows another event's", async () => {
    const first = mount(source("e1", 1, ["Khai mạc"]));
    await vi.waitFor(() => expect(first.index()).not.toBeNull());
    const built = first.index();
    first.dispose();
    const again = mount(source("e1", 1, ["Khai mạc"]));
    expect(again.index()).toBe(built);
    again.setValue(source("e2", 1, ["Hội thảo khác"]));
    expect(again.index()).toBeNull();
    expect(again.preparing()).toBe(true);
    await vi.waitFor(() => expect(again.titles("hoi thao")).toEqual(["Hội thảo khác"]));
    again.dispose();
  });

  it("has nothing to prepare when the event is not on the device", () => {
    const view = mount(null);
    expect(view.preparing()).toBe(false);
    expect(view.index()).toBeNull();
    view.dispose();
  });
});
