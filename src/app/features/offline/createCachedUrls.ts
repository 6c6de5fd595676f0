import { createSignal, onMount } from "solid-js";
import { cachedFileUrls } from "./fileCache.ts";

/** The set of kept file URLs as a signal, read on mount and again on refresh(). */
export function createCachedUrls() {
  const [urls, setUrls] = createSignal<Set<string>>(new Set());
  const refresh = async () => setUrls(await cachedFileUrls());
  onMount(refresh);
  return { urls, refresh };
}
