import { type AppDb, db as appDb } from "../../db/db.ts";
import { postJson } from "../../sync/api.ts";
import { syncEvent } from "../../sync/syncEvent.ts";
import { recordPull } from "../../sync/syncStatus.ts";
import { requestPersistence } from "../offline/storage.ts";

/**
 * Signs this device in with an invite token (the server sets the attendee cookie), then
 * downloads the event pack. Returns the event's slug.
 */
export async function redeemInvite(
  token: string,
  onProgress: (phase: "signing-in" | "downloading", fraction: number) => void,
  db: AppDb = appDb,
): Promise<string> {
  onProgress("signing-in", 0);
  const { event } = await postJson<{ event: { slug: string } }>("/api/invites/redeem", { token });
  onProgress("downloading", 0);
  // The pack, and with it the ticket, so that it shows later with no network.
  await syncEvent(db, event.slug, (fraction) => onProgress("downloading", fraction));
  // The agenda opened next need not pull the same pack again (issue 13: one pull per trigger).
  recordPull(event.slug);
  // The event is now worth keeping offline: ask the browser not to evict it when space runs
  // low, not only when files are downloaded. Not awaited: a browser that asks the person
  // must not hold up the agenda. The offline screen says what is at risk when refused.
  void requestPersistence();
  return event.slug;
}
