import "./door.css";
import { useParams } from "@solidjs/router";
import { createMemo, createSignal, For, onMount, Show } from "solid-js";
import type { DoorPack } from "../../../shared/api.ts";
import { foldVietnamese } from "../../../shared/fold.ts";
import type { LocalCheckin } from "../../db/db.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { formatWhen } from "../../i18n/formatWhen.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { Scanner } from "../scanner/Scanner.tsx";
import {
  annulAdmission,
  doorPackBySlug,
  knownCheckins,
  ownAdmissions,
  recordAdmission,
  refreshDoorPack,
} from "./door.repo.ts";
import { signal } from "./feedback.ts";
import { doorMessages } from "./messages.ts";
import {
  createRepeatFilter,
  deviceLabel,
  type Verdict,
  verdictFor,
  verdictForPerson,
} from "./verdict.ts";

const LIST_KEY = "th.staff.doorList";
const THIS_DEVICE = "this";

/**
 * /staff/e/:slug/door — the door phone (máy điểm danh). Works with no network from the
 * door pack on the device: each readable code gets a verdict at once (green, amber, red),
 * a tone and a vibration; each admission is written with its op for the next sync.
 */
export default function DoorRoute() {
  const t = useFeatureMessages(doorMessages);
  const { intlLocale, locale } = useI18n();
  const params = useParams<{ slug: string }>();
  const held = createLiveQuery(
    () => params.slug,
    (slug) => doorPackBySlug(slug),
  );
  const pack = () => held.value()?.pack;
  const [refreshFailed, setRefreshFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [verdict, setVerdict] = createSignal<Verdict>();
  const [listId, setListId] = createSignal(localStorage.getItem(LIST_KEY) ?? "");
  const [query, setQuery] = createSignal("");
  const [annulling, setAnnulling] = createSignal<LocalCheckin>();
  const [reason, setReason] = createSignal("");

  const lists = () => pack()?.lists ?? [];
  const list = createMemo(() => lists().find((l) => l.id === listId()) ?? lists()[0]);
  const own = createLiveQuery(
    () => pack()?.event.id ?? "",
    (eventId) => ownAdmissions(eventId),
  );
  const known = createMemo(() =>
    knownCheckins(pack()?.checkins ?? [], own.value() ?? [], THIS_DEVICE),
  );
  const present = createMemo(() => {
    const l = list();
    if (!l) return 0;
    return new Set(
      known()
        .filter((k) => k.listId === l.id && !k.annulled)
        .map((k) => k.attendeeId),
    ).size;
  });
  const recent = createMemo(() =>
    (own.value() ?? [])
      .filter((c) => c.listId === list()?.id)
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, 20),
  );

  const refresh = async () => {
    const current = pack();
    setBusy(true);
    try {
      // The first download learns the event id from the pack itself.
      await refreshDoorPack(params.slug, current?.event.id ?? null);
      setRefreshFailed(false);
    } catch {
      setRefreshFailed(true);
    } finally {
      setBusy(false);
    }
  };
  onMount(() => {
    if (!navigator.onLine) return;
    void refresh();
    // Keep the wasm decoder on the device too, in case the native one is missing later.
    void import("../scanner/decoder.ts").then((m) => m.warmQrDecoder());
  });

  const fresh = createRepeatFilter(3000);
  const show = async (next: Verdict, p: DoorPack) => {
    setVerdict(next);
    signal(next.kind === "valid" ? "valid" : next.kind === "already" ? "already" : "invalid");
    const l = list();
    if (next.kind === "invalid" || !l) return;
    await recordAdmission({
      eventId: p.event.id,
      listId: l.id,
      attendee: next.attendee,
      code: next.code,
      shown: next.kind === "valid" ? "admitted" : "already_in",
    });
  };
  const onCode = (text: string) => {
    const p = pack();
    const l = list();
    // Until this phone's own scans are read, a ticket it already let in would look new and
    // be admitted (green) a second time. The camera keeps seeing the code: nothing is lost.
    if (!p || !l || !own.ready() || !fresh(text, performance.now())) return;
    void show(verdictFor(text, p, l, known()), p);
  };
  const admitByName = (person: DoorPack["attendees"][number]) => {
    const p = pack();
    const l = list();
    if (!p || !l) return;
    setQuery("");
    void show(verdictForPerson(person, l, known()), p);
  };
  const matches = createMemo(() => {
    const q = foldVietnamese(query().trim());
    if (q.length < 2) return [];
    return (pack()?.attendees ?? [])
      .filter((a) => foldVietnamese(`${a.name} ${a.unit}`).includes(q))
      .slice(0, 8);
  });

  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(intlLocale(), {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
  const deviceName = (id: string) => {
    const label = deviceLabel(id, pack()?.devices, THIS_DEVICE);
    if (label.kind === "this") return t("thisDevice");
    if (label.kind === "door") return t("deviceNo", { n: label.n });
    return label.kind === "self" ? t("selfDevice") : t("otherDevice");
  };

  const confirmAnnul = async () => {
    const target = annulling();
    const why = reason().trim();
    if (!target || !why) return;
    await annulAdmission(target, why);
    setAnnulling(undefined);
    setReason("");
  };

  return (
    <section class="door">
      <h1>{t("title")}</h1>
      <Show
        when={pack()}
        fallback={
          <Show when={held.ready()}>
            <p>{t("noPack")}</p>
            <button type="button" disabled={busy()} onClick={() => void refresh()}>
              {t("downloadPack")}
            </button>
            <Show when={refreshFailed()}>
              <p role="alert">{t("packRefreshFailed")}</p>
            </Show>
          </Show>
        }
      >
        {(_held) => (
          <>
            <p class="door__age">
              {t("packAge", { time: formatWhen(held.value()!.savedAt, locale()) })}
              <Show when={refreshFailed()}>
                {" "}
                <span role="status">{t("packRefreshFailed")}</span>
              </Show>
            </p>
            <Show when={lists().length > 0} fallback={<p role="alert">{t("noLists")}</p>}>
              <label class="door__list">
                {t("list")}{" "}
                <select
                  value={list()?.id}
                  onChange={(e) => {
                    setListId(e.currentTarget.value);
                    localStorage.setItem(LIST_KEY, e.currentTarget.value);
                  }}
                >
                  <For each={lists()}>{(l) => <option value={l.id}>{l.title}</option>}</For>
                </select>
              </label>
              <p class="door__counter" aria-live="polite">
                {t("counter", { n: present() })}
              </p>
              <VerdictPanel verdict={verdict()} t={t} time={time} deviceName={deviceName} />
              <Scanner onCode={onCode} />
              <div class="door__manual">
                <label>
                  {t("manualTitle")}
                  <input
                    type="search"
                    value={query()}
                    placeholder={t("manualPlaceholder")}
                    onInput={(e) => setQuery(e.currentTarget.value)}
                  />
                </label>
                <Show when={query().trim().length >= 2 && matches().length === 0}>
                  <p>{t("manualNone")}</p>
                </Show>
                <ul>
                  <For each={matches()}>
                    {(a) => (
                      <li>
                        {a.name} — {a.unit}{" "}
                        <button type="button" onClick={() => admitByName(a)}>
                          {t("manualAdmit")}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
              <h2>{t("recent")}</h2>
              <ol class="door__recent">
                <For each={recent()}>
                  {(c) => (
                    <li classList={{ "door__recent--annulled": c.annulled }}>
                      <span>
                        {time(c.at)} {c.name} — {c.unit}
                      </span>
                      <Show
                        when={!c.annulled}
                        fallback={<span>{t("annulled", { reason: c.annulReason ?? "" })}</span>}
                      >
                        <button type="button" onClick={() => setAnnulling(c)}>
                          {t("annul")}
                        </button>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
              <Show when={annulling()}>
                {(target) => (
                  <form
                    class="door__annul"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void confirmAnnul();
                    }}
                  >
                    <p>{target().name}</p>
                    <label>
                      {t("annulReason")}
                      <input
                        required
                        maxLength={200}
                        value={reason()}
                        onInput={(e) => setReason(e.currentTarget.value)}
                      />
                    </label>
                    <button type="submit">{t("annulConfirm")}</button>
                    <button type="button" onClick={() => setAnnulling(undefined)}>
                      {t("annulCancel")}
                    </button>
                  </form>
                )}
              </Show>
            </Show>
            <button type="button" disabled={busy()} onClick={() => void refresh()}>
              {t("downloadPack")}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}

type T = ReturnType<typeof useFeatureMessages<keyof (typeof doorMessages)["vi"]>>;

/** The big coloured verdict: green with the person, amber with the first time, red with why. */
function VerdictPanel(props: {
  verdict: Verdict | undefined;
  t: T;
  time: (iso: string) => string;
  deviceName: (id: string) => string;
}) {
  return (
    <div
      class="door__verdict"
      data-verdict={props.verdict?.kind ?? "none"}
      role="status"
      aria-live="assertive"
    >
      <Show when={props.verdict} keyed>
        {(current) => {
          if (current.kind === "invalid") {
            return (
              <>
                <strong>{props.t("invalid")}</strong>
                <p>{props.t(`red.${current.reason}`)}</p>
              </>
            );
          }
          return (
            <>
              <strong>
                {current.kind === "already"
                  ? props.t("already", {
                      time: props.time(current.first.at),
                      device: props.deviceName(current.first.deviceId),
                    })
                  : current.reentry
                    ? props.t("validAgain")
                    : props.t("valid")}
              </strong>
              <p class="door__name">{current.attendee.name}</p>
              <p>{current.attendee.unit}</p>
            </>
          );
        }}
      </Show>
    </div>
  );
}
