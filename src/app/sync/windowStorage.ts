/** The part of the Web Storage API the sync engine uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What `globalThis` may hold: the page's localStorage, or nothing in the service worker,
 * which runs the same push code on a Background Sync (backgroundPush.ts) and is type-checked
 * without the DOM library. Types only: a cast costs the page's bundle nothing.
 */
export type MaybeWindow = { localStorage?: KeyValueStorage };
