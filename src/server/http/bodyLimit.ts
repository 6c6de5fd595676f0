import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.ts";

/** Room for the largest JSON body (a material text of 200,000 characters, in UTF-8). */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Refuses a body over `maxSize` bytes with `tooLarge()`: by its Content-Length before
 * reading it, or while streaming it when the length is not declared.
 */
export function limitBody(maxSize: number, tooLarge: () => ApiError) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge();
    },
  });
}

/** The limit of every API route but the uploads, which set their own. */
export const jsonBodyLimit = limitBody(
  MAX_JSON_BYTES,
  () =>
    new ApiError(
      413,
      "payload_too_large",
      `the request body is larger than ${MAX_JSON_BYTES / (1024 * 1024)} MiB`,
    ),
);
