import { type ErrorCode, isApiErrorBody } from "../../../shared/errors.ts";
import { ApiRequestError } from "../../sync/api.ts";

/** The API's code for a status when the answer has no API error body (e.g. from a proxy). */
function codeOf(status: number): ErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  return status >= 500 ? "internal" : "bad_request";
}

/**
 * A non-OK answer as an ApiRequestError: the server did answer, so this is not a lost
 * connection, and the person should read why it refused.
 */
export async function responseError(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  return isApiErrorBody(body)
    ? new ApiRequestError(response.status, body.error.code, body.error.message)
    : new ApiRequestError(response.status, codeOf(response.status), `HTTP ${response.status}`);
}
