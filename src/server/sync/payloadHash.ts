import { hash } from "node:crypto";

/**
 * JSON with object keys sorted at every depth, so that the same value gives the same text
 * whoever serialised it (a device, or a hall server forwarding the op). Loops rather than
 * map/filter callbacks: it runs for every op of every push, and each callback created is
 * also named at creation under tsx (esbuild's keepNames).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i === 0 ? "" : ",") + canonicalJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = "{";
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text === "{" ? "" : ","}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
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
