import "./attendance.css";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { CHECKIN_TOPIC, type ListAttendance } from "../../../shared/checkin.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { createChangeFeed } from "../../sync/createChangeFeed.ts";
import {
  createCheckinList,
  decideReview,
  deleteCheckinList,
  exportHref,
  fetchLists,
  fetchReview,
  fetchSummary,
} from "./attendance.repo.ts";
import { attendanceMessages } from "./messages.ts";

/**
 * /staff/e/:slug/attendance — present and absent per list, overall and per unit, kept live
 * by the change feed; absentees with phones for organisers; tickets admitted twice to
 * review; the lists themselves; the CSV export.
 */
export default function AttendanceRoute() {
  const t = useFeatureMessages(attendanceMessages);
  const { intlLocale } = useI18n();
  const params = useParams<{ slug: string }>();
  const [summary, { refetch: refetchSummary }] = createResource(() => params.slug, fetchSummary);
  const [review, { refetch: refetchReview }] = createResource(() => params.slug, fetchReview);
  const [lists, { refetch: refetchLists }] = createResource(() => params.slug, fetchLists);
  const [queued, setQueued] = createSignal<ReadonlySet<string>>(new Set());
  const [reasons, setReasons] = createSignal<Record<string, string>>({});

  const reload = () => {
    void refetchSummary();
    void refetchReview();
  };
  createChangeFeed(params.slug, [CHECKIN_TOPIC], reload, { debounceMs: 300 });

  // The review list answers organisers and admins only: what else they may do follows.
  const canManage = () => Array.isArray(review());
  // Door phones by their number per event ("máy 2"); null is an attendee's own phone.
  const deviceName = (n: number | null) => (n === null ? t("selfDevice") : t("deviceNo", { n }));
  const time = (iso: string) =>
    new Date(iso).toLocaleString(intlLocale(), {
      hour: "2-digit",
      minute: "2-digit",
      day: "2-digit",
      month: "2-digit",
      hourCycle: "h23",
    });
  const decide = async (scanId: string, decision: "confirm" | "annul") => {
    // The event's id comes with the lists; a click before they arrived (a slow server)
    // waits for them instead of being dropped.
    const eventId =
      lists.state === "ready" ? lists().eventId : (await fetchLists(params.slug)).eventId;
    const reason = (reasons()[scanId] ?? "").trim();
    if (decision === "annul" && !reason) return;
    await decideReview(
      eventId,
      decision === "annul" ? { scanId, decision, reason } : { scanId, decision },
    );
    setQueued(new Set([...queued(), scanId]));
  };
  const addEntry = async () => {
    await createCheckinList(params.slug, { kind: "entry", title: t("entryTitle"), reentry: false });
    void refetchLists();
    reload();
  };
  const addSession = async (session: { id: string; title: string }) => {
    await createCheckinList(params.slug, {
      kind: "session",
      sessionId: session.id,
      title: session.title,
      reentry: false,
    });
    void refetchLists();
    reload();
  };
  const remove = async (id: string) => {
    await deleteCheckinList(params.slug, id);
    void refetchLists();
    reload();
  };

  return (
    <section class="attendance">
      <h1>{t("title")}</h1>
      <p class="attendance__links">
        <Show when={canManage()}>
          <A href={`/staff/e/${params.slug}/door`}>{t("door")}</A>{" "}
        </Show>
        <a href={exportHref(params.slug)} download="">
          {t("export")}
        </a>
      </p>
      <p class="form__hint">{t("live")}</p>
      <Show when={summary.error}>
        <p role="alert">{t("loadFailed")}</p>
      </Show>
      <Show when={summary()}>
        {(s) => (
          <>
            <p>{t("attendees", { n: s().attendees })}</p>
            <Show when={s().lists.length > 0} fallback={<p>{t("noLists")}</p>}>
              <For each={s().lists}>{(list) => <ListCard list={list} t={t} />}</For>
            </Show>
          </>
        )}
      </Show>
      <Show when={canManage()}>
        <h2>{t("review")}</h2>
        <Show when={(review() ?? []).length > 0} fallback={<p>{t("reviewNone")}</p>}>
          <ul class="attendance__review">
            <For each={review()}>
              {(item) => (
                <li>
                  <strong>{item.attendee.name}</strong> — {item.attendee.unit} · {item.listTitle}
                  <br />
                  <Show when={item.first}>
                    {(first) =>
                      t("reviewFirst", {
                        time: time(first().at),
                        device: deviceName(first().deviceNo),
                      })
                    }
                  </Show>{" "}
                  {t("reviewAgain", { time: time(item.at), device: deviceName(item.deviceNo) })}
                  <Show
                    when={!queued().has(item.scanId)}
                    fallback={<p role="status">{t("queued")}</p>}
                  >
                    <div>
                      <button type="button" onClick={() => void decide(item.scanId, "confirm")}>
                        {t("confirm")}
                      </button>
                      <label>
                        {t("annulReason")}{" "}
                        <input
                          maxLength={200}
                          value={reasons()[item.scanId] ?? ""}
                          onInput={(e) =>
                            setReasons({ ...reasons(), [item.scanId]: e.currentTarget.value })
                          }
                        />
                      </label>
                      <button
                        type="button"
                        disabled={!(reasons()[item.scanId] ?? "").trim()}
                        onClick={() => void decide(item.scanId, "annul")}
                      >
                        {t("annul")}
                      </button>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={lists()}>
        {(l) => (
          <>
            <h2>{t("lists")}</h2>
            <ul>
              <For each={l().lists}>
                {(list) => (
                  <li>
                    {list.title}{" "}
                    <Show when={list.sessionId}>
                      {(sessionId) => (
                        <A href={`/staff/e/${params.slug}/s/${sessionId()}/code`}>
                          {t("showCode")}
                        </A>
                      )}
                    </Show>{" "}
                    <Show when={canManage()}>
                      <button type="button" onClick={() => void remove(list.id)}>
                        {t("remove")}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={canManage()}>
              <Show when={!l().lists.some((x) => x.kind === "entry")}>
                <button type="button" onClick={() => void addEntry()}>
                  {t("addEntry")}
                </button>
              </Show>
              <ul>
                <For
                  each={l().sessions.filter((s) => !l().lists.some((x) => x.sessionId === s.id))}
                >
                  {(session) => (
                    <li>
                      {session.title}{" "}
                      <button type="button" onClick={() => void addSession(session)}>
                        {t("addSession")}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

type T = ReturnType<typeof useFeatureMessages<keyof (typeof attendanceMessages)["vi"]>>;

/** One list: counts, per unit, and (phones for organisers) who is missing. */
function ListCard(props: { list: ListAttendance; t: T }) {
  return (
    <article class="attendance__list">
      <h2>{props.list.title}</h2>
      <p class="attendance__counts">
        {props.t("present")}: <strong>{props.list.present}</strong> · {props.t("absent")}:{" "}
        <strong>{props.list.absent}</strong> · {props.t("duplicates", { n: props.list.duplicates })}
      </p>
      <details>
        <summary>{props.t("byUnit")}</summary>
        <table>
          <thead>
            <tr>
              <th>{props.t("unit")}</th>
              <th>{props.t("present")}</th>
              <th>{props.t("absent")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.list.byUnit}>
              {(u) => (
                <tr>
                  <td>{u.unit}</td>
                  <td>{u.present}</td>
                  <td>{u.absent}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
      <details>
        <summary>
          {props.t("absentees")} ({props.list.absentees.length})
        </summary>
        <ul>
          <For each={props.list.absentees}>
            {(a) => (
              <li>
                {a.name} — {a.unit}
                <Show when={a.phone}>
                  {(phone) => (
                    <>
                      {" · "}
                      <a href={`tel:${phone()}`}>{phone()}</a>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </details>
    </article>
  );
}
