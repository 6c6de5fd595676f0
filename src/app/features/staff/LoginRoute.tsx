import "./staffStrings.ts";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError } from "../../ui/FormMessages.tsx";
import { login } from "./staff.repo.ts";

/** /staff/login — username and password for organisers, trainers and admins. */
export default function LoginRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      await login(String(form.get("username")), String(form.get("password")));
      // Only same-app paths, so a crafted link cannot send the user elsewhere.
      const next = search.next?.startsWith("/staff") ? search.next : "/staff";
      navigate(next, { replace: true });
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="staff-login">
      <h1>{t("staff.login.title")}</h1>
      <form onSubmit={submit} class="form">
        <label>
          {t("staff.login.username")}
          <input name="username" autocomplete="username" required autocapitalize="none" />
        </label>
        <label>
          {t("staff.login.password")}
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <FormError message={error()} />
        <button type="submit" disabled={busy()}>
          {t("staff.login.submit")}
        </button>
      </form>
    </section>
  );
}
