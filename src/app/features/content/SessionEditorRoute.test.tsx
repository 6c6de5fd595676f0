import { cleanup, fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { StaffEventContent } from "../../../shared/api.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { testEvent } from "../../testing/packFixtures.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import SessionEditorRoute from "./SessionEditorRoute.tsx";

const content: StaffEventContent = {
  // The zone the times below are shown in: 01:30Z is 08:30 there.
  event: {
    ...testEvent({ timeZone: "Asia/Ho_Chi_Minh" }),
    embedDomains: [],
    published: true,
    version: 1,
    contentVersion: 7,
  },
  sessions: [
    {
      id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b",
      title: "Chuyên đề 1",
      description: "",
      kind: "talk",
      room: "Hội trường",
      startsAt: "2015-06-26T01:30:00.000Z",
      endsAt: "2015-06-26T02:45:00.000Z",
      speakers: [{ name: "Bùi Lê Thái", title: "Chánh Văn phòng" }],
      materialIds: [],
      published: true,
      version: 5,
    },
  ],
  materials: [],
};

describe("SessionEditorRoute", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  /** The API: the event's content, and a PUT of the session answered as saved (version 8). */
  const stubSavingServer = () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === "PUT"
        ? jsonResponse({ session: { ...content.sessions[0], version: 8 } })
        : jsonResponse(content),
    );
    vi.stubGlobal("fetch", fetchMock);
    return fetchMock;
  };

  const open = () =>
    renderInApp(
      () => <SessionEditorRoute />,
      `/staff/e/demo/s/${content.sessions[0]!.id}`,
      "/staff/e/:slug/s/:id",
    );

  it("shows the session's times in the event's zone and sends the version it started from", async () => {
    const fetchMock = stubSavingServer();
    open();
    const title = (await screen.findByLabelText("Tên")) as HTMLInputElement;
    expect(title.value).toBe("Chuyên đề 1");
    expect((screen.getByLabelText("Bắt đầu") as HTMLInputElement).value).toBe("08:30");
    expect((screen.getByLabelText("Họ và tên báo cáo viên 1") as HTMLInputElement).value).toBe(
      "Bùi Lê Thái",
    );
    fireEvent.input(title, { target: { value: "Chuyên đề 1 (sửa)" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const [url, init] = fetchMock.mock.calls[1]!;
    expect(url).toBe(`/api/events/demo/sessions/${content.sessions[0]!.id}`);
    expect(JSON.parse(String(init?.body))).toMatchObject({
      title: "Chuyên đề 1 (sửa)",
      version: 5,
      startsAt: "2015-06-26T01:30:00.000Z",
      speakers: [{ name: "Bùi Lê Thái", title: "Chánh Văn phòng" }],
    });
  });

  it("explains a conflict and offers to reload, without losing what was typed", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init?: RequestInit) =>
        init?.method === "PUT"
          ? apiErrorResponse(409, "conflict", "changed by someone else")
          : jsonResponse(content),
      ),
    );
    open();
    const title = (await screen.findByLabelText("Tên")) as HTMLInputElement;
    fireEvent.input(title, { target: { value: "Bản của tôi" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Người khác đã sửa mục này");
    expect(screen.getByRole("button", { name: "Tải lại bản mới nhất" })).toBeTruthy();
    expect(title.value).toBe("Bản của tôi");
  });

  it("refuses an end before the start before sending anything", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(content));
    vi.stubGlobal("fetch", fetchMock);
    open();
    await screen.findByLabelText("Tên");
    fireEvent.input(screen.getByLabelText("Kết thúc"), { target: { value: "07:00" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Giờ kết thúc phải sau giờ bắt đầu.",
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("keeps what was typed in the other speaker rows when one is removed", async () => {
    const fetchMock = stubSavingServer();
    open();
    await screen.findByLabelText("Tên");
    const add = screen.getByRole("button", { name: "Thêm báo cáo viên" });
    fireEvent.click(add);
    fireEvent.click(add);
    const typed = [
      ["Nguyễn Văn An", "Giám đốc"],
      ["Trần Thị Bình", "Phó Giám đốc"],
      ["Lê Văn Cường", "Chuyên viên"],
    ];
    typed.forEach(([name, title], i) => {
      fireEvent.input(screen.getByLabelText(`Họ và tên báo cáo viên ${i + 1}`), {
        target: { value: name },
      });
      fireEvent.input(screen.getByLabelText(`Chức vụ của báo cáo viên ${i + 1}`), {
        target: { value: title },
      });
    });
    fireEvent.click(screen.getByRole("button", { name: "Bỏ báo cáo viên 1" }));
    const rows = typed
      .slice(1)
      .map((_, i) => [
        (screen.getByLabelText(`Họ và tên báo cáo viên ${i + 1}`) as HTMLInputElement).value,
        (screen.getByLabelText(`Chức vụ của báo cáo viên ${i + 1}`) as HTMLInputElement).value,
      ]);
    expect(rows).toEqual(typed.slice(1));
    expect(screen.queryByLabelText("Họ và tên báo cáo viên 3")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(JSON.parse(String(fetchMock.mock.calls[1]![1]?.body)).speakers).toEqual(
      typed.slice(1).map(([name, title]) => ({ name, title })),
    );
  });
});
