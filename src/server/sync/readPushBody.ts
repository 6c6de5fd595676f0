import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { Context } from "hono";
import { PushBody } from "../../shared/ops.ts";
import { validateShape } from "../http/body.ts";
import { ApiError } from "../http/errors.ts";
import { assertNoNulInJson } from "../http/rejectNul.ts";

/** Most bytes a gzip-encoded push may expand to (the wire limit is the API's 1 MiB). */
export const MAX_PUSH_DECOMPRESSED_BYTES = 8 * 1024 * 1024;

const gunzipAsync = promisify(gunzip);

/**
 * Reads a push body: JSON, plain or `Content-Encoding: gzip` (≤ 8 MiB once expanded, else
 * 413), validated as a PushBody (the ops themselves are checked one by one later). The
 * 1 MiB limit on the wire is the API's body limit (http/bodyLimit.ts), applied before.
 */
export async function readPushBody(c: Context): Promise<PushBody> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "send the body as application/json");
  }
  const encoding = (c.req.header("content-encoding") ?? "").trim().toLowerCase();
  if (encoding !== "" && encoding !== "identity" && encoding !== "gzip") {
    throw new ApiError(415, "unsupported_media_type", "Content-Encoding must be gzip or none");
  }
  let bytes: Buffer = Buffer.from(await c.req.arrayBuffer());
  if (encoding === "gzip") bytes = await expand(bytes);
  // Buffer's decoder, not TextDecoder: the same text (bad bytes become U+FFFD) in a
  // fraction of the time for a 500-op body.
  const text = bytes.toString("utf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "the body is not valid JSON");
  }
  assertNoNulInJson(text, raw);
  return validateShape(PushBody, raw);
}

async function expand(gzipped: Buffer): Promise<Buffer> {
  try {
    return await gunzipAsync(gzipped, { maxOutputLength: MAX_PUSH_DECOMPRESSED_BYTES });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ApiError(
        413,
        "payload_too_large",
        `the decompressed body is larger than ${MAX_PUSH_DECOMPRESSED_BYTES / (1024 * 1024)} MiB`,
      );
    }
    throw new ApiError(400, "invalid_gzip", "the body is not valid gzip");
  }
}
