import type { ErrorCode } from "../../../shared/errors.ts";
import { ApiRequestError, readApiError } from "../../sync/api.ts";

/** The API's code for a status when the answer has no API error body (e.g. from a proxy). */
function codeOf(status: number): ErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  return status >= 500 ? "internal" : "bad_request";
}

/**
 * A non-OK answer to a file download as an ApiRequestError. Unlike a pull (apiFetch), where
 * a proxy's page means the server is out of reach, a download that got an answer says so:
 * the person should read why the file was refused.
 */
export async function responseError(response: Response): Promise<ApiRequestError> {
  return (
    (await readApiError(response)) ??
    new ApiRequestError(response.status, codeOf(response.status), `HTTP ${response.status}`)
  );
}
