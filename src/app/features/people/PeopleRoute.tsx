import "../staff/staffStrings.ts";
import "./people.css";
import { useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import type { StaffAttendee } from "../../../shared/api.ts";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { AttendeeActions } from "./AttendeeActions.tsx";
import { DoorPackPanel } from "./DoorPackPanel.tsx";
import { peopleMessages } from "./messages.ts";
import { listAttendees } from "./people.repo.ts";
import {
  filterPeople,
  narrowsBeyondUnit,
  PERSON_STATES,
  type PeopleFilter,
  type PersonState,
} from "./peopleFilter.ts";
import { printHref, printSelection } from "./printHref.ts";
import { RosterImport } from "./RosterImport.tsx";
import { ALL_UNITS, unitValue } from "./unitFilter.ts";

/**
 * /staff/e/:slug/people — the roster: import, ticket and invite management, and links to
 * print badges and invitations for everyone, one unit, or the ticked people.
 */
export default function PeopleRoute() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const [list, { refetch }] = createResource(() => params.slug, listAttendees);
  const tp = useFeatureMessages(peopleMessages);
  const [unit, setUnit] = createSignal(ALL_UNITS);
  const [query, setQuery] = createSignal("");
  const [state, setState] = createSignal<PersonState>("all");
  const filter = (): PeopleFilter => ({ query: query(), unit: unit(), state: state() });
  const [picked, setPicked] = createSignal<ReadonlySet<string>>(new Set());

  const units = createMemo(() =>
    [...new Set((list()?.attendees ?? []).map((a) => a.unit))].sort((a, b) =>
      a.localeCompare(b, "vi"),
    ),
  );
  const shown = createMemo(() => filterPeople(list()?.attendees ?? [], filter()));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked());
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const selection = createMemo(() => {
    const chosen = printSelection(unit(), picked(), shown());
    // A search or a state narrows the list beyond a unit: print exactly the people shown.
    if (chosen && !chosen.ids && narrowsBeyondUnit(filter())) {
      return { ids: shown().map((p) => p.id) };
    }
    return chosen;
  });
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
              <label class="people__search">
                {tp("search")}
                <input
                  type="search"
                  value={query()}
                  onInput={(e) => setQuery(e.currentTarget.value)}
                  aria-describedby="people-search-hint"
                />
                <span id="people-search-hint" class="form__hint">
                  {tp("searchHint")}
                </span>
              </label>
              <label>
                {t("people.unitFilter")}
                <select value={unit()} onChange={(e) => setUnit(e.currentTarget.value)}>
                  <option value={ALL_UNITS}>{t("people.allUnits")}</option>
                  <For each={units()}>
                    {(u) => <option value={unitValue(u)}>{u || t("people.noUnit")}</option>}
                  </For>
                </select>
              </label>
              <label>
                {tp("stateFilter")}
                <select
                  value={state()}
                  onChange={(e) => setState(e.currentTarget.value as PersonState)}
                >
                  <For each={PERSON_STATES}>
                    {(s) => <option value={s}>{tp(`state.${s}`)}</option>}
                  </For>
                </select>
              </label>
            </div>
            <p class="people__shown" role="status">
              {tp("shown", { n: shown().length, total: data().attendees.length })}
            </p>
            <Show when={data().canSeeContacts && selection()}>
              {(chosen) => (
                <div class="people__tools">
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
                  <Show when={narrowsBeyondUnit(filter()) && pickedShown() === 0}>
                    <p class="form__hint">{tp("printFiltered")}</p>
                  </Show>
                </div>
              )}
            </Show>
            <Show when={shown().length > 0} fallback={<p>{tp("noMatch")}</p>}>
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
                          <td class="people-table__pick">
                            <label class="pick">
                              <input
                                type="checkbox"
                                checked={picked().has(person.id)}
                                onChange={(e) => toggle(person.id, e.currentTarget.checked)}
                              />
                              <span class="visually-hidden">
                                {t("people.pickOne", { name: person.name })}
                              </span>
                            </label>
                          </td>
                          <td class="people-table__name">{person.name}</td>
                          <td data-label={t("roster.field.unit")}>{person.unit}</td>
                          <td data-label={t("roster.field.position")}>{person.position}</td>
                          <Show when={data().canSeeContacts}>
                            <td data-label={t("roster.field.phone")}>{person.phone ?? ""}</td>
                            <td data-label={t("roster.field.email")} class="people-table__email">
                              {person.email ?? ""}
                            </td>
                          </Show>
                          <td data-label={t("people.ticket")}>
                            {t(`people.ticket.${person.ticket}`)}
                          </td>
                          <td data-label={t("people.devices")}>
                            {person.devices}/{person.maxDevices}
                          </td>
                          <Show when={data().canSeeContacts}>
                            <td class="people-table__actions">
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
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
