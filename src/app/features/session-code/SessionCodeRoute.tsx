import "./session-code.css";
import { useParams } from "@solidjs/router";
import { createResource, createSignal, onCleanup, Show } from "solid-js";
import { currentSessionCode } from "../../../shared/sessionCode.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { serverNow } from "../../sync/clockOffset.ts";
import { createWakeLock } from "../ticket/createWakeLock.ts";
import { FullscreenButton } from "../ticket/FullscreenButton.tsx";
import { TicketQr } from "../ticket/TicketQr.tsx";
import { sessionCodeMessages } from "./messages.ts";
import { sessionList } from "./sessionCode.repo.ts";

/**
 * /staff/e/:slug/s/:id/code — the session code, full screen: a QR and six digits that
 * change every 30 s, computed on this device from the list's secret by the server's clock
 * as the device knows it (so it works offline once opened).
 */
export default function SessionCodeRoute() {
  const t = useFeatureMessages(sessionCodeMessages);
  const params = useParams<{ slug: string; id: string }>();
  const [list] = createResource(
    () => [params.slug, params.id] as const,
    ([slug, id]) => sessionList(slug, id),
  );
  const [now, setNow] = createSignal(serverNow());
  const timer = setInterval(() => setNow(serverNow()), 500);
  onCleanup(() => clearInterval(timer));
  createWakeLock();
  let card: HTMLDivElement | undefined;
  return (
    <section class="session-code">
      <Show when={!list.loading} fallback={<p>{t("loading")}</p>}>
        <Show when={list()} fallback={<p role="alert">{t("none")}</p>}>
          {(l) => {
            const code = () => currentSessionCode(l().codeSecret, l().id, now());
            return (
              <div class="session-code__card" ref={card}>
                <h1>{l().title}</h1>
                <TicketQr
                  text={code().qr}
                  label={t("qrLabel", { title: l().title })}
                  class="session-code__qr"
                />
                <p class="session-code__digits" aria-live="polite">
                  {code().digits.slice(0, 3)} {code().digits.slice(3)}
                </p>
                <p>{t("changesIn", { s: Math.ceil((code().changesAt - now()) / 1000) })}</p>
                <p class="session-code__how">{t("howTo")}</p>
                <FullscreenButton target={() => card} />
              </div>
            );
          }}
        </Show>
      </Show>
    </section>
  );
}
