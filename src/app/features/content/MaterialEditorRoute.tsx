import "../staff/staffStrings.ts";
import { useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import type { StaffMaterial } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError, FormOk } from "../../ui/FormMessages.tsx";
import { formatBytes } from "../../ui/formatBytes.ts";
import { MarkdownView } from "../materials/MarkdownView.tsx";
import { checkUpload } from "./checkUpload.ts";
import {
  createMaterial,
  getEventContent,
  removeMaterialFile,
  updateMaterial,
  uploadMaterialFile,
} from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { PublishedCheck, SaveControls } from "./EditorFields.tsx";
import { ItemEditorFrame } from "./ItemEditorFrame.tsx";
import { contentMessages } from "./messages.ts";
import "../materials/materials.css";
import "./content.css";

/** The file part of the material editor: what is attached, upload and removal. */
function FileSection(props: { slug: string; material: StaffMaterial; onChanged: () => void }) {
  const t = useFeatureMessages(contentMessages);
  const { t: tApp, intlLocale } = useI18n();
  const state = createSaveState();
  const [uploaded, setUploaded] = createSignal(false);
  const [refused, setRefused] = createSignal<string>();
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setUploaded(false);
    const problem = await checkUpload(file);
    setRefused(problem ? tApp(`error.${problem}`) : undefined);
    if (problem) return;
    if (await state.run(() => uploadMaterialFile(props.slug, props.material, file))) {
      setUploaded(true);
      props.onChanged();
    }
  };
  return (
    <fieldset class="form__group">
      <legend>{t("file")}</legend>
      <Show when={props.material.file} fallback={<p>{t("noFile")}</p>}>
        {(file) => (
          <p>
            <a href={file().url} target="_blank" rel="noopener">
              {file().name}
            </a>{" "}
            · {formatBytes(file().size, intlLocale())}{" "}
            <button
              type="button"
              class="button--quiet"
              disabled={state.busy()}
              onClick={async () => {
                if (await state.run(() => removeMaterialFile(props.slug, props.material))) {
                  props.onChanged();
                }
              }}
            >
              {t("removeFile")}
            </button>
          </p>
        )}
      </Show>
      <label>
        {t("chooseFile")}
        <input
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          disabled={state.busy()}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      <Show when={state.busy()}>
        <p role="status">{t("uploading")}</p>
      </Show>
      <FormError
        message={refused() ?? (state.error() ? errorMessage(tApp, state.error()) : undefined)}
      />
      <FormOk message={uploaded() && !state.busy() ? t("uploaded") : undefined} />
    </fieldset>
  );
}

/** /staff/e/:slug/m/:id — a material's text with a live preview, and its file ("new" creates). */
export default function MaterialEditorRoute() {
  const t = useFeatureMessages(contentMessages);
  const params = useParams<{ slug: string; id: string }>();
  const navigate = useNavigate();
  const [content, { refetch }] = createResource(() => params.slug, getEventContent);
  const state = createSaveState();
  const material = () => content()?.materials.find((m) => m.id === params.id);
  const isNew = () => params.id === "new";
  const back = () => `/staff/e/${encodeURIComponent(params.slug)}`;
  return (
    <ItemEditorFrame
      class="editor"
      back={back()}
      heading={isNew() ? t("newMaterial") : t("editMaterial")}
      id={params.id}
      item={material()}
      content={content}
    >
      {(c) => {
        const [body, setBody] = createSignal(material()?.body ?? "");
        const submit = async (e: SubmitEvent) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget as HTMLFormElement);
          const fields = {
            title: String(form.get("title") ?? "").trim(),
            body: body(),
            published: form.get("published") === "on",
          };
          const current = material();
          const saved = await state.run(() =>
            current
              ? updateMaterial(params.slug, current.id, {
                  ...fields,
                  version: current.version,
                })
              : createMaterial(params.slug, fields),
          );
          if (saved && !current) navigate(`${back()}/m/${saved.id}`, { replace: true });
          else if (saved) await refetch();
        };
        return (
          <>
            <form class="form form--wide" onSubmit={submit}>
              <label>
                {t("title")}
                <input name="title" required maxLength={300} value={material()?.title ?? ""} />
              </label>
              <div class="editor__markdown">
                <label>
                  {t("body")}
                  <textarea
                    name="body"
                    rows={16}
                    maxLength={200_000}
                    value={body()}
                    onInput={(e) => setBody(e.currentTarget.value)}
                  />
                </label>
                <section class="editor__preview" aria-label={t("preview")}>
                  <h2 class="editor__preview-title">{t("preview")}</h2>
                  <MarkdownView source={body()} embedDomains={c().event.embedDomains} />
                </section>
              </div>
              <PublishedCheck checked={material()?.published} />
              <SaveControls state={state} onReload={() => void refetch()} />
            </form>
            <Show when={material()} fallback={<p class="form__hint">{t("saveFirst")}</p>}>
              {(m) => (
                <FileSection slug={params.slug} material={m()} onChanged={() => void refetch()} />
              )}
            </Show>
          </>
        );
      }}
    </ItemEditorFrame>
  );
}
