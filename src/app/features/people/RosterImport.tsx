import { createSignal, Show } from "solid-js";
import type { RosterPreview } from "../../../shared/api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ApiRequestError } from "../../sync/api.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError, FormOk } from "../../ui/FormMessages.tsx";
import { importRoster, previewRoster } from "./people.repo.ts";
import { RosterColumns } from "./RosterColumns.tsx";
import { RosterPreviewTable } from "./RosterPreviewTable.tsx";

/**
 * Roster import: choose a CSV or XLSX file, see row by row what would happen, confirm.
 * Nothing is written before the confirmation, and the server applies it in one
 * transaction only if the roster did not change since the preview.
 */
export function RosterImport(props: { slug: string; onImported: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = createSignal<File>();
  const [preview, setPreview] = createSignal<RosterPreview>();
  const [error, setError] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  const [changed, setChanged] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  // An emptied input fires "change" again when the same file is chosen (after fixing it).
  const clearInput = () => {
    if (input) input.value = "";
  };
  const runPreview = async (chosen: File) => {
    try {
      setPreview(await previewRoster(props.slug, chosen));
    } catch (e) {
      setError(errorMessage(t, e));
      clearInput();
    }
  };

  const choose = async () => {
    const chosen = input?.files?.[0];
    setPreview(undefined);
    setError(undefined);
    setDone(undefined);
    setChanged(false);
    if (!chosen) return;
    setFile(chosen);
    setBusy(true);
    await runPreview(chosen);
    setBusy(false);
  };

  const confirm = async () => {
    const plan = preview();
    const chosen = file();
    if (!plan || !chosen) return;
    setBusy(true);
    setError(undefined);
    setChanged(false);
    try {
      const result = await importRoster(props.slug, chosen, plan.planHash);
      setDone(t("roster.done", result.counts));
      setPreview(undefined);
      clearInput();
      props.onImported();
    } catch (e) {
      if (e instanceof ApiRequestError && e.code === "roster_changed") {
        // The roster moved on since the preview (another organiser, another import): the
        // old plan can never be confirmed, so show the plan against the roster as it is now.
        setPreview(undefined);
        await runPreview(chosen);
        setChanged(preview() !== undefined);
      } else {
        setError(errorMessage(t, e));
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPreview(undefined);
    setChanged(false);
    clearInput();
  };

  return (
    <section class="roster-import" aria-labelledby="roster-import-title">
      <h2 id="roster-import-title">{t("roster.title")}</h2>
      <p class="form__hint">{t("roster.hint")}</p>
      <label class="file-field">
        {t("roster.choose")}
        <input
          ref={input}
          type="file"
          name="roster"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
          disabled={busy()}
        />
      </label>
      <Show when={busy()}>
        <p role="status">{t("roster.working")}</p>
      </Show>
      <FormError message={error()} />
      <FormOk message={done()} />
      <Show when={changed()}>
        <p role="status" class="notice">
          {t("roster.changedMeanwhile")}
        </p>
      </Show>
      <Show when={preview()}>
        {(plan) => (
          <div class="roster-preview">
            <p class="roster-preview__where">
              {plan().sheet
                ? t("roster.whereSheet", {
                    sheet: plan().sheet ?? "",
                    sheets: plan().sheets.join(", "),
                    row: plan().headerRow,
                  })
                : t("roster.whereCsv", { row: plan().headerRow })}
            </p>
            <RosterColumns columns={plan().columns} />
            <p class="roster-preview__counts" role="status">
              {t("roster.counts", plan().counts)}
            </p>
            <RosterPreviewTable rows={plan().rows} />
            <div class="button-row">
              <button
                type="button"
                onClick={confirm}
                disabled={busy() || plan().counts.create + plan().counts.update === 0}
              >
                {t("roster.confirm", { n: plan().counts.create + plan().counts.update })}
              </button>
              <button type="button" class="button--quiet" onClick={cancel}>
                {t("roster.cancel")}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
