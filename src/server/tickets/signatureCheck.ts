import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { toBase64Url } from "../../shared/bytes.ts";
import type { SignatureCheck } from "../../shared/ticket.ts";

/** Public keys made into OpenSSL key objects, by their base64url text (a few per event). */
const keyObjects = new Map<string, KeyObject>();
const MAX_CACHED_KEYS = 1000;

function keyObjectOf(publicKey: Uint8Array): KeyObject {
  const x = toBase64Url(publicKey);
  let key = keyObjects.get(x);
  if (!key) {
    key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
    if (keyObjects.size >= MAX_CACHED_KEYS) keyObjects.clear();
    keyObjects.set(x, key);
  }
  return key;
}

/**
 * The server's Ed25519 check of a ticket's signature: OpenSSL through node:crypto, which
 * like the phones' check (RFC 8032, not ZIP 215) refuses a non-canonical `s`. Phones verify
 * in JavaScript (noble), which took 2 ms a ticket on the server — most of the time a door
 * phone's synced scans took to apply (issue 10); natively it is a small fraction of that.
 */
export const nativeSignatureCheck: SignatureCheck = (signature, message, publicKey) =>
  verify(null, message, keyObjectOf(publicKey), signature);
