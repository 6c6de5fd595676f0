import "../staff/staffStrings.ts";
import { A, useNavigate } from "@solidjs/router";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createEvent } from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { EventForm } from "./EventForm.tsx";
import { contentMessages } from "./messages.ts";
import "./content.css";

/** /staff/new — a new event, as a draft unless published at once. */
export default function NewEventRoute() {
  const t = useFeatureMessages(contentMessages);
  const navigate = useNavigate();
  const state = createSaveState();
  return (
    <section>
      <p>
        <A class="editor-back" href="/staff">
          {t("backToEvents")}
        </A>
      </p>
      <h1>{t("newEvent")}</h1>
      <EventForm
        withSlug
        state={state}
        submitLabel={t("create")}
        onSubmit={async (fields) => {
          const event = await state.run(() => createEvent(fields));
          if (event) navigate(`/staff/e/${encodeURIComponent(event.slug)}`);
        }}
      />
    </section>
  );
}
