import "../staff/staffStrings.ts";
import "./people.css";
import { useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import type { StaffAttendee } from "../../../shared/api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { AttendeeActions } from "./AttendeeActions.tsx";
import { DoorPackPanel } from "./DoorPackPanel.tsx";
import { listAttendees } from "./people.repo.ts";
import { printHref, printSelection } from "./printHref.ts";
import { RosterImport } from "./RosterImport.tsx";
import { ALL_UNITS, matchesUnit, unitValue } from "./unitFilter.ts";

/**
 * /staff/e/:slug/people — the roster: import, ticket and invite management, and links to
 * print badges and invitations for everyone, one unit, or the ticked people.
 */
export default function PeopleRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const [list, { refetch }] = createResource(() => params.slug, listAttendees);
  const [unit, setUnit] = createSignal(ALL_UNITS);
  const [picked, setPicked] = createSignal<ReadonlySet<string>>(new Set());

  const units = createMemo(() =>
    [...new Set((list()?.attendees ?? []).map((a) => a.unit))].sort((a, b) =>
      a.localeCompare(b, "vi"),
    ),
  );
  const shown = createMemo(() =>
    (list()?.attendees ?? []).filter((a) => matchesUnit(unit(), a.unit)),
  );
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked());
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const selection = createMemo(() => printSelection(unit(), picked(), shown()));
  // printSelection lists ids only for ticked people the filter shows.
  const pickedShown = () => selection()?.ids?.length ?? 0;

  return (
    <section class="people">
      <Show when={list.error}>
        <p role="alert" class="error-panel">
          {errorMessage(t, list.error)}
        </p>
      </Show>
      <Show when={list()}>
        {(data) => (
          <>
            <h1>{data().event.title}</h1>
            <p class="people__count">{t("people.count", { n: data().attendees.length })}</p>
            <Show when={data().canSeeContacts}>
              <RosterImport slug={params.slug} onImported={() => void refetch()} />
              <DoorPackPanel slug={params.slug} eventId={data().event.id} />
            </Show>
            <h2>{t("people.title")}</h2>
            <div class="people__tools">
              <label>
                {t("people.unitFilter")}
                <select value={unit()} onChange={(e) => setUnit(e.currentTarget.value)}>
                  <option value={ALL_UNITS}>{t("people.allUnits")}</option>
                  <For each={units()}>
                    {(u) => <option value={unitValue(u)}>{u || t("people.noUnit")}</option>}
                  </For>
                </select>
              </label>
              <Show when={data().canSeeContacts && selection()}>
                {(chosen) => (
                  <>
                    <a class="button-link" href={printHref(params.slug, "badges", chosen())}>
                      {pickedShown() > 0
                        ? t("people.printBadgesPicked", { n: pickedShown() })
                        : t("people.printBadges")}
                    </a>
                    <a class="button-link" href={printHref(params.slug, "invitations", chosen())}>
                      {pickedShown() > 0
                        ? t("people.printInvitationsPicked", { n: pickedShown() })
                        : t("people.printInvitations")}
                    </a>
                  </>
                )}
              </Show>
            </div>
            <div class="table-scroll">
              <table class="people-table">
                <caption class="visually-hidden">{t("people.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span class="visually-hidden">{t("people.pick")}</span>
                    </th>
                    <th scope="col">{t("roster.field.name")}</th>
                    <th scope="col">{t("roster.field.unit")}</th>
                    <th scope="col">{t("roster.field.position")}</th>
                    <Show when={data().canSeeContacts}>
                      <th scope="col">{t("roster.field.phone")}</th>
                      <th scope="col">{t("roster.field.email")}</th>
                    </Show>
                    <th scope="col">{t("people.ticket")}</th>
                    <th scope="col">{t("people.devices")}</th>
                    <Show when={data().canSeeContacts}>
                      <th scope="col">{t("people.actions")}</th>
                    </Show>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown()}>
                    {(person: StaffAttendee) => (
                      <tr data-attendee={person.id}>
                        <td>
                          <input
                            type="checkbox"
                            checked={picked().has(person.id)}
                            onChange={(e) => toggle(person.id, e.currentTarget.checked)}
                            aria-label={t("people.pickOne", { name: person.name })}
                          />
                        </td>
                        <td>{person.name}</td>
                        <td>{person.unit}</td>
                        <td>{person.position}</td>
                        <Show when={data().canSeeContacts}>
                          <td>{person.phone ?? ""}</td>
                          <td>{person.email ?? ""}</td>
                        </Show>
                        <td>{t(`people.ticket.${person.ticket}`)}</td>
                        <td>
                          {person.devices}/{person.maxDevices}
                        </td>
                        <Show when={data().canSeeContacts}>
                          <td>
                            <AttendeeActions
                              slug={params.slug}
                              person={person}
                              onChanged={() => void refetch()}
                            />
                          </td>
                        </Show>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
