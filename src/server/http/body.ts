import type { Context } from "hono";
import * as v from "valibot";
import { ApiError } from "./errors.ts";
import { assertNoNul } from "./rejectNul.ts";

/**
 * Reads and validates a JSON request body against a shared valibot schema. A body sent
 * without the JSON content type is refused rather than guessed at.
 */
export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "send the body as application/json");
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, "invalid_json", "the body is not valid JSON");
  }
  assertNoNul(raw);
  return validate(schema, raw);
}

/** Validates any input (query, params) against a schema; 400 with the first issues. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  assertNoNul(input);
  return validateShape(schema, input);
}

/** Like validate, for input already cleared of NUL characters (assertNoNulInJson). */
export function validateShape<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const detail = result.issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? "body"}: ${issue.message}`)
    .join("; ");
  throw new ApiError(400, "validation_failed", detail);
}
