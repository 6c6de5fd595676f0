import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { type FileMime, nameForType } from "../../shared/files.ts";
import { isUuid } from "../../shared/ids.ts";
import { requireEventRole } from "../auth/access.ts";
import type { AppEnv } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { files, materials } from "../store/schema.ts";

/** RFC 6266 filename parameters: an ASCII fallback and the UTF-8 name. */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "_");
  return `inline; filename="${ascii || "file"}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * GET /api/events/:slug/files/:id — a material file, to the event's attendees (only files
 * of published materials of a published event) and staff. File rows never change, so the
 * answer may be cached for good; the app keeps it for offline reading.
 *
 * GET /api/events/:slug/files/:id/:name — the same file (the name is not checked): Chromium
 * titles the tab of a PDF after the last part of its URL, not after Content-Disposition,
 * so the app opens files under their name (shared/files.ts namedFileUrl).
 */
export const fileRoutes = new Hono<AppEnv>().on(
  "GET",
  ["/:slug/files/:id", "/:slug/files/:id/:name"],
  async (c) => {
    const { event, role } = await requireEventRole(c, c.req.param("slug"), [
      "admin",
      "organiser",
      "trainer",
      "attendee",
    ]);
    const id = c.req.param("id");
    if (!isUuid(id)) throw notFound("file");
    const db = c.var.store.db;
    if (role === "attendee") {
      const [visible] = await db
        .select({ id: materials.id })
        .from(materials)
        .where(
          and(
            eq(materials.eventId, event.id),
            eq(materials.fileId, id),
            eq(materials.deleted, false),
            eq(materials.published, true),
          ),
        )
        .limit(1);
      if (!visible || !event.published) throw notFound("file");
    }
    const [meta] = await db
      .select({ sha256: files.sha256 })
      .from(files)
      .where(and(eq(files.id, id), eq(files.eventId, event.id)));
    if (!meta) throw notFound("file");
    const tag = `"${meta.sha256}"`;
    const headers = {
      ETag: tag,
      "Content-Security-Policy": "sandbox",
      // private: behind a sign-in; immutable: a new upload gets a new id, hence a new URL.
      "Cache-Control": "private, max-age=31536000, immutable",
    };
    if (c.req.header("if-none-match") === tag) return c.body(null, 304, headers);
    const [file] = await db
      .select()
      .from(files)
      .where(and(eq(files.id, id), eq(files.eventId, event.id)));
    if (!file) throw notFound("file");
    return c.body(file.data as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      "Content-Type": file.mime,
      "Content-Length": String(file.size),
      // Issue 12: the name's extension is the checked type's (rows stored before included),
      // and (headers above: CSP sandbox) the file opened on its own runs no script.
      "Content-Disposition": contentDisposition(nameForType(file.name, file.mime as FileMime)),
    });
  },
);
