import { createSignal, Show } from "solid-js";
import type { PackFile } from "../../../shared/pack.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { ApiRequestError } from "../../sync/api.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { createCachedUrls } from "./createCachedUrls.ts";
import { type DownloadStop, downloadFiles } from "./fileCache.ts";
import { offlineMessages } from "./messages.ts";
import "./offline.css";

/** Whether one material's file is on the device, with a button to download it alone. */
export function FileOfflineState(props: { file: PackFile; title: string }) {
  const t = useFeatureMessages(offlineMessages);
  const { t: appT } = useI18n();
  const cached = createCachedUrls();
  const [busy, setBusy] = createSignal(false);
  const [stopped, setStopped] = createSignal<DownloadStop | null>(null);
  const [refusal, setRefusal] = createSignal<ApiRequestError>();
  const have = () => cached.urls().has(props.file.url);
  const download = async () => {
    setBusy(true);
    const result = await downloadFiles([props.file]);
    setStopped(result.stoppedBy);
    setRefusal(result.error);
    await cached.refresh();
    setBusy(false);
  };
  return (
    <p class="file-card__state" aria-live="polite">
      <Show
        when={have()}
        fallback={
          <>
            <span class="offline-state--no">{t("notAvailable")}</span>{" "}
            <button
              type="button"
              class="button--quiet"
              disabled={busy()}
              aria-label={t("downloadOne", { title: props.title })}
              onClick={download}
            >
              {busy() ? t("downloading") : `⬇ ${t("downloadOneShort")}`}
            </button>
            <Show when={stopped() !== null && stopped() !== "aborted"}>
              <span class="offline-state--no">
                {" "}
                {stopped() === "quota"
                  ? t("stoppedQuota")
                  : stopped() === "unsupported"
                    ? t("unsupported")
                    : stopped() === "http"
                      ? t("stoppedHttp", {
                          title: props.title,
                          reason: errorMessage(appT, refusal()),
                        })
                      : t("stoppedNetwork")}
              </span>
            </Show>
          </>
        }
      >
        <span class="offline-state--yes">{t("available")}</span>
      </Show>
    </p>
  );
}
