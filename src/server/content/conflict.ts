import { ApiError, notFound } from "../http/errors.ts";

/**
 * The error for a save whose `version` is not the item's current one: someone else saved
 * it in between. Refusing it (rather than overwriting) keeps their change.
 */
export function conflict(what: string, current: number, sent: number): ApiError {
  return new ApiError(
    409,
    "conflict",
    `this ${what} was changed by someone else since you opened it (now version ${current}, ` +
      `you sent ${sent}); reload it and apply your change again`,
  );
}

/**
 * After an update that matched no row: 404 when the item is not there (or deleted), 409
 * when it is there at another version.
 */
export function missingOrStale(
  what: string,
  row: { version: number; deleted?: boolean } | undefined,
  sent: number,
): ApiError {
  if (!row || row.deleted) return notFound(what);
  return conflict(what, row.version, sent);
}
