import { A, useNavigate, useParams } from "@solidjs/router";
import { createSignal, Match, onMount, Switch } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { redeemInvite } from "./invite.repo.ts";

type Phase =
  | { kind: "signing-in" }
  | { kind: "downloading"; fraction: number }
  | { kind: "failed"; error: unknown };

/** /i/:token — the personal invite link: sign in, download the event, show its agenda. */
export default function InviteRoute() {
  const { t } = useI18n();
  const params = useParams<{ token: string }>();
  const navigate = useNavigate();
  const [phase, setPhase] = createSignal<Phase>({ kind: "signing-in" });

  const run = async () => {
    try {
      const slug = await redeemInvite(params.token, (kind, fraction) =>
        setPhase(kind === "downloading" ? { kind, fraction } : { kind }),
      );
      // Replace, so that Back does not redeem the link again.
      navigate(`/e/${encodeURIComponent(slug)}`, { replace: true });
    } catch (error) {
      setPhase({ kind: "failed", error });
    }
  };
  onMount(run);

  return (
    <section class="invite" aria-busy={phase().kind !== "failed"}>
      <Switch>
        <Match when={phase().kind === "signing-in"}>
          <p>{t("invite.signingIn")}</p>
        </Match>
        <Match when={phase().kind === "downloading" && (phase() as { fraction: number })}>
          {(p) => (
            <>
              <label for="pack-progress">{t("invite.downloading")}</label>
              <progress id="pack-progress" max="100" value={Math.round(p().fraction * 100)} />
              <p aria-live="polite">
                {t("invite.progress", { percent: Math.round(p().fraction * 100) })}
              </p>
            </>
          )}
        </Match>
        <Match when={phase().kind === "failed" && (phase() as { error: unknown })}>
          {(p) => (
            <div role="alert" class="error-panel">
              <h1>{t("invite.failedTitle")}</h1>
              <p>{errorMessage(t, p().error)}</p>
              <button type="button" onClick={run}>
                {t("invite.retry")}
              </button>{" "}
              <A href="/">{t("invite.goHome")}</A>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}
