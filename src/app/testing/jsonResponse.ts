/** A JSON response as the API sends it, for a stubbed fetch. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** The API's error answer: `{error: {code, message}}` with its status. */
export function apiErrorResponse(status: number, code: string, message = code): Response {
  return jsonResponse({ error: { code, message } }, status);
}
