/**
 * The sync badge and the sync page as one lazily loaded chunk: the header loads it after
 * the first screen (and thereby starts the push engine), /sync reuses it. One chunk rather
 * than two with a shared one: the shared chunk made the bundler split its runtime helpers
 * out of the first load's database chunk, which cost the attendee's first load 0.4 KiB.
 */
export { default as SyncBadge } from "./SyncBadge.tsx";
export { default as SyncRoute } from "./SyncRoute.tsx";
