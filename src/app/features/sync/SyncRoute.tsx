import { createSignal, For, Show } from "solid-js";
import type { OutboxEntry } from "../../db/db.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { formatWhen } from "../../i18n/formatWhen.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { appOutboxSync } from "../../sync/appOutboxSync.ts";
import { outboxStatus } from "../../sync/outboxStatus.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { checkinMessages } from "../checkin/messages.ts";
import { checkinReasonKey } from "../checkin/reasonKey.ts";
import { syncMessages } from "./messages.ts";
import { listOutbox } from "./sync.repo.ts";
import { entryLabel, parkedReason, syncProblem } from "./syncProblem.ts";
import "./sync.css";

/**
 * /sync — what this device still has to send and what the server refused, in plain words
 * (what, when, why), the last success and the last error, and "Đồng bộ ngay".
 */
export default function SyncRoute() {
  const t = useFeatureMessages(syncMessages);
  const checkinT = useFeatureMessages(checkinMessages);
  const { locale } = useI18n();
  const engine = appOutboxSync();
  const listing = createLiveQuery(
    () => null,
    () => listOutbox(),
  );
  const [busy, setBusy] = createSignal(false);
  const when = (at: number | string) => formatWhen(at, locale());
  const eventOf = (entry: OutboxEntry) => listing.value()?.eventTitles.get(entry.eventId);

  const syncNow = async () => {
    setBusy(true);
    try {
      await engine.syncNow();
    } finally {
      setBusy(false);
    }
  };

  // A refused check-in says why in the check-in screen's words ("mã không đúng"), not a code.
  const refusal = (entry: OutboxEntry) => {
    const key = entry.kind.startsWith("checkin.") ? checkinReasonKey(entry.lastError) : null;
    return key ? checkinT(key) : parkedReason(t, entry.lastError);
  };

  const describe = (entry: OutboxEntry) => (
    <>
      <strong>{entryLabel(t, entry.kind)}</strong>
      <Show when={eventOf(entry)}>{(title) => <span> · {title()}</span>}</Show>
      <br />
      <small>
        {t("madeAt", { when: when(entry.createdAt) })}
        <Show when={entry.attempts > 0}> · {t("attempts", { count: entry.attempts })}</Show>
      </small>
    </>
  );

  return (
    <section class="sync-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p data-last-success>
        {t("lastSuccess", {
          when: outboxStatus().lastSuccessAt
            ? when(outboxStatus().lastSuccessAt as number)
            : t("never"),
        })}
      </p>
      <Show when={outboxStatus().lastError}>
        {(error) => (
          <p class="sync-page__error" role="alert" data-last-error>
            {t("lastError", { reason: syncProblem(t, error()) })}
            <Show when={outboxStatus().nextRetryAt}>
              {(at) => <> {t("nextRetry", { when: when(at()) })}</>}
            </Show>
          </p>
        )}
      </Show>
      <Show when={listing.error()}>
        {(error) => (
          <p class="sync-page__error" role="alert">
            {t("loadFailed", { reason: syncProblem(t, error()) })}
          </p>
        )}
      </Show>
      <button
        type="button"
        onClick={syncNow}
        disabled={busy() || outboxStatus().pushing}
        data-sync-now
      >
        {busy() || outboxStatus().pushing ? t("syncing") : t("syncNow")}
      </button>
      <Show when={listing.value()}>
        {(list) => (
          <>
            <Show when={list().pendingCount === 0 && list().parkedCount === 0}>
              <p data-all-sent>{t("allSent")}</p>
            </Show>
            <Show when={list().pendingCount > 0}>
              <h2>{t("pendingHeading", { count: list().pendingCount })}</h2>
              <ul class="sync-page__list" data-pending-list>
                <For each={list().pending}>{(entry) => <li>{describe(entry)}</li>}</For>
              </ul>
              <Show when={list().pendingCount > list().pending.length}>
                <p>{t("more", { count: list().pendingCount - list().pending.length })}</p>
              </Show>
            </Show>
            <Show when={list().parkedCount > 0}>
              <h2>{t("parkedHeading", { count: list().parkedCount })}</h2>
              <p>{t("parkedHint")}</p>
              <ul class="sync-page__list" data-parked-list>
                <For each={list().parked}>
                  {(entry) => (
                    <li>
                      {describe(entry)}
                      <br />
                      <small class="sync-page__reason">{refusal(entry)}</small>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={list().parkedCount > list().parked.length}>
                <p>{t("more", { count: list().parkedCount - list().parked.length })}</p>
              </Show>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
