import { hash } from "node:crypto";

/**
 * JSON with object keys sorted at every depth, so that the same value gives the same text
 * whoever serialised it (a device, or a hall server forwarding the op).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
}

/**
 * What makes two ops with one id "the same op": kind, event and payload (hex SHA-256).
 * The device clock fields are left out: they describe when, not what.
 */
export function payloadHash(
  kind: string,
  eventId: string,
  payload: unknown,
  canonicalPayload = canonicalJson(payload),
): string {
  // The one-shot hash: createHash() costs ~50 µs a call under OpenSSL 3, most of a push.
  return hash("sha256", `${kind}\n${eventId.toLowerCase()}\n${canonicalPayload}`, "hex");
}
