import "./staffStrings.ts";
import { createSignal } from "solid-js";
import { MIN_PASSWORD_LENGTH } from "../../../shared/api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError, FormOk } from "../../ui/FormMessages.tsx";
import { changePassword } from "./staff.repo.ts";

/**
 * /staff/password — the signed-in staff member changes their own password. The form checks
 * what it can itself and says so in the app's language (the browser's own bubbles would
 * speak the browser's); the server checks everything again.
 */
export default function PasswordRoute() {
  const { t } = useI18n();
  const [error, setError] = createSignal<string>();
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const current = String(form.get("currentPassword"));
    const next = String(form.get("newPassword"));
    setDone(false);
    setError(undefined);
    const problem =
      current === ""
        ? t("password.currentMissing")
        : next.length < MIN_PASSWORD_LENGTH
          ? t("password.tooShort", { min: MIN_PASSWORD_LENGTH })
          : next !== String(form.get("confirmPassword"))
            ? t("password.mismatch")
            : undefined;
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      await changePassword(current, next);
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
      <form onSubmit={submit} class="form" novalidate>
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
        <FormError message={error()} />
        <FormOk message={done() ? t("password.done") : undefined} />
        <button type="submit" disabled={busy()}>
          {t("password.submit")}
        </button>
      </form>
    </section>
  );
}
