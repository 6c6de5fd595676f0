// @vitest-environment jsdom
// DOMPurify is checked in jsdom, the DOM it is developed against: happy-dom's tree walking
// differs enough that it would let payloads through and make this test meaningless.
import { describe, expect, it } from "vitest";
import payloads from "../../../../test/fixtures/xss-payloads.json";
import { renderMarkdown } from "./renderMarkdown.ts";

const ORIGIN = "https://taphuan.example";

const ACTIVE_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "style",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "button",
  "textarea",
  "svg",
  "math",
  "template",
  "video",
  "audio",
  "source",
  "isindex",
]);
const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "data", "background"];

/** Everything in rendered HTML that could run code or fetch from elsewhere. */
function activeContent(html: string, allowedIframeHosts: string[] = []): string[] {
  // Parsed into a document with no browsing context: nothing in it can run.
  const root = new DOMParser().parseFromString(html, "text/html").body;
  const problems: string[] = [];
  for (const el of root.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (ACTIVE_TAGS.has(tag)) {
      const host = tag === "iframe" ? new URL(el.getAttribute("src") ?? "", ORIGIN).host : "";
      if (!(tag === "iframe" && allowedIframeHosts.includes(host))) problems.push(`<${tag}>`);
    }
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) problems.push(`${tag}[${attr}]`);
      if (["style", "srcset", "ping", "id", "name", "srcdoc"].includes(attr)) {
        problems.push(`${tag}[${attr}]`);
      }
      if (URL_ATTRS.includes(attr)) {
        // Browsers ignore whitespace and control characters inside a URL's scheme.
        const value = [...(el.getAttribute(attr) ?? "")]
          .filter((ch) => ch.charCodeAt(0) > 0x20)
          .join("");
        if (/^(javascript|vbscript|data:text|data:image\/svg)/i.test(value)) {
          problems.push(`${tag}[${attr}=${value.slice(0, 30)}]`);
        }
        if (tag === "img") {
          const url = new URL(value, ORIGIN);
          if (url.origin !== ORIGIN && url.protocol !== "data:") problems.push(`remote img ${url}`);
        }
      }
    }
  }
  return problems;
}

describe("renderMarkdown", () => {
  it("keeps ordinary material formatting", () => {
    const html = renderMarkdown(
      [
        "## Quy chế 272",
        "",
        "Văn bản **quan trọng** với _nhấn mạnh_ và [liên kết nội bộ](/e/demo).",
        "",
        "- ý một",
        "- ý hai",
        "",
        "| Cột | Giá trị |",
        "|---|---|",
        "| a | 1 |",
        "",
        "![Sơ đồ](/api/events/demo/files/0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b)",
      ].join("\n"),
      { origin: ORIGIN },
    );
    const root = document.createElement("div");
    root.innerHTML = html;
    expect(root.querySelector("h2")?.textContent).toBe("Quy chế 272");
    expect(root.querySelector("strong")?.textContent).toBe("quan trọng");
    expect(root.querySelectorAll("li")).toHaveLength(2);
    expect(root.querySelector("table td")?.textContent).toBe("a");
    expect(root.querySelector("a")?.getAttribute("href")).toBe("/e/demo");
    expect(root.querySelector("a")?.hasAttribute("target")).toBe(false);
    expect(root.querySelector("img")?.getAttribute("src")).toMatch(/^\/api\/events\/demo\/files\//);
  });

  it("opens outside links in a new tab without giving them the page", () => {
    const root = document.createElement("div");
    root.innerHTML = renderMarkdown("[Báo Quảng Ngãi](https://baoquangngai.vn/)", {
      origin: ORIGIN,
    });
    const link = root.querySelector("a")!;
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
  });

  it("has a list of at least 30 known XSS payloads to check", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  it.each(payloads)("renders payload %# inert: %s", (payload) => {
    for (const source of [payload, `Đoạn văn trước.\n\n${payload}\n\nĐoạn văn sau.`]) {
      const html = renderMarkdown(source, { origin: ORIGIN });
      expect(activeContent(html)).toEqual([]);
    }
  });

  it("the checker itself spots active content", () => {
    // Guards the test above: unsanitised payloads must be reported.
    const reported = payloads.filter(
      (p) => !p.startsWith("`") && activeContent(p).length > 0,
    ).length;
    expect(reported).toBeGreaterThanOrEqual(30);
  });

  it("blocks remote images, keeping their description as text", () => {
    const root = document.createElement("div");
    root.innerHTML = renderMarkdown("![Ảnh hội nghị](https://evil.example/a.png)", {
      origin: ORIGIN,
    });
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("[Ảnh hội nghị]");
  });

  it("lets images and iframes in from the event's allowed domains only, sandboxed", () => {
    const source = [
      '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
      '<iframe src="http://www.youtube.com/embed/abc"></iframe>',
      '<iframe src="https://evil.example/"></iframe>',
      "![a](https://img.youtube.com/vi/abc/0.jpg)",
      "![b](https://evil.example/b.png)",
    ].join("\n\n");
    const root = document.createElement("div");
    root.innerHTML = renderMarkdown(source, { origin: ORIGIN, embedDomains: ["youtube.com"] });
    const frames = root.querySelectorAll("iframe");
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute("src")).toBe("https://www.youtube.com/embed/abc");
    expect(frames[0]!.getAttribute("sandbox")).toBe(
      "allow-scripts allow-same-origin allow-presentation",
    );
    expect([...root.querySelectorAll("img")].map((i) => i.getAttribute("src"))).toEqual([
      "https://img.youtube.com/vi/abc/0.jpg",
    ]);
    // The same source without allowed domains embeds nothing.
    expect(activeContent(renderMarkdown(source, { origin: ORIGIN }))).toEqual([]);
  });

  it("stays inert for every payload when a domain is allowed", () => {
    for (const payload of payloads) {
      const html = renderMarkdown(payload, { origin: ORIGIN, embedDomains: ["youtube.com"] });
      expect({ payload, problems: activeContent(html) }).toEqual({ payload, problems: [] });
    }
  });
});
