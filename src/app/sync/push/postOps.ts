import type { PushBody, PushResponse } from "../../../shared/ops.ts";
import { NetworkError, readApiError } from "../api.ts";
import { recordServerTime } from "../clockOffset.ts";
import { PushRefusedError, PushRetryableError, PushSignedOutError } from "./errors.ts";
import { gzipBody } from "./gzipBody.ts";
import { parseRetryAfter } from "./parseRetryAfter.ts";

/** Where and how to send; tests point these at a server of their own. */
export interface PostOptions {
  /** Prefix of the API paths: "" in the app, "http://127.0.0.1:port" in Node tests. */
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Extra request headers (the Node tests' session cookie). */
  headers?: Record<string, string>;
}

/**
 * POSTs one batch to `/api/events/:event/ops` (gzip where the browser can), records the
 * clock offset from the answer's serverTime, and returns the per-op answers. Throws
 * NetworkError, PushRetryableError (5xx, 429, a non-API answer), PushSignedOutError (401)
 * or PushRefusedError (another 4xx).
 */
export async function postOps(
  event: string,
  body: PushBody,
  options: PostOptions = {},
): Promise<PushResponse> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const json = JSON.stringify(body);
  const gzipped = await gzipBody(json);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...options.headers,
  };
  if (gzipped) headers["content-encoding"] = "gzip";
  const sentAt = now();
  let response: Response;
  try {
    response = await doFetch(
      `${options.baseUrl ?? ""}/api/events/${encodeURIComponent(event)}/ops`,
      {
        method: "POST",
        credentials: "same-origin",
        headers,
        body: gzipped ?? json,
      },
    );
  } catch (error) {
    throw new NetworkError((error as Error).message);
  }
  const receivedAt = now();
  if (response.ok) {
    let answer: PushResponse;
    try {
      answer = (await response.json()) as PushResponse;
    } catch (error) {
      // The connection broke while the answer was coming: the ops may be applied; resending
      // them is safe (the server answers "duplicate").
      throw new NetworkError((error as Error).message);
    }
    if (!Array.isArray(answer?.results)) throw new PushRetryableError(response.status, null);
    recordServerTime(answer.serverTime, sentAt, receivedAt);
    return answer;
  }
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now());
  if (response.status === 401) throw new PushSignedOutError();
  if (response.status === 429 || response.status >= 500) {
    await response.body?.cancel().catch(() => {});
    throw new PushRetryableError(response.status, retryAfter);
  }
  const apiError = await readApiError(response);
  if (!apiError) throw new PushRetryableError(response.status, retryAfter);
  throw new PushRefusedError(response.status, apiError.code);
}
