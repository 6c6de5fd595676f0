import { createSignal, Show } from "solid-js";
import { useI18n } from "../../i18n/i18n.tsx";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError } from "../../ui/FormMessages.tsx";
import { getDoorPack, saveDoorPack } from "../staff/staffDevice.repo.ts";

/**
 * Prepares this device as a door phone: stores the event's public keys, revocations and
 * names (no phones, no e-mails) for checking tickets with no network. Signing out wipes it.
 */
export function DoorPackPanel(props: { slug: string; eventId: string }) {
  const { t, intlLocale } = useI18n();
  const stored = createLiveQuery(
    () => props.eventId,
    (id) => getDoorPack(id),
  );
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await saveDoorPack(props.slug);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="door-pack" aria-labelledby="door-pack-title">
      <h2 id="door-pack-title">{t("door.title")}</h2>
      <p class="form__hint">{t("door.hint")}</p>
      <Show when={stored.value()}>
        {(held) => (
          <p role="status" class="door-pack__status">
            {t("door.saved", {
              n: held().pack.attendees.length,
              time: new Date(held().savedAt).toLocaleString(intlLocale()),
            })}
          </p>
        )}
      </Show>
      <button type="button" onClick={download} disabled={busy()}>
        {stored.value() ? t("door.refresh") : t("door.download")}
      </button>
      <FormError message={error()} />
    </section>
  );
}
