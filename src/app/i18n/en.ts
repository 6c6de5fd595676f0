import type { Dictionary } from "./vi.ts";

/** English: complete, key for key with vi.ts (the type makes a missing key an error). */
export const en: Dictionary = {
  "app.name": "Tập huấn",
  "app.skipToContent": "Skip to main content",
  "app.language": "Language",
  "app.languageName.vi": "Tiếng Việt",
  "app.languageName.en": "English",
  "status.online": "Online",
  "status.offline": "Offline",
  "status.offlineHint": "No network — what you downloaded is still available.",
  "update.available": "A new version is available",
  "update.reload": "Reload",
  "home.title": "Your events",
  "home.empty": "No event on this device yet.",
  "home.howTo":
    "Open the invite link (or scan the QR code on your invitation) that the organisers sent you.",
  "home.open": "Open",
  "invite.signingIn": "Signing in…",
  "invite.downloading": "Downloading the event to this device…",
  "invite.progress": "{percent}% downloaded",
  "invite.failedTitle": "This invite link could not be opened",
  "invite.retry": "Try again",
  "invite.goHome": "Go to the home page",
  "agenda.title": "Agenda",
  "agenda.welcome": "Hello, {name}",
  "agenda.room": "Room",
  "agenda.speakers": "Speakers",
  "agenda.break": "Break",
  "agenda.materials": "Materials",
  "agenda.noSessions": "The agenda has not been published yet.",
  "agenda.notOnDevice": "This event is not on this device yet. Open your invite link while online.",
  "agenda.updatedAt": "Updated at {time}",
  "agenda.timeRange": "{start} – {end}",
  "notFound.title": "Page not found",
  "notFound.back": "Go to the home page",
  "error.network": "Cannot reach the server. Check the network and try again.",
  "error.invite_malformed":
    "The invite link is damaged or incomplete. Open the exact link the organisers sent.",
  "error.invite_expired": "The invite link has expired. Ask the organisers for a new one.",
  "error.invite_revoked":
    "This invite link was replaced by a newer one. Use the latest link the organisers sent.",
  "error.not_found": "The requested content was not found.",
  "error.unauthenticated": "Please sign in again with your invite link.",
  "error.forbidden": "This account may not see this content.",
  "error.rate_limited": "Too many attempts. Wait a moment and try again.",
  "error.invalid_credentials": "Wrong username or password.",
  "error.generic": "Something went wrong. Please try again.",
  "error.internal": "The server ran into a problem. Please try again in a few minutes.",
  "agenda.tools": "Event tools",
  "agenda.search": "Search",
  "agenda.offlineLink": "Materials & offline download",
  "agenda.now": "On now",
  "agenda.next": "Next",
  "agenda.changed": "Updated",
  "agenda.all": "All",
  "agenda.mine": "Mine ({count})",
  "agenda.mineEmpty":
    "You have not picked any session yet. Tap ☆ on a session to add it to your agenda.",
  "agenda.star": "My agenda: {title}",
  "error.conflict":
    "Someone else changed this item while you were editing. Reload the latest version and make your change again; yours was not saved.",
  "error.slug_taken": "Another event already uses this address (slug). Choose another one.",
  "error.file_too_large": "The file is larger than 50 MB. Compress or split it, then upload again.",
  "error.file_type_unsupported":
    "Only PDF, PNG, JPEG or WebP files are accepted (checked by the file's content, not its name).",
  "error.validation_failed": "Some data is not valid. Check the fields you filled in.",
  "error.wrong_password": "The current password is wrong.",
  "error.same_password": "The new password must differ from the current one.",
  "error.payload_too_large": "The file is too large.",
  "error.not_a_roster": "This file is not a roster (a CSV or Excel .xlsx file is needed).",
  "error.roster_xls":
    "This is an old Excel file (.xls): open it in Excel, save it as .xlsx or CSV UTF-8, then upload that file.",
  "error.roster_no_header":
    'No header row with a "Họ và tên" (full name) column was found in the file.',
  "error.roster_changed":
    "The roster on the server has just changed. Review the preview again, then confirm.",
  "error.device_limit":
    "This invite link is already in use on another device. Ask the organisers to allow another device.",
  "error.no_ticket": "There is no ticket for this attendee yet.",
  "ticket.open": "My entry ticket (QR code)",
  "ticket.none": "No ticket on this device yet. Open this page once while online.",
  "ticket.qrLabel": "Entry ticket QR code of {name}",
  "ticket.brightness": "Turn the screen brightness up fully when you show the code to be scanned.",
  "ticket.back": "← Back to the agenda",
  "ticket.fullscreen": "Full screen",
  "ticket.revoked": "Your ticket was revoked. Ask the organisers for a new one.",
  "agenda.loading": "Loading the agenda…",
  "agenda.syncFailed": "Could not update: {reason}",
  "agenda.reopenInvite":
    "your sign-in has expired or the invite link was revoked. Open your invite link again.",
  "agenda.eventNotFound": "There is no event at this address. Check the link.",
  "error.version_ahead": "The server holds older data than this device.",
  // Issue 12: hardening.
  "error.invalid_characters": "The data contains characters that are not allowed. Please check it.",
  "error.cross_origin": "Refused: the request did not come from the app's own page. Please reload.",
  "error.plan_hash_required": "Please preview the roster before importing it.",
  "error.roster_too_many_rows":
    "The file has too many rows. Please split it into smaller files and import them one by one.",
  "error.roster_too_large":
    "The Excel file is too large once unpacked. Please save it as CSV or split it.",
  "error.login_busy":
    "The server is busy checking many sign-ins. Please try again in a few seconds.",
  "error.event_not_published":
    "This event is not published yet. Please try again once the organisers publish it.",
};
