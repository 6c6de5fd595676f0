import DOMPurify from "dompurify";
import { Marked } from "marked";

/**
 * Markdown → sanitised HTML for materials. Marked passes raw HTML through, so everything it
 * produces goes through DOMPurify: no scripts, no inline event handlers, no styles, no
 * forms or plugins, and nothing that loads from elsewhere — images only from this server
 * (or inline data), iframes only from the event's allowed domains, over HTTPS, sandboxed.
 * This module is loaded only by the screens that show materials (it is not small).
 */

const markdown = new Marked({ gfm: true, breaks: false, async: false });

const FORBID_TAGS = [
  "style",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "option",
  "object",
  "embed",
  "video",
  "audio",
  "source",
  "track",
  "picture",
  "base",
  "link",
  "meta",
  "dialog",
  "template",
];
const FORBID_ATTR = ["style", "srcset", "sizes", "ping", "background", "poster", "id", "name"];

// Set for the duration of one synchronous sanitize() call; the hooks below read them.
let allowedHosts: string[] = [];
let origin = "";

function hostAllowed(host: string): boolean {
  return allowedHosts.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** May this element load `value`? Same origin, inline image data, or an allowed host. */
function sourceAllowed(tag: string, value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    return false;
  }
  if (tag === "img") {
    if (url.protocol === "data:") return /^data:image\/(png|jpeg|gif|webp)[;,]/i.test(value.trim());
    if (url.origin === origin) return true;
  }
  return url.protocol === "https:" && hostAllowed(url.hostname);
}

const purifier = DOMPurify();
purifier.addHook("afterSanitizeAttributes", (node) => {
  const tag = node.nodeName.toLowerCase();
  if (tag === "img" || tag === "iframe") {
    const src = node.getAttribute("src") ?? "";
    if (!src || !sourceAllowed(tag, src)) {
      // Blocked: what it was stays readable as text, nothing is fetched.
      const alt = node.getAttribute("alt") ?? "";
      node.replaceWith(node.ownerDocument.createTextNode(alt ? `[${alt}]` : ""));
      return;
    }
    if (tag === "iframe") {
      node.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation");
      node.setAttribute("referrerpolicy", "no-referrer");
      node.setAttribute("loading", "lazy");
    } else {
      node.setAttribute("loading", "lazy");
    }
  }
  if (tag === "a" && node.hasAttribute("href")) {
    let external = true;
    try {
      external = new URL(node.getAttribute("href") ?? "", `${origin}/`).origin !== origin;
    } catch {}
    if (external) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer nofollow");
    }
  }
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface RenderOptions {
  /** Hosts whose images and iframes may be embedded (the event's choice); default none. */
  embedDomains?: readonly string[] | undefined;
  /** This app's origin; default the page's. */
  origin?: string;
}

/** Renders material markdown to HTML that is safe to put into the page. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  // DOMPurify hands back its input untouched where it cannot work: show the source as text.
  if (!purifier.isSupported) return `<pre>${escapeHtml(source)}</pre>`;
  const html = markdown.parse(source, { async: false });
  allowedHosts = (options.embedDomains ?? []).map((d) => d.toLowerCase());
  origin = options.origin ?? window.location.origin;
  try {
    return purifier.sanitize(html, {
      USE_PROFILES: { html: true },
      FORBID_TAGS,
      FORBID_ATTR,
      ADD_TAGS: allowedHosts.length > 0 ? ["iframe"] : [],
      ADD_ATTR: allowedHosts.length > 0 ? ["allowfullscreen"] : [],
      ALLOW_DATA_ATTR: false,
    });
  } finally {
    allowedHosts = [];
  }
}
