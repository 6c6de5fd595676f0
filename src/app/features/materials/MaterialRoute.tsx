import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createPackSync } from "../../sync/createPackSync.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { FileOfflineState } from "../offline/FileOfflineState.tsx";
import { MaterialView } from "./MaterialView.tsx";
import { getMaterial } from "./materials.repo.ts";
import { materialMessages } from "./messages.ts";
import "./materials.css";

/** /e/:slug/m/:id — one material, from the device (works offline). Loaded lazily. */
export default function MaterialRoute() {
  const t = useFeatureMessages(materialMessages);
  const params = useParams<{ slug: string; id: string }>();
  const data = createLiveQuery(
    () => [params.slug, params.id] as const,
    ([slug, id]) => getMaterial(slug, id),
  );
  createPackSync(() => params.slug);
  return (
    <Show when={data.ready()}>
      <Show
        when={data.value()}
        fallback={
          <div class="notice" role="alert">
            <p>{t("notOnDevice")}</p>
            <A href={`/e/${encodeURIComponent(params.slug)}`}>{t("backToAgenda")}</A>
          </div>
        }
      >
        {(d) => (
          <MaterialView
            event={d().event}
            material={d().material}
            sessions={d().sessions}
            fileState={
              d().material.file && (
                <FileOfflineState file={d().material.file!} title={d().material.title} />
              )
            }
          />
        )}
      </Show>
    </Show>
  );
}
