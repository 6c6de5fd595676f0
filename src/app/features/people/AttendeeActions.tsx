import { createSignal, For, Show } from "solid-js";
import { MAX_DEVICES_LIMIT, type StaffAttendee } from "../../../shared/api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormError } from "../../ui/FormMessages.tsx";
import { changeInvite, changeTicket, setMaxDevices } from "./people.repo.ts";

/** 1 … the most the server allows. */
const DEVICE_CHOICES = Array.from({ length: MAX_DEVICES_LIMIT }, (_, i) => i + 1);

/** Per-attendee actions for organisers: ticket, invite link and devices. */
export function AttendeeActions(props: {
  slug: string;
  person: StaffAttendee;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [message, setMessage] = createSignal<string>();
  const [link, setLink] = createSignal<string>();

  const run = async (confirmText: string | null, action: () => Promise<unknown>) => {
    if (confirmText && !window.confirm(confirmText)) return;
    setMessage(undefined);
    try {
      await action();
      props.onChanged();
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const name = () => props.person.name;

  return (
    <details class="actions">
      <summary aria-label={t("people.actionsFor", { name: name() })}>{t("people.actions")}</summary>
      <div class="actions__menu">
        <button
          type="button"
          onClick={() =>
            run(t("people.confirmReissueTicket", { name: name() }), () =>
              changeTicket(props.slug, props.person.id, "reissue"),
            )
          }
        >
          {t("people.reissueTicket")}
        </button>
        <Show when={props.person.ticket === "active"}>
          <button
            type="button"
            class="button--quiet"
            onClick={() =>
              run(t("people.confirmRevokeTicket", { name: name() }), () =>
                changeTicket(props.slug, props.person.id, "revoke"),
              )
            }
          >
            {t("people.revokeTicket")}
          </button>
        </Show>
        <button
          type="button"
          onClick={() =>
            run(t("people.confirmReissueInvite", { name: name() }), async () =>
              setLink((await changeInvite(props.slug, props.person.id, "reissue")) ?? undefined),
            )
          }
        >
          {t("people.reissueInvite")}
        </button>
        <button
          type="button"
          class="button--quiet"
          onClick={() =>
            run(t("people.confirmRevokeInvite", { name: name() }), () =>
              changeInvite(props.slug, props.person.id, "revoke"),
            )
          }
        >
          {t("people.revokeInvite")}
        </button>
        <label>
          {t("people.maxDevices")}
          <select
            value={String(props.person.maxDevices)}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              void run(null, () => setMaxDevices(props.slug, props.person.id, value));
            }}
          >
            <For each={DEVICE_CHOICES}>{(n) => <option value={String(n)}>{n}</option>}</For>
          </select>
        </label>
        <Show when={link()}>
          <p class="actions__link">
            {t("people.newLink")} <code>{link()}</code>
          </p>
        </Show>
        <FormError message={message()} />
      </div>
    </details>
  );
}
