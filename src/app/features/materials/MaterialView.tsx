import { A } from "@solidjs/router";
import { For, type JSX, Show } from "solid-js";
import { namedFileUrl } from "../../../shared/files.ts";
import type { PackEvent, PackMaterial, PackSession } from "../../../shared/pack.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatBytes } from "../../ui/formatBytes.ts";
import { formatClock } from "../agenda/formatTime.ts";
import { MarkdownView } from "./MarkdownView.tsx";
import { materialMessages } from "./messages.ts";

/** A material: its text, the sessions it belongs to, and its file with its offline state. */
export function MaterialView(props: {
  event: PackEvent;
  material: PackMaterial;
  sessions: PackSession[];
  /** Shown beside the file: whether it is on the device (see features/offline). */
  fileState?: JSX.Element;
}) {
  const { intlLocale } = useI18n();
  const t = useFeatureMessages(materialMessages);
  const slug = () => encodeURIComponent(props.event.slug);
  return (
    <article class="material" aria-labelledby="material-title">
      <p class="material__back">
        <A href={`/e/${slug()}`}>{t("backToAgenda")}</A>
      </p>
      <h1 id="material-title">{props.material.title}</h1>
      <Show when={props.sessions.length > 0}>
        <ul class="material__sessions" aria-label={t("usedIn")}>
          <For each={props.sessions}>
            {(session) => (
              <li>
                <time datetime={session.startsAt}>
                  {formatClock(session.startsAt, props.event.timeZone, intlLocale())}
                </time>{" "}
                {session.title}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.material.file}>
        {(file) => (
          <section class="file-card" aria-label={t("file")}>
            <Show when={file().mime.startsWith("image/")}>
              <img class="file-card__image" src={file().url} alt={props.material.title} />
            </Show>
            <p class="file-card__name">
              <a
                class="file-card__open"
                href={namedFileUrl(file().url, file().name)}
                target="_blank"
                rel="noopener"
              >
                {file().mime === "application/pdf" ? t("openPdf") : t("openFile")}
              </a>{" "}
              <span class="file-card__meta">
                {file().name} · {formatBytes(file().size, intlLocale())}
              </span>
            </p>
            {props.fileState}
          </section>
        )}
      </Show>
      <Show when={props.material.body.trim()}>
        <MarkdownView source={props.material.body} embedDomains={props.event.embedDomains} />
      </Show>
    </article>
  );
}
