/** What the browser says about the app's storage. */
export interface StorageState {
  /** true: kept until the user clears it; false: may be evicted when space runs low. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Persistence and the usage estimate, where the browser tells them. */
export async function getStorageState(): Promise<StorageState> {
  const storage = navigator.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Asks the browser to keep the app's data even when space runs low (DESIGN §5). Browsers
 * decide by their own rules (installed app, engagement); false means "not promised".
 * Already kept data is not asked for again: some browsers ask the person each time.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    const storage = navigator.storage;
    if (await storage?.persisted?.()) return true;
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** The files that will not fit in the free space the browser reports (largest first). */
export function filesThatDoNotFit<F extends { size: number }>(
  files: F[],
  state: StorageState,
): F[] {
  if (state.quota === null || state.usage === null) return [];
  let free = state.quota - state.usage;
  const sorted = [...files].sort((a, b) => a.size - b.size);
  const fit: F[] = [];
  for (const file of sorted) {
    if (file.size <= free) {
      free -= file.size;
      fit.push(file);
    }
  }
  return files.filter((f) => !fit.includes(f));
}
