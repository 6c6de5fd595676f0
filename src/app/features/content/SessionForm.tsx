import { createSignal, For, Show } from "solid-js";
import type { CreateSessionBody, StaffEventContent, StaffSession } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { FormError } from "../../ui/FormMessages.tsx";
import type { SaveState } from "./createSaveState.ts";
import { DescriptionField, PublishedCheck, SaveControls } from "./EditorFields.tsx";
import { fromLocalParts, toLocalParts } from "./localTime.ts";
import { contentMessages } from "./messages.ts";

/** The speaker rows in the order shown; rows left without a name are dropped. */
function speakerRows(form: FormData): CreateSessionBody["speakers"] {
  const titles = form.getAll("speaker-title");
  return form
    .getAll("speaker-name")
    .map((name, i) => ({ name: String(name).trim(), title: String(titles[i] ?? "").trim() }))
    .filter((s) => s.name);
}

/**
 * A session's fields: times are typed in the event's zone (a session moves to another day
 * by changing its date); speakers are edited inline; materials are ticked from the event's.
 */
export function SessionForm(props: {
  content: StaffEventContent;
  session?: StaffSession | undefined;
  state: SaveState;
  onSubmit: (body: CreateSessionBody) => void;
  onReload?: () => void;
}) {
  const t = useFeatureMessages(contentMessages);
  const zone = () => props.content.event.timeZone;
  const start = () =>
    props.session
      ? toLocalParts(props.session.startsAt, zone())
      : { date: props.content.event.startsOn, time: "08:00" };
  const end = () => (props.session ? toLocalParts(props.session.endsAt, zone()).time : "09:00");
  // Each row is its own object, so that removing one leaves the others' inputs — and what
  // was typed in them — in place (rows matched by position would take their neighbour's
  // initial values back).
  const [speakers, setSpeakers] = createSignal(props.session?.speakers ?? []);
  const [invalid, setInvalid] = createSignal<string>();

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const startsAt = fromLocalParts(text("date"), text("start"), zone());
    const endsAt = fromLocalParts(text("date"), text("end"), zone());
    if (endsAt <= startsAt) {
      setInvalid(t("endBeforeStart"));
      return;
    }
    setInvalid(undefined);
    props.onSubmit({
      title: text("title"),
      description: text("description"),
      kind: text("kind") as CreateSessionBody["kind"],
      room: text("room"),
      startsAt,
      endsAt,
      speakers: speakerRows(form),
      materialIds: form.getAll("materialIds").map(String),
      published: form.get("published") === "on",
    });
  };

  return (
    <form class="form form--wide" onSubmit={submit}>
      <label>
        {t("title")}
        <input name="title" required maxLength={300} value={props.session?.title ?? ""} />
      </label>
      <label>
        {t("kind")}
        <select name="kind" value={props.session?.kind ?? "talk"}>
          <option value="talk">{t("kindTalk")}</option>
          <option value="break">{t("kindBreak")}</option>
          <option value="ceremony">{t("kindCeremony")}</option>
        </select>
      </label>
      <div class="form__row">
        <label>
          {t("date")}
          <input name="date" type="date" required value={start().date} />
        </label>
        <label>
          {t("start")}
          <input name="start" type="time" required value={start().time} />
        </label>
        <label>
          {t("end")}
          <input name="end" type="time" required value={end()} />
        </label>
      </div>
      <label>
        {t("room")}
        <input name="room" maxLength={200} value={props.session?.room ?? ""} />
      </label>
      <DescriptionField value={props.session?.description} />
      <fieldset class="form__group">
        <legend>{t("speakers")}</legend>
        <For each={speakers()}>
          {(speaker, i) => (
            <div class="form__row">
              <input
                name="speaker-name"
                aria-label={t("speakerName", { n: i() + 1 })}
                maxLength={200}
                value={speaker.name}
              />
              <input
                name="speaker-title"
                aria-label={t("speakerTitle", { n: i() + 1 })}
                maxLength={300}
                value={speaker.title}
              />
              <button
                type="button"
                class="button--quiet"
                aria-label={t("removeSpeaker", { n: i() + 1 })}
                onClick={() => setSpeakers(speakers().filter((row) => row !== speaker))}
              >
                ✕
              </button>
            </div>
          )}
        </For>
        <button
          type="button"
          class="button--quiet"
          onClick={() => setSpeakers([...speakers(), { name: "", title: "" }])}
        >
          {t("addSpeaker")}
        </button>
      </fieldset>
      <Show when={props.content.materials.length > 0}>
        <fieldset class="form__group">
          <legend>{t("linkedMaterials")}</legend>
          <For each={props.content.materials}>
            {(material) => (
              <label class="form__check">
                <input
                  type="checkbox"
                  name="materialIds"
                  value={material.id}
                  checked={props.session?.materialIds.includes(material.id) ?? false}
                />
                {material.title}
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <PublishedCheck checked={props.session?.published} />
      <FormError message={invalid()} />
      <SaveControls state={props.state} onReload={props.onReload} />
    </form>
  );
}
