import { cleanup, fireEvent, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import payloads from "../../../../test/fixtures/xss-payloads.json";
import type { PackMaterial, PackSession } from "../../../shared/pack.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { Agenda } from "./Agenda.tsx";
import type { AgendaData } from "./agenda.repo.ts";

const talk: PackSession = {
  id: "s1",
  eventId: "e1",
  title: "Quy chế quản lý thống nhất các hoạt động đối ngoại",
  description: "",
  kind: "talk",
  room: "Hội trường Tỉnh ủy",
  startsAt: "2015-06-26T01:00:00.000Z",
  endsAt: "2015-06-26T02:30:00.000Z",
  speakers: [{ name: "Bùi Lê Thái", title: "Chánh Văn phòng Ban Đối ngoại Trung ương" }],
  materialIds: ["m1"],
  version: 1,
};
const afterBreak: PackSession = {
  ...talk,
  id: "s2",
  title: "Nghị quyết 22 về hội nhập quốc tế",
  startsAt: "2015-06-26T03:00:00.000Z",
  endsAt: "2015-06-26T04:30:00.000Z",
  materialIds: [],
  version: 3,
};
const dayTwo: PackSession = {
  ...talk,
  id: "s3",
  title: "Kết luận 98",
  startsAt: "2015-06-27T01:00:00.000Z",
  endsAt: "2015-06-27T02:00:00.000Z",
  materialIds: [],
};
const material: PackMaterial = {
  id: "m1",
  eventId: "e1",
  title: "Quyết định 272",
  body: "",
  file: null,
  version: 1,
};

const data = (over: Partial<AgendaData> = {}): AgendaData => ({
  event: {
    id: "e1",
    slug: "demo",
    title: "Hội nghị tập huấn công tác thông tin đối ngoại năm 2015",
    organiser: "Tỉnh ủy Quảng Ngãi",
    venue: "Hội trường Tỉnh ủy",
    description: "",
    timeZone: "Asia/Ho_Chi_Minh",
    startsOn: "2015-06-26",
    endsOn: "2015-06-27",
  },
  pack: {
    eventId: "e1",
    slug: "demo",
    version: 3,
    pulledAt: "2015-06-25T10:00:00.000Z",
    attendee: null,
  },
  sessions: [talk, afterBreak, dayTwo],
  materials: new Map([["m1", material]]),
  starred: new Set(),
  ...over,
});

function show(
  agenda: AgendaData,
  options: { now?: string; seen?: number | null; onToggleStar?: (id: string) => void } = {},
) {
  return renderInApp(
    () => (
      <Agenda
        data={agenda}
        now={Date.parse(options.now ?? "2015-06-20T00:00:00.000Z")}
        seenVersion={options.seen ?? null}
        onToggleStar={options.onToggleStar ?? (() => {})}
      />
    ),
    "/e/demo",
  );
}

const card = (title: string) => screen.getByRole("heading", { name: title }).closest("article")!;

describe("Agenda", () => {
  afterEach(cleanup);

  it("shows times in the event's zone and the speakers and materials of each session", () => {
    show(data());
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(data().event.title);
    // 01:00 UTC is 08:00 in Vietnam, whatever the zone of the machine running the test.
    expect(screen.getByText("08:00 – 09:30")).toBeTruthy();
    expect(screen.getAllByText("Bùi Lê Thái").length).toBeGreaterThan(0);
    const materials = within(card(talk.title)).getByRole("list", { name: "Tài liệu" });
    const link = within(materials).getByRole("link", { name: "Quyết định 272" });
    expect(link.getAttribute("href")).toBe("/e/demo/m/m1");
  });

  it("tells when the device last synced in the event's zone, whatever the phone's", () => {
    // 20:30 UTC is 03:30 the next morning in Vietnam; a phone set to any other zone
    // (the test machine's) must still show the event's time.
    const pack = { ...data().pack, pulledAt: "2015-06-25T20:30:00.000Z" };
    show(data({ pack }));
    const updated = screen.getByText(/Cập nhật lúc/).textContent ?? "";
    expect(updated).toContain("03:30");
    expect(updated).toContain("26");
    cleanup();
    show(data({ pack, event: { ...data().event, timeZone: "America/New_York" } }));
    expect(screen.getByText(/Cập nhật lúc/).textContent).toContain("16:30");
  });

  it("groups a multi-day event by day", () => {
    show(data());
    const days = screen
      .getAllByRole("heading", { level: 2 })
      .filter((h) => /2015/.test(h.textContent ?? ""));
    expect(days.map((d) => d.textContent)).toEqual([
      "Thứ Sáu, ngày 26/06/2015",
      "Thứ Bảy, ngày 27/06/2015",
    ]);
  });

  it("on the second day, shows today's sessions first, marked, then the other day", () => {
    // 08:30 on 27 June in Vietnam.
    show(data(), { now: "2015-06-27T01:30:00.000Z" });
    const days = screen
      .getAllByRole("heading", { level: 2 })
      .filter((h) => /2015/.test(h.textContent ?? ""));
    expect(days.map((d) => d.textContent)).toEqual([
      "Hôm nay · Thứ Bảy, ngày 27/06/2015",
      "Thứ Sáu, ngày 26/06/2015",
    ]);
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([dayTwo.title, talk.title, afterBreak.title]);
  });

  it("puts now/next and the sessions before the event's description, which is folded", () => {
    const description = "Một ngày tập huấn dành cho cán bộ các Ban Đảng.";
    const { container } = show(data({ event: { ...data().event, description } }), {
      now: "2015-06-26T01:30:00.000Z",
    });
    const [banner, firstSession, about] = [
      ".agenda__now",
      "article.session",
      ".agenda__description",
    ].map((selector) => container.querySelector(selector) as Element);
    const follows = (a: Element, b: Element) =>
      (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(follows(banner!, firstSession!)).toBe(true);
    expect(follows(firstSession!, about!)).toBe(true);
    const details = about!.closest("details")!;
    expect(details.open).toBe(false);
    expect(within(details).getByText("Giới thiệu hội nghị").tagName).toBe("SUMMARY");
  });

  it("marks what is on now and what is next by the device clock", () => {
    // 08:30 in Vietnam: the first talk runs, the one after the break is next.
    show(data(), { now: "2015-06-26T01:30:00.000Z" });
    expect(within(card(talk.title)).getByText("Đang diễn ra")).toBeTruthy();
    expect(within(card(afterBreak.title)).getByText("Tiếp theo")).toBeTruthy();
    expect(within(card(dayTwo.title)).queryByText(/Đang diễn ra|Tiếp theo/)).toBeNull();
    // The banner gives "Đang diễn ra" and "Tiếp theo" a line each, the label above its title.
    const lines = [...document.querySelectorAll(".agenda__now-line")];
    expect(lines.map((l) => l.querySelector(".agenda__now-label")?.textContent)).toEqual([
      "Đang diễn ra",
      "Tiếp theo (10:00)",
    ]);
    expect(within(lines[0] as HTMLElement).getByRole("link").textContent).toBe(talk.title);
    expect(within(lines[1] as HTMLElement).getByRole("link").textContent).toBe(afterBreak.title);
  });

  it("shows no now/next before the event day", () => {
    show(data(), { now: "2015-06-20T01:30:00.000Z" });
    expect(screen.queryByText(/Đang diễn ra|Tiếp theo/)).toBeNull();
  });

  it("marks sessions changed since the attendee last looked, and nothing on a first look", () => {
    show(data(), { seen: 2 });
    expect(within(card(afterBreak.title)).getByText("Mới cập nhật")).toBeTruthy();
    expect(within(card(talk.title)).queryByText("Mới cập nhật")).toBeNull();
    cleanup();
    show(data(), { seen: null });
    expect(screen.queryByText("Mới cập nhật")).toBeNull();
  });

  it("stars sessions and shows only them under “Của tôi”", () => {
    const onToggleStar = vi.fn();
    show(data({ starred: new Set(["s2"]) }), { onToggleStar });
    const star = screen.getByRole("button", { name: `Chương trình của tôi: ${talk.title}` });
    expect(star.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(star);
    expect(onToggleStar).toHaveBeenCalledWith("s1");
    fireEvent.click(screen.getByRole("button", { name: "Của tôi (1)" }));
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([afterBreak.title]);
  });

  it("says how to star when “Của tôi” is empty", () => {
    show(data());
    fireEvent.click(screen.getByRole("button", { name: "Của tôi (0)" }));
    expect(screen.getByText(/Chạm ☆ ở một phiên/)).toBeTruthy();
  });

  it("renders payloads in titles, descriptions, rooms, speakers and materials as text", () => {
    const hostile = payloads as string[];
    const sessions = hostile.map((p, i) => ({
      ...talk,
      id: `x${i}`,
      title: p,
      description: p,
      room: p,
      speakers: [{ name: p, title: p }],
      materialIds: [`xm${i}`],
    }));
    const materials = new Map(
      hostile.map((p, i) => [`xm${i}`, { ...material, id: `xm${i}`, title: p }]),
    );
    const { container } = show(
      data({
        event: {
          ...data().event,
          title: hostile[0]!,
          venue: hostile[3]!,
          organiser: hostile[5]!,
          description: hostile[7]!,
        },
        sessions,
        materials,
      }),
    );
    const titles = [...container.querySelectorAll("h3.session__title")].map((h) => h.textContent);
    expect(titles).toEqual(hostile);
    expect(container.querySelector("h1")?.textContent).toBe(hostile[0]);
    expect(container.querySelector(".agenda__description")?.textContent).toBe(hostile[7]);
    const tags = new Set([...container.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()));
    for (const tag of [
      "script",
      "img",
      "iframe",
      "svg",
      "style",
      "object",
      "embed",
      "form",
      "input",
    ]) {
      expect({ tag, present: tags.has(tag) }).toEqual({ tag, present: false });
    }
    const handlers = [...container.querySelectorAll("*")].flatMap((e) =>
      e.getAttributeNames().filter((a) => a.startsWith("on")),
    );
    expect(handlers).toEqual([]);
  });
});
