import { For, Show } from "solid-js";
import type { CreateEventBody, StaffEvent } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import type { SaveState } from "./createSaveState.ts";
import { DescriptionField, PublishedCheck, SaveControls } from "./EditorFields.tsx";
import { contentMessages } from "./messages.ts";
import { timeZoneChoices, VIETNAM_ZONE } from "./timeZones.ts";

/** The form of an event's details; with `withSlug` for a new event (else the slug is ""). */
export function EventForm(props: {
  event?: StaffEvent | undefined;
  withSlug?: boolean;
  state: SaveState;
  submitLabel: string;
  onSubmit: (fields: CreateEventBody) => void;
  onReload?: () => void;
}) {
  const t = useFeatureMessages(contentMessages);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    props.onSubmit({
      slug: text("slug"),
      title: text("title"),
      organiser: text("organiser"),
      venue: text("venue"),
      description: text("description"),
      timeZone: text("timeZone"),
      startsOn: text("startsOn"),
      endsOn: text("endsOn"),
      embedDomains: text("embedDomains")
        .split(/\s+/)
        .filter(Boolean)
        .map((d) => d.toLowerCase()),
      published: form.get("published") === "on",
    });
  };
  return (
    <form class="form form--wide" onSubmit={submit}>
      <Show when={props.withSlug}>
        <label>
          {t("slug")}
          <input
            name="slug"
            required
            pattern="[a-z0-9](?:[a-z0-9\-]{0,58}[a-z0-9])?"
            autocapitalize="none"
            aria-describedby="slug-hint"
          />
        </label>
        <p id="slug-hint" class="form__hint">
          {t("slugHint")}
        </p>
      </Show>
      <label>
        {t("title")}
        <input name="title" required maxLength={300} value={props.event?.title ?? ""} />
      </label>
      <label>
        {t("organiser")}
        <input name="organiser" maxLength={300} value={props.event?.organiser ?? ""} />
      </label>
      <label>
        {t("venue")}
        <input name="venue" maxLength={300} value={props.event?.venue ?? ""} />
      </label>
      <DescriptionField value={props.event?.description} />
      <div class="form__row">
        <label>
          {t("startsOn")}
          <input name="startsOn" type="date" required value={props.event?.startsOn ?? ""} />
        </label>
        <label>
          {t("endsOn")}
          <input name="endsOn" type="date" required value={props.event?.endsOn ?? ""} />
        </label>
      </div>
      <label>
        {t("timeZone")}
        {/* Issue 13: a choice, Vietnam first, not an IANA name to type. */}
        <select name="timeZone" required>
          <For each={timeZoneChoices(props.event?.timeZone)}>
            {(zone) => (
              <option value={zone} selected={zone === (props.event?.timeZone ?? VIETNAM_ZONE)}>
                {zone === VIETNAM_ZONE ? t("tz.vn") : t("tz.other", { zone })}
              </option>
            )}
          </For>
        </select>
      </label>
      <label>
        {t("embedDomains")}
        <textarea
          name="embedDomains"
          rows={2}
          aria-describedby="embed-hint"
          value={(props.event?.embedDomains ?? []).join("\n")}
        />
      </label>
      <p id="embed-hint" class="form__hint">
        {t("embedHint")}
      </p>
      <PublishedCheck checked={props.event?.published} />
      <SaveControls state={props.state} label={props.submitLabel} onReload={props.onReload} />
    </form>
  );
}
