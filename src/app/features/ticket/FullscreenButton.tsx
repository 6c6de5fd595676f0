import { Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";

/** Whether this browser lets a page show one of its elements full screen (not iPhones). */
const supported = () =>
  document.fullscreenEnabled === true && typeof Element.prototype.requestFullscreen === "function";

/** "Toàn màn hình": shows `target()` full screen; absent where the browser cannot. */
export function FullscreenButton(props: { target: () => HTMLElement | undefined }) {
  const { t } = useI18n();
  return (
    <Show when={supported()}>
      <button
        type="button"
        class="ticket__fullscreen"
        onClick={() => {
          // Refused (e.g. by a policy): the ticket is still on screen as it was.
          props
            .target()
            ?.requestFullscreen()
            .catch(() => {});
        }}
      >
        {t("ticket.fullscreen")}
      </button>
    </Show>
  );
}

/**
 * Issue 13: the visible way out of full screen, inside the element shown full screen (CSS
 * shows it only there: `.ticket__card:fullscreen .ticket__exit`).
 */
export function ExitFullscreenButton() {
  const { t } = useI18n();
  return (
    <Show when={supported()}>
      <button
        type="button"
        class="ticket__exit"
        onClick={() => {
          if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
        }}
      >
        {t("ticket.exitFullscreen")}
      </button>
    </Show>
  );
}
