/**
 * Staff-only code and styles: the build writes them under this folder and leaves them out
 * of the attendee precache; the service worker keeps the ones a staff device opened in
 * this cache, and the staff sign-out deletes it with the rest of the staff data.
 */
export const STAFF_ASSETS_DIR = "assets/staff/";
export const STAFF_ASSETS_CACHE = "th-staff-assets";
