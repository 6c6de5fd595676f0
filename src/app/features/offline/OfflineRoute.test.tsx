import { cleanup, fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PackMaterial } from "../../../shared/pack.ts";
import { db } from "../../db/db.ts";
import { vi as viStrings } from "../../i18n/vi.ts";
import { applyPack } from "../../sync/applyPack.ts";
import { apiErrorResponse } from "../../testing/jsonResponse.ts";
import { testPack } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { offlineMessages } from "./messages.ts";
import OfflineRoute from "./OfflineRoute.tsx";
import { stubStorage } from "./stubStorage.ts";

const FILE_URL = "/api/events/demo/files/0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a51";
const handout: PackMaterial = {
  id: "m1",
  eventId: "e1",
  title: "Tài liệu hội nghị",
  body: "",
  file: { id: "f1", url: FILE_URL, name: "tai-lieu.pdf", mime: "application/pdf", size: 1000 },
  version: 1,
};

/** An empty Cache API; a server that answers the file with `fileAnswer` and no pack. */
function setUp(fileAnswer: () => Response) {
  const cache = { keys: async () => [], put: async () => {}, delete: async () => false };
  vi.stubGlobal("caches", { open: async () => cache });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      if (url === FILE_URL) return fileAnswer();
      throw new TypeError("offline");
    }),
  );
}

describe("OfflineRoute", () => {
  let restore = () => {};
  afterEach(async () => {
    cleanup();
    restore();
    vi.unstubAllGlobals();
    await db.delete();
    await db.open();
  });

  it("says the event is not on this device, as the agenda does", async () => {
    setUp(() => new Response(null, { status: 404 }));
    renderInApp(() => <OfflineRoute />, "/e/demo/offline", "/e/:slug/offline");
    await screen.findByText(viStrings["agenda.notOnDevice"]);
  });

  it("says what may be deleted when the browser refuses to keep the data", async () => {
    setUp(() => new Response(new Uint8Array(1000)));
    const stub = stubStorage({ grant: false });
    restore = stub.restore;
    await applyPack(db, testPack({ materials: [handout] }));
    renderInApp(() => <OfflineRoute />, "/e/demo/offline", "/e/:slug/offline");
    fireEvent.click(await screen.findByRole("button", { name: /Tải tất cả/ }));
    await screen.findByText(offlineMessages.vi.done);
    expect(stub.storage.persist).toHaveBeenCalled();
    const notice = screen.getByText(offlineMessages.vi.notPersisted);
    expect(notice.textContent).toContain("tài liệu đã tải về");
    expect(notice.textContent).toContain("chương trình hội nghị");
  });

  it("says it once after “Tải tất cả”: the result, not also that all is on the device", async () => {
    setUp(() => new Response(new Uint8Array(1000)));
    // A cache that keeps what is put in it, so that the file then counts as on the device.
    const kept: Request[] = [];
    const cache = {
      keys: async () => kept,
      put: async (request: RequestInfo) => {
        kept.push(new Request(new URL(String(request), "http://localhost/")));
      },
      delete: async () => false,
    };
    vi.stubGlobal("caches", { open: async () => cache });
    const stub = stubStorage({ grant: true });
    restore = stub.restore;
    await applyPack(db, testPack({ materials: [handout] }));
    renderInApp(() => <OfflineRoute />, "/e/demo/offline", "/e/:slug/offline");
    fireEvent.click(await screen.findByRole("button", { name: /Tải tất cả/ }));
    await screen.findByText(offlineMessages.vi.done);
    // The file is on the device now (its state says so), and the button is gone.
    await screen.findByText(new RegExp(offlineMessages.vi.available));
    expect(screen.queryByRole("button", { name: /Tải tất cả/ })).toBeNull();
    expect(screen.queryByText(offlineMessages.vi.allOffline)).toBeNull();
  });

  it("shows why the server refused a file, not a lost connection", async () => {
    setUp(() => apiErrorResponse(404, "not_found", "no such file"));
    await applyPack(db, testPack({ materials: [handout] }));
    renderInApp(() => <OfflineRoute />, "/e/demo/offline", "/e/:slug/offline");
    fireEvent.click(await screen.findByRole("button", { name: /Tải tất cả/ }));
    await screen.findByText(`Không tải được “Tài liệu hội nghị”: ${viStrings["error.not_found"]}`);
    expect(screen.queryByText(offlineMessages.vi.stoppedNetwork)).toBeNull();
  });
});
