import "../staff/staffStrings.ts";
import { useNavigate, useParams } from "@solidjs/router";
import { createResource } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createSession, getEventContent, updateSession } from "./content.repo.ts";
import { createSaveState } from "./createSaveState.ts";
import { ItemEditorFrame } from "./ItemEditorFrame.tsx";
import { contentMessages } from "./messages.ts";
import { SessionForm } from "./SessionForm.tsx";
import "./content.css";

/** /staff/e/:slug/s/:id — edit a session ("new" creates one). */
export default function SessionEditorRoute() {
  const t = useFeatureMessages(contentMessages);
  const params = useParams<{ slug: string; id: string }>();
  const navigate = useNavigate();
  const [content, { refetch }] = createResource(() => params.slug, getEventContent);
  const state = createSaveState();
  const isNew = () => params.id === "new";
  const session = () => content()?.sessions.find((s) => s.id === params.id);
  const back = () => `/staff/e/${encodeURIComponent(params.slug)}/agenda`;
  return (
    <ItemEditorFrame
      back={back()}
      heading={isNew() ? t("newSession") : t("editSession")}
      id={params.id}
      item={session()}
      content={content}
    >
      {(c) => (
        <SessionForm
          content={c()}
          session={session()}
          state={state}
          onReload={() => void refetch()}
          onSubmit={async (body) => {
            const current = session();
            const saved = await state.run(() =>
              current
                ? updateSession(params.slug, current.id, {
                    ...body,
                    version: current.version,
                  })
                : createSession(params.slug, body),
            );
            if (saved) navigate(back());
          }}
        />
      )}
    </ItemEditorFrame>
  );
}
