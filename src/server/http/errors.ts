import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../../shared/errors.ts";

/** An error the API answers with `{ error: { code, message } }` and a 4xx/5xx status. */
export class ApiError extends HTTPException {
  override name = "ApiError";
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);
export const unauthenticated = () => new ApiError(401, "unauthenticated", "sign in first");
export const forbidden = () => new ApiError(403, "forbidden", "not allowed for this account");

/**
 * Issue 12: a draft event does not exist for its attendees yet. One rule for the invite,
 * the ticket and the pack alike: 404 with this code, and nothing issued (no sign-in, no
 * ticket). Staff still see and edit the draft.
 */
export const eventNotPublished = () =>
  new ApiError(404, "event_not_published", "this event is not published yet");
