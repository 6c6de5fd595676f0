import { A, useParams } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import type { PackFile } from "../../../shared/pack.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { createPackSync } from "../../sync/createPackSync.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { formatBytes } from "../../ui/formatBytes.ts";
import { createCachedUrls } from "./createCachedUrls.ts";
import { canKeepFiles, type DownloadResult, downloadFiles, pruneFiles } from "./fileCache.ts";
import { offlineMessages } from "./messages.ts";
import { filesInUse, getOfflineData } from "./offline.repo.ts";
import {
  filesThatDoNotFit,
  getStorageState,
  requestPersistence,
  type StorageState,
} from "./storage.ts";
import "./offline.css";

/**
 * /e/:slug/offline — every material with whether it is on the device and its size, the
 * event's total, "download everything" with a progress bar (resumable), and what the
 * browser says about storage: persistence and the estimate, and what will not fit.
 */
export default function OfflineRoute() {
  const t = useFeatureMessages(offlineMessages);
  const { intlLocale, t: appT } = useI18n();
  const params = useParams<{ slug: string }>();
  const data = createLiveQuery(
    () => params.slug,
    (slug) => getOfflineData(slug),
  );
  createPackSync(() => params.slug);
  const cached = createCachedUrls();
  const [storage, setStorage] = createSignal<StorageState>({
    persisted: null,
    usage: null,
    quota: null,
  });
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  const [result, setResult] = createSignal<DownloadResult | null>(null);
  onMount(async () => {
    setStorage(await getStorageState());
    // Files of materials that were removed or replaced since they were downloaded.
    await pruneFiles(await filesInUse());
    await cached.refresh();
  });

  const files = (): PackFile[] => (data.value()?.materials ?? []).flatMap((m) => m.file ?? []);
  const missing = () => files().filter((f) => !cached.urls().has(f.url));
  const size = (list: PackFile[]) => list.reduce((sum, f) => sum + f.size, 0);
  const bytes = (n: number) => formatBytes(n, intlLocale());
  const wontFit = () => filesThatDoNotFit(missing(), storage());
  const titleOf = (file: PackFile) =>
    data.value()?.materials.find((m) => m.file?.id === file.id)?.title ?? file.name;

  const downloadAll = async () => {
    setResult(null);
    // Asked on the user's tap: browsers are likelier to grant it then.
    await requestPersistence();
    setStorage(await getStorageState());
    const outcome = await downloadFiles(missing(), (done, total) => setProgress({ done, total }));
    setResult(outcome);
    setProgress(null);
    await cached.refresh();
    setStorage(await getStorageState());
  };

  return (
    <section class="offline" aria-labelledby="offline-title">
      <h1 id="offline-title">{t("title")}</h1>
      <Show when={data.ready() && !data.value()}>
        <p class="notice">{appT("agenda.notOnDevice")}</p>
      </Show>
      <Show when={data.value()}>
        {(d) => (
          <>
            <p class="offline__event-state">
              {t("eventState", {
                have: files().length - missing().length,
                all: files().length,
                haveSize: bytes(size(files()) - size(missing())),
                allSize: bytes(size(files())),
              })}
            </p>
            <Show when={!canKeepFiles()}>
              <p role="alert" class="error-panel">
                {t("unsupported")}
              </p>
            </Show>
            <Show
              when={missing().length > 0}
              fallback={
                // Issue 13: one message after "Tải tất cả": its result says it, not this too.
                <Show when={result()?.stoppedBy !== null}>
                  <p class="offline-state--yes">{t("allOffline")}</p>
                </Show>
              }
            >
              <Show when={wontFit().length > 0}>
                <div role="alert" class="error-panel">
                  <p>{t("willNotFit")}</p>
                  <ul>
                    <For each={wontFit()}>
                      {(f) => (
                        <li>
                          {titleOf(f)} ({bytes(f.size)})
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              </Show>
              <button type="button" disabled={progress() !== null} onClick={downloadAll}>
                {result()?.stoppedBy === "network" ? t("resume") : t("downloadAll")} (
                {bytes(size(missing()))})
              </button>
            </Show>
            <Show when={progress()}>
              {(p) => (
                <div class="offline__progress">
                  <label for="download-progress">{t("downloading")}</label>
                  <progress id="download-progress" max={p().total || 1} value={p().done} />
                  <p aria-live="polite">
                    {t("progress", {
                      done: bytes(p().done),
                      total: bytes(p().total),
                      percent: p().total ? Math.floor((p().done / p().total) * 100) : 100,
                    })}
                  </p>
                </div>
              )}
            </Show>
            <Show when={result()}>
              {(r) => (
                <div role={r().stoppedBy ? "alert" : "status"} class="offline__result">
                  <Show when={r().stoppedBy === null}>
                    <p class="offline-state--yes">{t("done")}</p>
                  </Show>
                  <Show when={r().stoppedBy === "network"}>
                    <p>{t("stoppedNetwork")}</p>
                  </Show>
                  <Show when={r().stoppedBy === "http" && r().missing[0]}>
                    {(failed) => (
                      <p>
                        {t("stoppedHttp", {
                          title: titleOf(failed()),
                          reason: errorMessage(appT, r().error),
                        })}
                      </p>
                    )}
                  </Show>
                  <Show when={r().stoppedBy === "quota"}>
                    <p>{t("stoppedQuota")}</p>
                    <ul>
                      <For each={r().missing}>{(f) => <li>{titleOf(f)}</li>}</For>
                    </ul>
                  </Show>
                </div>
              )}
            </Show>

            <h2>{t("materials")}</h2>
            <Show when={d().materials.length > 0} fallback={<p>{t("none")}</p>}>
              <ul class="offline-list">
                <For each={d().materials}>
                  {(m) => (
                    <li>
                      <A href={`/e/${encodeURIComponent(params.slug)}/m/${m.id}`}>{m.title}</A>
                      <Show
                        when={m.file}
                        fallback={<span class="offline-state--yes">{t("textOnly")}</span>}
                      >
                        {(file) => (
                          <span
                            class={
                              cached.urls().has(file().url)
                                ? "offline-state--yes"
                                : "offline-state--no"
                            }
                          >
                            {cached.urls().has(file().url) ? t("available") : t("notAvailable")} ·{" "}
                            {file().name} · {bytes(file().size)}
                          </span>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>

            <h2>{t("storageTitle")}</h2>
            <p>
              {storage().persisted === true
                ? t("persisted")
                : storage().persisted === false
                  ? t("notPersisted")
                  : t("persistUnknown")}
            </p>
            <Show when={storage().quota !== null && storage().usage !== null}>
              <p>
                {t("usage", {
                  usage: bytes(storage().usage ?? 0),
                  quota: bytes(storage().quota ?? 0),
                })}
              </p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
