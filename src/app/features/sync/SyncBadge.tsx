import { A } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { appOutboxSync } from "../../sync/appOutboxSync.ts";
import { outboxStatus } from "../../sync/outboxStatus.ts";
import { syncMessages } from "./messages.ts";
import "./sync.css";

/**
 * The header's sync state: how many entries wait to be sent and a marker when the last
 * push failed or the server refused entries; a link to the sync page. Loaded after the
 * first screen (it starts the push engine), and invisible while there is nothing to tell.
 */
export default function SyncBadge() {
  const t = useFeatureMessages(syncMessages);
  onMount(() => appOutboxSync());
  const pending = () => outboxStatus().counts.pending;
  const problem = () => outboxStatus().lastError !== null || outboxStatus().counts.parked > 0;
  return (
    <Show when={pending() > 0 || problem()}>
      <A
        href="/sync"
        class="sync-badge"
        classList={{ "sync-badge--problem": problem() }}
        title={t("badgeLabel", { count: pending() })}
        data-sync-badge
      >
        <Show when={problem()}>
          <span class="sync-badge__marker" aria-hidden="true">
            !
          </span>
          <span class="visually-hidden">{t("badgeProblem")}</span>
        </Show>
        <Show when={pending() > 0}>
          <span>{t("badgePending", { count: pending() })}</span>
        </Show>
      </A>
    </Show>
  );
}
