import { render, screen } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { PackSession } from "../../../shared/pack.ts";
import { createI18n, I18nProvider } from "../../i18n/i18n.tsx";
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

const data: AgendaData = {
  event: {
    id: "e1",
    slug: "demo",
    title: "Hội nghị tập huấn công tác thông tin đối ngoại năm 2015",
    organiser: "Tỉnh ủy Quảng Ngãi",
    venue: "Hội trường Tỉnh ủy",
    description: "",
    timeZone: "Asia/Ho_Chi_Minh",
    startsOn: "2015-06-26",
    endsOn: "2015-06-26",
  },
  pack: {
    eventId: "e1",
    slug: "demo",
    version: 1,
    pulledAt: "2015-06-25T10:00:00.000Z",
    attendee: null,
  },
  sessions: [talk],
  materials: new Map([
    ["m1", { id: "m1", eventId: "e1", title: "Quyết định 272", body: "", version: 1 }],
  ]),
};

describe("Agenda", () => {
  it("shows times in the event's zone and the speakers and materials of each session", () => {
    localStorage.setItem("th.locale", "vi");
    render(() => (
      <I18nProvider value={createI18n()}>
        <Agenda data={data} />
      </I18nProvider>
    ));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(data.event.title);
    // 01:00 UTC is 08:00 in Vietnam, whatever the zone of the machine running the test.
    expect(screen.getByText("08:00 – 09:30")).toBeTruthy();
    expect(screen.getByText("Bùi Lê Thái")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Tài liệu" }).textContent).toContain("Quyết định 272");
  });
});
