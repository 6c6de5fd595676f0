import { v7 } from "uuid";

/** A new time-ordered UUIDv7: every client- or server-created record gets one. */
export function newId(): string {
  return v7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a UUID in its canonical textual form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
