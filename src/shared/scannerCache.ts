/**
 * Issue 10: the cache where the service worker keeps the QR decoder (the zxing worker's
 * wasm, ~1 MB, neither precached nor staff code) once a device fetched it, so scanning
 * works offline on door phones and on attendees' phones alike.
 */
export const SCANNER_CACHE = "th-scanner";
