import { A, useParams, useSearchParams } from "@solidjs/router";
import { createMemo, For, Show, untrack } from "solid-js";
import { useFeatureMessages } from "../../i18n/featureMessages.ts";
import { createPackSync } from "../../sync/createPackSync.ts";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { searchMessages } from "./messages.ts";
import { getSearchSource } from "./search.repo.ts";
import { buildSearchIndex, runSearch, type SearchIndex, type Segment } from "./searchIndex.ts";
import "./search.css";

/** The last index built, kept across visits of the screen while the event is unchanged. */
let lastBuilt: { key: string; index: SearchIndex } | null = null;

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
  const version = createMemo(() => {
    const current = source.value();
    return current ? `${current.event.id}@${current.version}` : null;
  });
  const index = createMemo(() => {
    const key = version();
    const current = untrack(source.value);
    if (!key || !current) return null;
    if (lastBuilt?.key !== key) lastBuilt = { key, index: buildSearchIndex(current.docs) };
    return lastBuilt.index;
  });
  const query = () => search.q ?? "";
  const hits = createMemo(() => {
    const built = index();
    return built && query().trim() ? runSearch(built, query()) : [];
  });
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
      <Show when={query().trim() && index()}>
        <p class="search__count" aria-live="polite">
          {hits().length === 0
            ? t("none", { query: query() })
            : t("count", { count: hits().length })}
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
