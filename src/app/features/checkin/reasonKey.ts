// Beside messages.ts, which holds only dictionaries (the i18n test reads every export).

/** The reasons the server gives for refusing a self check-in that have words of their own. */
const REASONS = [
  "code_expired",
  "wrong_session",
  "bad_code",
  "unknown_list",
  "not_a_session_list",
] as const;
type Reason = (typeof REASONS)[number];

/** The message key of a check-in's refusal reason, or null when it has no words of its own. */
export function checkinReasonKey(code: string | null): `reason.${Reason}` | null {
  const known = REASONS.find((r) => r === code);
  return known ? `reason.${known}` : null;
}
