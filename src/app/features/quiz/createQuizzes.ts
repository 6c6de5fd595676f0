import { type Accessor, createSignal, onMount } from "solid-js";
import { createLiveQuery } from "../../ui/createLiveQuery.ts";
import { getQuizzes } from "./quiz.repo.ts";
import { refreshQuizzes } from "./refreshQuizzes.ts";

/**
 * The event's quizzes on the device (live), refreshed from the server once on mount when
 * online; `refreshFailed` tells the screen it shows the copy the device had.
 */
export function createQuizzes(slug: Accessor<string>) {
  const data = createLiveQuery(slug, (s) => getQuizzes(s));
  const [refreshFailed, setRefreshFailed] = createSignal(false);
  onMount(() => {
    refreshQuizzes(slug()).catch(() => setRefreshFailed(true));
  });
  return { data, refreshFailed };
}
