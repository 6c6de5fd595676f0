import { A, useParams, useSearchParams } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createPackSync } from "../../sync/createPackSync.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { createSearchIndex } from "./createSearchIndex.ts";
import { searchMessages } from "./messages.ts";
import { getSearchSource } from "./search.repo.ts";
import { runSearch, type Segment } from "./searchIndex.ts";
import "./search.css";

function Marked(props: { parts: Segment[] }) {
  return (
    <For each={props.parts}>{(part) => (part.hit ? <mark>{part.text}</mark> : part.text)}</For>
  );
}

/**
 * /e/:slug/search?q=… — search over the event's sessions and materials on the device,
 * offline. The index is rebuilt only when a sync changed the event. Loaded lazily.
 */
export default function SearchRoute() {
  const t = useFeatureMessages(searchMessages);
  const params = useParams<{ slug: string }>();
  const [search, setSearch] = useSearchParams<{ q?: string }>();
  const source = createLiveQuery(
    () => params.slug,
    (slug) => getSearchSource(slug),
  );
  createPackSync(() => params.slug);
  // The live query re-runs after every sync; the index is rebuilt only for a new version.
  const { index, preparing } = createSearchIndex(source.value);
  const query = () => search.q ?? "";
  const results = createMemo(() => {
    const built = index();
    return built && query().trim() ? runSearch(built, query()) : { hits: [], total: 0 };
  });
  const hits = () => results().hits;
  const count = () => {
    const { hits, total } = results();
    if (total === 0) return t("none", { query: query() });
    return total > hits.length
      ? t("countLimited", { shown: hits.length, count: total })
      : t("count", { count: total });
  };
  const slug = () => encodeURIComponent(params.slug);
  const hrefOf = (kind: "session" | "material", ref: string) =>
    kind === "material" ? `/e/${slug()}/m/${ref}` : `/e/${slug()}#session-${ref}`;

  return (
    <section class="search" aria-labelledby="search-title">
      <p class="material__back">
        <A href={`/e/${slug()}`}>{t("backToAgenda")}</A>
      </p>
      <h1 id="search-title">{t("title")}</h1>
      <search>
        <form onSubmit={(e) => e.preventDefault()}>
          <label for="search-input" class="visually-hidden">
            {t("label")}
          </label>
          <input
            id="search-input"
            type="search"
            class="search__input"
            value={query()}
            placeholder={t("placeholder")}
            autocomplete="off"
            enterkeyhint="search"
            onInput={(e) => setSearch({ q: e.currentTarget.value || undefined }, { replace: true })}
            autofocus
          />
        </form>
      </search>
      <Show when={source.ready() && !source.value()}>
        <p class="notice">{t("notOnDevice")}</p>
      </Show>
      <Show when={preparing()}>
        <p class="search__count" role="status">
          {t("preparing")}
        </p>
      </Show>
      <Show when={query().trim() && index()}>
        <p class="search__count" aria-live="polite">
          {count()}
        </p>
        <ol class="search__results">
          <For each={hits()}>
            {(hit) => (
              <li class="search__hit">
                <A href={hrefOf(hit.doc.kind, hit.doc.ref)} class="search__hit-title">
                  <Marked parts={hit.title} />
                </A>
                <span class="search__kind">
                  {hit.doc.kind === "session" ? t("kindSession") : t("kindMaterial")}
                </span>
                <p class="search__snippet">
                  <Marked parts={hit.snippet} />
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
