import { createSignal, Show } from "solid-js";
import type { StaffMaterial } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError, FormOk } from "../../ui/FormMessages.tsx";
import { formatBytes } from "../../ui/formatBytes.ts";
import { checkUpload } from "./checkUpload.ts";
import { removeMaterialFile, uploadMaterialFile } from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { contentMessages } from "./messages.ts";

/**
 * The file part of the material editor: what is attached, upload and removal. Each is
 * saved at once, apart from the text form; `onChanged` hears the material as it was sent
 * and as the server saved it.
 */
export function MaterialFileSection(props: {
  slug: string;
  material: StaffMaterial;
  onChanged: (sent: StaffMaterial, saved: StaffMaterial) => void;
}) {
  const t = useFeatureMessages(contentMessages);
  const { t: tApp, intlLocale } = useI18n();
  const state = createSaveState();
  const [uploaded, setUploaded] = createSignal(false);
  const [refused, setRefused] = createSignal<string>();
  const change = async (action: (material: StaffMaterial) => Promise<StaffMaterial>) => {
    const sent = props.material;
    const saved = await state.run(() => action(sent));
    if (saved) props.onChanged(sent, saved);
    return saved;
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setUploaded(false);
    const problem = await checkUpload(file);
    setRefused(problem ? tApp(`error.${problem}`) : undefined);
    if (problem) return;
    if (await change((m) => uploadMaterialFile(props.slug, m, file))) setUploaded(true);
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
              onClick={() => {
                setUploaded(false);
                setRefused(undefined);
                void change((m) => removeMaterialFile(props.slug, m));
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
