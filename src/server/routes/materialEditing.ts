import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { CreateMaterialBody, UpdateMaterialBody, VersionQuery } from "../../shared/api.ts";
import { MAX_FILE_BYTES } from "../../shared/files.ts";
import { isUuid, newId } from "../../shared/ids.ts";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { missingOrStale } from "../content/conflict.ts";
import { type FileMeta, fileMetaColumns, staffMaterial } from "../content/staffView.ts";
import { newStoredFile } from "../content/storedFile.ts";
import { bumpEventVersion, type Tx } from "../content/version.ts";
import { readJson, validate } from "../http/body.ts";
import { limitBody } from "../http/bodyLimit.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { files, materials } from "../store/schema.ts";

const tooLarge = () =>
  new ApiError(413, "file_too_large", `the file is larger than ${MAX_FILE_BYTES / 1_000_000} MB`);

/** The `:id` of the route, or 404 when it cannot be an id. */
function materialId(id: string): string {
  if (!isUuid(id)) throw notFound("material");
  return id;
}

async function currentMaterial(tx: Tx, eventId: string, id: string) {
  const [row] = await tx
    .select({ version: materials.version, deleted: materials.deleted })
    .from(materials)
    .where(and(eq(materials.id, id), eq(materials.eventId, eventId)));
  return row;
}

/** Sets fields of a live material at the version the editor saw; 404/409 otherwise. */
async function updateMaterial(
  tx: Tx,
  eventId: string,
  id: string,
  sent: number,
  set: Partial<typeof materials.$inferInsert>,
) {
  const version = await bumpEventVersion(tx, eventId);
  const [row] = await tx
    .update(materials)
    .set({ ...set, version })
    .where(
      and(
        eq(materials.id, id),
        eq(materials.eventId, eventId),
        eq(materials.version, sent),
        eq(materials.deleted, false),
      ),
    )
    .returning();
  // Throwing rolls the whole transaction back, file row and version bump included.
  if (!row) throw missingOrStale("material", await currentMaterial(tx, eventId, id), sent);
  return row;
}

async function fileMeta(tx: Tx, fileId: string | null): Promise<FileMeta | null> {
  if (!fileId) return null;
  const [meta] = await tx.select(fileMetaColumns).from(files).where(eq(files.id, fileId));
  return meta ?? null;
}

/**
 * Creating, editing and deleting materials (markdown text and an optional PDF or image),
 * for the event's organisers and admins (issue 3). Same rules as sessions: every change
 * bumps the event version in its transaction, a stale version is refused with 409.
 */
export const materialEditingRoutes = new Hono<AppEnv>()
  .post("/:slug/materials", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const body = await readJson(c, CreateMaterialBody);
    const row = await c.var.store.db.transaction(async (tx) => {
      const version = await bumpEventVersion(tx, event.id);
      const [created] = await tx
        .insert(materials)
        .values({ id: newId(), eventId: event.id, ...body, version })
        .returning();
      return created!;
    });
    return c.json({ material: staffMaterial(row, event.slug, null) }, 201);
  })
  .put("/:slug/materials/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = materialId(c.req.param("id"));
    const { version: sent, ...fields } = await readJson(c, UpdateMaterialBody);
    const { row, file } = await c.var.store.db.transaction(async (tx) => {
      const row = await updateMaterial(tx, event.id, id, sent, fields);
      return { row, file: await fileMeta(tx, row.fileId) };
    });
    return c.json({ material: staffMaterial(row, event.slug, file) });
  })
  .delete("/:slug/materials/:id", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = materialId(c.req.param("id"));
    const { version: sent } = validate(VersionQuery, c.req.query());
    await c.var.store.db.transaction((tx) =>
      updateMaterial(tx, event.id, id, sent, { deleted: true }),
    );
    return c.body(null, 204);
  })
  // POST /api/events/:slug/materials/:id/file: multipart form with `file` and `version`.
  .post(
    "/:slug/materials/:id/file",
    // Refuses by Content-Length before reading, or while streaming when it is absent; the
    // margin leaves room for the multipart envelope around a file of exactly the limit.
    limitBody(MAX_FILE_BYTES + 64 * 1024, tooLarge),
    async (c) => {
      const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
      const id = materialId(c.req.param("id"));
      if (!/^multipart\/form-data\s*;/i.test(c.req.header("content-type") ?? "")) {
        throw new ApiError(
          415,
          "unsupported_media_type",
          "send the file as multipart/form-data with fields file and version",
        );
      }
      let form: Record<string, string | File>;
      try {
        form = (await c.req.parseBody()) as Record<string, string | File>;
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw new ApiError(400, "bad_request", "the form could not be read");
      }
      const upload = form.file;
      if (!(upload instanceof File)) {
        throw new ApiError(400, "validation_failed", "file: attach the file in a field named file");
      }
      const { version: sent } = validate(VersionQuery, { version: form.version });
      if (upload.size > MAX_FILE_BYTES) throw tooLarge();
      const stored = newStoredFile(
        event.id,
        upload.name,
        new Uint8Array(await upload.arrayBuffer()),
      );
      if (!stored) {
        throw new ApiError(
          415,
          "file_type_unsupported",
          "the file is not a PDF, PNG, JPEG or WebP (judged by its content, not its name)",
        );
      }
      const meta: FileMeta = {
        id: stored.id,
        name: stored.name,
        mime: stored.mime,
        size: stored.size,
      };
      const row = await c.var.store.db.transaction(async (tx) => {
        await tx.insert(files).values(stored);
        return updateMaterial(tx, event.id, id, sent, { fileId: meta.id });
      });
      return c.json({ material: staffMaterial(row, event.slug, meta) });
    },
  )
  // DELETE /api/events/:slug/materials/:id/file?version=N: detaches the file.
  .delete("/:slug/materials/:id/file", async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const id = materialId(c.req.param("id"));
    const { version: sent } = validate(VersionQuery, c.req.query());
    const row = await c.var.store.db.transaction((tx) =>
      updateMaterial(tx, event.id, id, sent, { fileId: null }),
    );
    return c.json({ material: staffMaterial(row, event.slug, null) });
  });
