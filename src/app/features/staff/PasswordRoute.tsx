import "./staffStrings.ts";
import { createSignal, Show } from "solid-js";
import { MIN_PASSWORD_LENGTH } from "../../../shared/api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { changePassword } from "./staff.repo.ts";

/** /staff/password — the signed-in staff member changes their own password. */
export default function PasswordRoute() {
  const { t } = useI18n();
  const [error, setError] = createSignal<string>();
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const next = String(form.get("newPassword"));
    setDone(false);
    setError(undefined);
    if (next !== String(form.get("confirmPassword"))) {
      setError(t("password.mismatch"));
      return;
    }
    setBusy(true);
    try {
      await changePassword(String(form.get("currentPassword")), next);
      formElement.reset();
      setDone(true);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t("password.title")}</h1>
      <form onSubmit={submit} class="form">
        <label>
          {t("password.current")}
          <input name="currentPassword" type="password" autocomplete="current-password" required />
        </label>
        <label>
          {t("password.new")}
          <input
            name="newPassword"
            type="password"
            autocomplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            aria-describedby="password-hint"
          />
        </label>
        <p id="password-hint" class="form__hint">
          {t("password.hint", { min: MIN_PASSWORD_LENGTH })}
        </p>
        <label>
          {t("password.confirm")}
          <input
            name="confirmPassword"
            type="password"
            autocomplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
          />
        </label>
        <Show when={error()}>
          <p role="alert" class="form__error">
            {error()}
          </p>
        </Show>
        <Show when={done()}>
          <p role="status" class="form__ok">
            {t("password.done")}
          </p>
        </Show>
        <button type="submit" disabled={busy()}>
          {t("password.submit")}
        </button>
      </form>
    </section>
  );
}
