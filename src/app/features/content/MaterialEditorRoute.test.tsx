import { cleanup, fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { StaffEventContent, StaffMaterial } from "../../../shared/api.ts";
import { MAX_FILE_BYTES } from "../../../shared/files.ts";
import { vi as viStrings } from "../../i18n/vi.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { testEvent } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import MaterialEditorRoute from "./MaterialEditorRoute.tsx";

const MATERIAL_ID = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5c";
const FILE_ID = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5d";

/**
 * The material API as the server answers it: every change is stamped with the event's next
 * version, and a change sent with another version than the material's is a 409.
 */
function fakeServer() {
  let eventVersion = 7;
  let material: StaffMaterial = {
    id: MATERIAL_ID,
    title: "Tài liệu 1",
    body: "Bản cũ",
    published: true,
    file: null,
    version: 5,
  };
  const content = (): StaffEventContent => ({
    event: {
      ...testEvent(),
      embedDomains: [],
      published: true,
      version: 1,
      contentVersion: eventVersion,
    },
    sessions: [],
    materials: [material],
  });
  const change = (sent: unknown, fields: Partial<StaffMaterial>) => {
    if (Number(sent) !== material.version) {
      return apiErrorResponse(409, "conflict", "changed by someone else");
    }
    material = { ...material, ...fields, version: ++eventVersion };
    return jsonResponse({ material });
  };
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const path = new URL(url, "http://th.test");
    const method = init?.method ?? "GET";
    if (method === "GET") return jsonResponse(content());
    if (method === "PUT") {
      const { version, ...fields } = JSON.parse(String(init?.body)) as StaffMaterial;
      return change(version, fields);
    }
    if (method === "POST" && path.pathname.endsWith("/file")) {
      const form = init?.body as FormData;
      const file = form.get("file") as File;
      return change(form.get("version"), {
        file: {
          id: FILE_ID,
          url: `/api/events/demo/files/${FILE_ID}`,
          name: file.name,
          mime: "application/pdf",
          size: file.size,
        },
      });
    }
    if (method === "DELETE" && path.pathname.endsWith("/file")) {
      return change(path.searchParams.get("version"), { file: null });
    }
    return apiErrorResponse(404, "not_found", "no such route");
  });
  return {
    fetch,
    /** Someone else saves the material meanwhile. */
    editElsewhere: () => {
      material = { ...material, title: "Của người khác", version: ++eventVersion };
    },
  };
}

const open = () =>
  renderInApp(
    () => <MaterialEditorRoute />,
    `/staff/e/demo/m/${MATERIAL_ID}`,
    "/staff/e/:slug/m/:id",
  );

const choose = (file: Blob) => {
  const input = screen.getByLabelText("Chọn tệp để tải lên") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
};

const pdf = () => new File(["%PDF-1.4\n%%EOF"], "chuong-trinh.pdf", { type: "application/pdf" });

describe("MaterialEditorRoute", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const typeText = async () => {
    const title = (await screen.findByLabelText("Tên")) as HTMLInputElement;
    const body = screen.getByLabelText("Nội dung (Markdown)") as HTMLTextAreaElement;
    fireEvent.input(title, { target: { value: "Tài liệu 1 (sửa)" } });
    fireEvent.input(body, { target: { value: "# Nội dung mới chưa lưu" } });
    return { title, body };
  };

  it("keeps unsaved text through a file upload and removal, then saves it without a conflict", async () => {
    const server = fakeServer();
    vi.stubGlobal("fetch", server.fetch);
    open();
    await typeText();
    choose(pdf());
    expect((await screen.findByText("Đã tải tệp lên.")).getAttribute("role")).toBe("status");
    await screen.findByRole("link", { name: "chuong-trinh.pdf" });
    expect((screen.getByLabelText("Tên") as HTMLInputElement).value).toBe("Tài liệu 1 (sửa)");
    expect((screen.getByLabelText("Nội dung (Markdown)") as HTMLTextAreaElement).value).toBe(
      "# Nội dung mới chưa lưu",
    );
    expect(screen.getByText("Đã tải tệp lên.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Gỡ tệp" }));
    await screen.findByText("Chưa có tệp.");
    expect((screen.getByLabelText("Nội dung (Markdown)") as HTMLTextAreaElement).value).toBe(
      "# Nội dung mới chưa lưu",
    );

    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText(/^Đã lưu\./);
    const put = server.fetch.mock.calls.find(([, init]) => init?.method === "PUT")!;
    // 5 when the page opened; the upload made it 8 and the removal 9.
    expect(JSON.parse(String(put[1]?.body))).toEqual({
      title: "Tài liệu 1 (sửa)",
      body: "# Nội dung mới chưa lưu",
      published: true,
      version: 9,
    });
  });

  it("still reports a conflict when someone else saved the material meanwhile", async () => {
    const server = fakeServer();
    vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
      const response = await server.fetch(url, init);
      // Someone else saves between our upload and the reload of the content after it.
      if (init?.method === "POST") server.editElsewhere();
      return response;
    });
    open();
    await typeText();
    choose(pdf());
    await screen.findByText("Đã tải tệp lên.");
    // The file part works on the newest material; the text was based on an older one.
    fireEvent.click(await screen.findByRole("button", { name: "Gỡ tệp" }));
    await screen.findByText("Chưa có tệp.");
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect((await screen.findByRole("button", { name: "Tải lại bản mới nhất" })).tagName).toBe(
      "BUTTON",
    );
    expect((screen.getByLabelText("Nội dung (Markdown)") as HTMLTextAreaElement).value).toBe(
      "# Nội dung mới chưa lưu",
    );
    fireEvent.click(screen.getByRole("button", { name: "Tải lại bản mới nhất" }));
    await vi.waitFor(() =>
      expect((screen.getByLabelText("Tên") as HTMLInputElement).value).toBe("Của người khác"),
    );
  });

  it("refuses a file over the limit or of another type, in the organiser's language, before sending it", async () => {
    const server = fakeServer();
    vi.stubGlobal("fetch", server.fetch);
    open();
    await screen.findByLabelText("Tên");
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], "video.pdf");
    choose(big);
    expect((await screen.findByRole("alert")).textContent).toBe(viStrings["error.file_too_large"]);
    choose(new File(["<html></html>"], "trang.pdf", { type: "application/pdf" }));
    await vi.waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(viStrings["error.file_type_unsupported"]),
    );
    expect(server.fetch.mock.calls.filter(([, init]) => init?.method === "POST")).toEqual([]);
  });

  it("shows the server's refusal of a file in the organiser's language", async () => {
    const server = fakeServer();
    vi.stubGlobal("fetch", async (url: string, init?: RequestInit) =>
      init?.method === "POST"
        ? apiErrorResponse(415, "file_type_unsupported", "not a PDF")
        : server.fetch(url, init),
    );
    open();
    await screen.findByLabelText("Tên");
    choose(pdf());
    expect((await screen.findByRole("alert")).textContent).toBe(
      viStrings["error.file_type_unsupported"],
    );
  });
});
