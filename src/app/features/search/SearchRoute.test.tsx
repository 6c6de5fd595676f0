import { cleanup, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PackMaterial } from "../../../shared/pack.ts";
import { db } from "../../db/db.ts";
import { applyPack } from "../../sync/applyPack.ts";
import { testPack } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { forgetSearchIndex } from "./createSearchIndex.ts";
import { searchMessages } from "./messages.ts";
import SearchRoute from "./SearchRoute.tsx";

const material = (n: number): PackMaterial => ({
  id: `m${n}`,
  eventId: "e1",
  title: `Tài liệu hội nhập số ${n}`,
  body: "Nội dung về hội nhập quốc tế.",
  file: null,
  version: 1,
});

describe("SearchRoute", () => {
  afterEach(async () => {
    cleanup();
    forgetSearchIndex();
    vi.unstubAllGlobals();
    await db.delete();
    await db.open();
  });

  it("says it is getting ready, then counts every result, not only those shown", async () => {
    // No server here: the route's own pulls fail quietly.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    const materials = Array.from({ length: 57 }, (_, i) => material(i + 1));
    await applyPack(db, testPack({ materials }));
    renderInApp(() => <SearchRoute />, "/e/demo/search?q=hoi%20nhap", "/e/:slug/search");
    await screen.findByText(searchMessages.vi.preparing);
    await screen.findByText("Hiển thị 30 trong 57 kết quả");
    expect(screen.getAllByRole("listitem")).toHaveLength(30);
    expect(screen.queryByText(searchMessages.vi.preparing)).toBeNull();
  });
});
