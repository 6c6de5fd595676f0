import { type ErrorCode, isApiErrorBody } from "../../shared/errors.ts";

/** The server answered with an API error (4xx/5xx with `{ error: { code, message } }`). */
export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The request never got an answer: no network, server down, or the connection was cut. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

/** fetch() against the API, turning failures into ApiRequestError or NetworkError. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...init });
  } catch (error) {
    throw new NetworkError((error as Error).message);
  }
  if (response.ok) return response;
  // A proxy or a dead server answered something else: treat it like no connection.
  throw (await readApiError(response)) ?? new NetworkError(`HTTP ${response.status}`);
}

/** The API error a non-OK answer carries; null when its body is not the API's error shape. */
export async function readApiError(response: Response): Promise<ApiRequestError | null> {
  const body: unknown = await response.json().catch(() => null);
  return isApiErrorBody(body)
    ? new ApiRequestError(response.status, body.error.code, body.error.message)
    : null;
}

/** POST a JSON body and parse the JSON answer. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await apiFetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}
