import { afterEach, beforeEach, describe, expect, it } from "vitest";
import indexHtml from "../../../../index.html?raw";
import {
  clearAgendaSnapshot,
  revealLiveApp,
  SNAPSHOT_PREFIX,
  saveAgendaSnapshot,
  snapshotHtml,
} from "./agendaSnapshot.ts";

/** index.html's inline script, run as the browser runs it while parsing the page. */
function runIndexInlineScript() {
  const inline = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  new Function(inline[0]!)();
}

/** The body of index.html, with a rendered agenda in #root. */
function page(rootHtml: string) {
  document.body.innerHTML = `<div id="snapshot"></div><div id="root">${rootHtml}</div>`;
  return document.getElementById("root")!;
}

const agendaHtml = `
  <header><output data-live class="status">Trực tuyến</output></header>
  <main><h1>Hội nghị tập huấn</h1>
    <p data-live class="agenda__now">Đang diễn ra: Khai mạc</p>
    <article class="session session--now"><h3>Khai mạc</h3>
      <p data-live class="session__badges"><span class="badge badge--now">Đang diễn ra</span></p>
    </article>
    <article class="session"><h3>Chuyên đề 1 &lt;script&gt;</h3></article>
  </main>`;

describe("the agenda's kept copy", () => {
  beforeEach(() => {
    localStorage.clear();
    performance.clearMarks();
    history.replaceState(null, "", "/e/demo");
    document.documentElement.className = "";
    document.documentElement.lang = "vi";
  });
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("hides what depends on the clock or the network, keeping its place", () => {
    const root = page(agendaHtml);
    const copy = document.createElement("div");
    copy.innerHTML = snapshotHtml(root);

    for (const el of copy.querySelectorAll("[data-live]")) {
      expect(el.getAttribute("style")).toBe("visibility:hidden");
      expect(el.getAttribute("aria-hidden")).toBe("true");
    }
    expect(copy.querySelectorAll("[data-live]")).toHaveLength(3);
    expect(copy.querySelector(".session--now")).toBeNull();
    expect(copy.querySelectorAll("article.session")).toHaveLength(2);
    // Text stays text: an escaped title is not turned into markup by the round trip.
    expect(copy.querySelector("script")).toBeNull();
    expect(copy.textContent).toContain("Chuyên đề 1 <script>");
    // The live screen itself is untouched.
    expect(root.querySelector(".session--now")).not.toBeNull();
    expect(root.querySelector("[data-live]")?.hasAttribute("style")).toBe(false);
  });

  it("is painted by index.html's inline script before the app runs, then gives way", () => {
    document.documentElement.lang = "en";
    saveAgendaSnapshot("/e/demo", page(agendaHtml));
    document.documentElement.lang = "vi";
    page("");

    runIndexInlineScript();

    const shown = document.getElementById("snapshot")!;
    expect(shown.querySelector("h1")?.textContent).toBe("Hội nghị tập huấn");
    expect(document.documentElement.classList.contains("has-snapshot")).toBe(true);
    expect(document.documentElement.lang).toBe("en");
    expect(performance.getEntriesByName("agenda-visible")).toHaveLength(1);

    revealLiveApp();
    expect(document.getElementById("snapshot")).toBeNull();
    expect(document.documentElement.classList.contains("has-snapshot")).toBe(false);
  });

  it("is painted only on the path it was kept for", () => {
    saveAgendaSnapshot("/e/other", page(agendaHtml));
    page("");
    runIndexInlineScript();
    expect(document.getElementById("snapshot")!.innerHTML).toBe("");
    expect(document.documentElement.classList.contains("has-snapshot")).toBe(false);
    expect(performance.getEntriesByName("agenda-visible")).toHaveLength(0);
  });

  it("leaves the page alone when the kept copy is damaged", () => {
    localStorage.setItem(`${SNAPSHOT_PREFIX}/e/demo`, "{not json");
    page("");
    expect(() => runIndexInlineScript()).not.toThrow();
    expect(document.getElementById("snapshot")!.innerHTML).toBe("");
    localStorage.setItem(`${SNAPSHOT_PREFIX}/e/demo`, JSON.stringify({ html: 42 }));
    runIndexInlineScript();
    expect(document.getElementById("snapshot")!.innerHTML).toBe("");
  });

  it("keeps no copy too large for localStorage, and forgets a copy on request", () => {
    const root = page(agendaHtml);
    saveAgendaSnapshot("/e/demo", root);
    expect(localStorage.getItem(`${SNAPSHOT_PREFIX}/e/demo`)).not.toBeNull();
    root.append("x".repeat(400_001));
    saveAgendaSnapshot("/e/demo", root);
    expect(localStorage.getItem(`${SNAPSHOT_PREFIX}/e/demo`)).toBeNull();

    saveAgendaSnapshot("/e/demo", page(agendaHtml));
    clearAgendaSnapshot("/e/demo");
    expect(localStorage.getItem(`${SNAPSHOT_PREFIX}/e/demo`)).toBeNull();
  });

  it("writes nothing when the copy has not changed since it was kept", () => {
    const root = page(agendaHtml);
    const writes: string[] = [];
    const counting = {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: (key: string, value: string) => {
        writes.push(key);
        localStorage.setItem(key, value);
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    } as Storage;
    saveAgendaSnapshot("/e/demo", root, counting);
    saveAgendaSnapshot("/e/demo", root, counting);
    expect(writes).toEqual([`${SNAPSHOT_PREFIX}/e/demo`]);
    root.querySelector("h1")!.textContent = "Hội nghị (đổi tên)";
    saveAgendaSnapshot("/e/demo", root, counting);
    expect(writes).toHaveLength(2);
  });

  it("costs only the fast start when storage refuses it", () => {
    const full = {
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    } as unknown as Storage;
    expect(() => saveAgendaSnapshot("/e/demo", page(agendaHtml), full)).not.toThrow();
    expect(() => clearAgendaSnapshot("/e/demo", full)).not.toThrow();
  });
});
