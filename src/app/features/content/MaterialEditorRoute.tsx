import "../staff/staffStrings.ts";
import { useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import type { StaffMaterial } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { MarkdownView } from "../materials/MarkdownView.tsx";
import { createMaterial, getEventContent, updateMaterial } from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { PublishedCheck, SaveControls } from "./EditorFields.tsx";
import { ItemEditorFrame } from "./ItemEditorFrame.tsx";
import { MaterialFileSection } from "./MaterialFileSection.tsx";
import { contentMessages } from "./messages.ts";
import "../materials/materials.css";
import "./content.css";

/**
 * /staff/e/:slug/m/:id — a material's text with a live preview, and its file ("new" creates).
 * The file is saved apart from the text, and uploading it must not cost what was typed: the
 * text form is rebuilt only when the organiser asks to reload, never when the material
 * changes under it.
 */
export default function MaterialEditorRoute() {
  const t = useFeatureMessages(contentMessages);
  const params = useParams<{ slug: string; id: string }>();
  const navigate = useNavigate();
  const [content, { refetch }] = createResource(() => params.slug, getEventContent);
  const state = createSaveState();
  const [reloads, setReloads] = createSignal(0);
  const material = () => content()?.materials.find((m) => m.id === params.id);
  const isNew = () => params.id === "new";
  const back = () => `/staff/e/${encodeURIComponent(params.slug)}/agenda`;
  const reload = async () => {
    await refetch();
    setReloads((n) => n + 1);
  };
  return (
    <ItemEditorFrame
      class="editor"
      back={back()}
      heading={isNew() ? t("newMaterial") : t("editMaterial")}
      id={params.id}
      item={material()}
      formKey={reloads()}
      content={content}
    >
      {(c) => {
        // What the form started from: its fields are not tied to later loads of the material.
        const loaded = material();
        const [body, setBody] = createSignal(loaded?.body ?? "");
        // The version the text was based on. It follows our own file changes (made at that
        // version, they left the text as it was) but not anyone else's: their change still
        // makes saving the text a conflict.
        const [base, setBase] = createSignal(loaded?.version);
        const fileChanged = (sent: StaffMaterial, saved: StaffMaterial) => {
          if (sent.version === base()) setBase(saved.version);
          void refetch();
        };
        const submit = async (e: SubmitEvent) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget as HTMLFormElement);
          const fields = {
            title: String(form.get("title") ?? "").trim(),
            body: body(),
            published: form.get("published") === "on",
          };
          const version = base();
          const saved = await state.run(() =>
            version === undefined
              ? createMaterial(params.slug, fields)
              : updateMaterial(params.slug, params.id, { ...fields, version }),
          );
          if (saved && version === undefined) {
            navigate(`${back()}/m/${saved.id}`, { replace: true });
          } else if (saved) {
            setBase(saved.version);
            await refetch();
          }
        };
        return (
          <>
            <form class="form form--wide" onSubmit={submit}>
              <label>
                {t("title")}
                <input name="title" required maxLength={300} value={loaded?.title ?? ""} />
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
              <PublishedCheck checked={loaded?.published} />
              <SaveControls state={state} onReload={() => void reload()} />
            </form>
            <Show when={material()} fallback={<p class="form__hint">{t("saveFirst")}</p>}>
              {(m) => (
                <MaterialFileSection slug={params.slug} material={m()} onChanged={fileChanged} />
              )}
            </Show>
          </>
        );
      }}
    </ItemEditorFrame>
  );
}
