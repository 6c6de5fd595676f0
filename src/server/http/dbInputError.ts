/**
 * True when an error thrown by the database (PGlite or PostgreSQL, possibly wrapped by
 * Drizzle in `cause`) is a data exception (SQLSTATE class 22: a NUL byte in text, a number
 * out of range, a malformed value). Such an error comes from input that validation let
 * through, so the request is answered 400, not 500. Its parameters are never logged.
 */
export function isDbInputError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * What to log of an unexpected error: its name, the first line of its message up to any
 * bind parameters (Drizzle's query errors append them after "params:"), its stack frames,
 * and its cause's SQLSTATE and message with quoted values masked (PostgreSQL quotes the
 * offending input there). Never the parameters: they hold names, phones and emails.
 */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return "non-Error thrown";
  const headline = (error.message.split("\nparams:")[0] ?? "").split("\n").slice(0, 3).join(" ");
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const lines = [`${error.name}: ${headline}`, ...frames.slice(0, 12)];
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (cause && typeof cause === "object") {
    const message = String(cause.message ?? "").replace(/"[^"]*"|'[^']*'/g, '"…"');
    lines.push(`caused by ${String(cause.code ?? "")} ${message.split("\n")[0]}`);
  }
  return lines.join("\n");
}
