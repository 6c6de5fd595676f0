import type { Context } from "hono";
import { Hono } from "hono";
import * as v from "valibot";
import { MANAGERS, requireEventRole } from "../auth/access.ts";
import { validate } from "../http/body.ts";
import { limitBody } from "../http/bodyLimit.ts";
import type { AppEnv } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { applyRoster, RosterChangedError } from "../roster/apply.ts";
import { currentRoster, planRoster } from "../roster/plan.ts";
import { MAX_ROSTER_BYTES, RosterFileError, readRosterFile } from "../roster/read.ts";

const ImportQuery = v.object({
  planHash: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, "planHash is malformed")),
  ),
});

/**
 * Content types a roster upload may have: what browsers give .csv and .xlsx files, and
 * application/octet-stream (what the app sends; the file is judged by its bytes). Never
 * text/plain, a form encoding or multipart: those are what a form on another site posts.
 */
const ROSTER_TYPES = new Set([
  "application/octet-stream",
  "text/csv",
  "application/csv",
  "text/comma-separated-values",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
]);

/**
 * The uploaded file: the raw request body, at most 5 MiB (rosterLimit), read under the
 * configured row and expansion limits.
 */
async function uploadedRoster(c: Context<AppEnv>) {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!ROSTER_TYPES.has(type)) {
    throw new ApiError(415, "unsupported_media_type", "send the roster file as its own body");
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  try {
    return await readRosterFile(bytes, {
      maxRows: c.var.config.rosterMaxRows,
      maxUnzippedBytes: c.var.config.rosterMaxUnzippedBytes,
    });
  } catch (error) {
    if (error instanceof RosterFileError) {
      throw new ApiError(STATUS_OF[error.code] ?? 400, error.code, error.message);
    }
    throw error;
  }
}

/** Statuses other than 400 for a refused file: too big for this server, not malformed. */
const STATUS_OF: Partial<Record<RosterFileError["code"], 413 | 422>> = {
  roster_too_many_rows: 422,
  roster_too_large: 413,
};

const rosterLimit = limitBody(
  MAX_ROSTER_BYTES,
  () =>
    new ApiError(
      413,
      "payload_too_large",
      `a roster file may have at most ${MAX_ROSTER_BYTES / 1024 / 1024} MiB`,
    ),
);

/**
 * Roster import under /api/events/:slug/roster: `preview` says row by row what would
 * happen and writes nothing; `import` applies the same file in one transaction, only if
 * the plan still has the `planHash` the organiser saw.
 */
export const rosterRoutes = new Hono<AppEnv>()
  .post("/:slug/roster/preview", rosterLimit, async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const file = await uploadedRoster(c);
    return c.json(await planRoster(file, await currentRoster(c.var.store.db, event.id)));
  })
  .post("/:slug/roster/import", rosterLimit, async (c) => {
    const { event } = await requireEventRole(c, c.req.param("slug"), MANAGERS);
    const { planHash } = validate(ImportQuery, c.req.query());
    // Only what the organiser saw in a preview is imported: never a file posted blind.
    if (!planHash) {
      throw new ApiError(400, "plan_hash_required", "preview the file first and send its planHash");
    }
    const file = await uploadedRoster(c);
    try {
      return c.json(await applyRoster(c.var.store.db, event.id, file, { expectedHash: planHash }));
    } catch (error) {
      if (error instanceof RosterChangedError) {
        throw new ApiError(
          409,
          "roster_changed",
          "the roster changed since the preview; preview again",
        );
      }
      throw error;
    }
  });
