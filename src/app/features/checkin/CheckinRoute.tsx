import "./checkin.css";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, lazy, Show } from "solid-js";
import { isSessionDigits, readSessionCodeQr } from "../../../shared/sessionCode.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { attendeeOf, mySelfCheckins, recordSelfCheckin } from "./checkin.repo.ts";
import { checkinMessages } from "./messages.ts";
import { checkinReasonKey } from "./reasonKey.ts";
import { selfCheckinLists } from "./sessionLists.ts";

// The camera and decoder load only when the attendee opens the scanner.
const Scanner = lazy(async () => ({
  default: (await import("../scanner/Scanner.tsx")).Scanner,
}));

/**
 * /e/:slug/checkin — self check-in to a session: scan the session's QR code or type its six
 * digits. It shows "chờ xác nhận" at once (works with no network), then "đã xác nhận" or
 * "bị từ chối" with the reason once the op has synced.
 */
export default function CheckinRoute() {
  const t = useFeatureMessages(checkinMessages);
  const params = useParams<{ slug: string }>();
  const [me] = createResource(
    () => params.slug,
    (slug) => attendeeOf(slug),
  );
  const [lists] = createResource(
    () => params.slug,
    (slug) => selfCheckinLists(slug),
  );
  const mine = createLiveQuery(
    () => me()?.eventId ?? "",
    (eventId) => mySelfCheckins(eventId),
  );
  const [scanning, setScanning] = createSignal(false);
  const [listId, setListId] = createSignal("");
  const [digits, setDigits] = createSignal("");
  const [note, setNote] = createSignal<string>();

  const titleOf = (id: string) => lists()?.find((l) => l.id === id)?.title ?? "";
  const submit = async (id: string, code: string) => {
    const who = me();
    if (!who || !id || !isSessionDigits(code)) return;
    setNote(undefined);
    await recordSelfCheckin({ ...who, listId: id, title: titleOf(id), digits: code });
    setDigits("");
    setScanning(false);
  };
  const onCode = (text: string) => {
    const read = readSessionCodeQr(text);
    if (!read) return setNote(t("notOurs"));
    void submit(read.listId, read.digits);
  };
  const reason = (code: string) => {
    const key = checkinReasonKey(code);
    return key ? t(key) : t("reason.other", { code });
  };

  return (
    <section class="checkin">
      <A href={`/e/${params.slug}`}>{t("backToAgenda")}</A>
      <h1>{t("title")}</h1>
      <Show when={!me.loading}>
        <Show when={me()} fallback={<p role="alert">{t("notSignedIn")}</p>}>
          <button type="button" onClick={() => setScanning(!scanning())}>
            {scanning() ? t("stopScan") : t("scan")}
          </button>
          <Show when={scanning()}>
            <Scanner onCode={onCode} />
          </Show>
          <Show when={note()}>
            <p role="alert">{note()}</p>
          </Show>
          <form
            class="checkin__digits"
            onSubmit={(e) => {
              e.preventDefault();
              void submit(listId() || lists()?.[0]?.id || "", digits());
            }}
          >
            <Show when={(lists() ?? []).length > 0} fallback={<p>{t("noSessions")}</p>}>
              <label>
                {t("session")}{" "}
                <select
                  value={listId() || lists()?.[0]?.id}
                  onChange={(e) => setListId(e.currentTarget.value)}
                >
                  <For each={lists()}>{(l) => <option value={l.id}>{l.title}</option>}</For>
                </select>
              </label>
              <label>
                {t("digits")}
                <input
                  inputMode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9]{6}"
                  maxLength={6}
                  value={digits()}
                  onInput={(e) => setDigits(e.currentTarget.value.replace(/\D/g, ""))}
                />
              </label>
              <button type="submit" disabled={!isSessionDigits(digits())}>
                {t("submit")}
              </button>
            </Show>
          </form>
          <h2>{t("mine")}</h2>
          <Show when={mine.value()?.length === 0}>
            <p>{t("noneMine")}</p>
          </Show>
          <ul class="checkin__mine">
            <For each={mine.value()}>
              {(c) => (
                <li data-state={c.status.state}>
                  <span>{c.name || titleOf(c.listId)}</span>{" "}
                  <strong>
                    {c.status.state === "rejected"
                      ? t("rejected", { reason: reason(c.status.reason) })
                      : t(c.status.state)}
                  </strong>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
