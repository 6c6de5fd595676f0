import type { Page } from "playwright-core";

/**
 * Writes `count` pending outbox entries of the test-only kind "test.note" straight into the
 * app's IndexedDB in the page (as records made offline would be), for the event whose pack
 * the device holds. Raw IndexedDB: the built app exposes no module to call. The open app
 * does not see these writes until it reads the outbox again (reload, "Đồng bộ ngay").
 * Resolves the entries' ids.
 */
export function queueOutboxEntries(page: Page, count: number): Promise<string[]> {
  return page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("tap-huan");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const eventId = await new Promise<string>((resolve, reject) => {
      const get = db.transaction("packs").objectStore("packs").getAll();
      get.onsuccess = () => {
        const pack = get.result[0] as { eventId: string } | undefined;
        if (pack) resolve(pack.eventId);
        else reject(new Error("no event pack on this device"));
      };
      get.onerror = () => reject(get.error);
    });
    const tx = db.transaction("outbox", "readwrite");
    const store = tx.objectStore("outbox");
    const base = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      // A UUIDv7 as enqueue() makes it: 48-bit time, version 7, variant 10, random bits.
      const random = crypto.randomUUID().replace(/-/g, "");
      const time = (base + i).toString(16).padStart(12, "0");
      const variant = ((Number.parseInt(random.slice(16, 17), 16) & 3) | 8).toString(16);
      const hex = `${time}7${random.slice(13, 16)}${variant}${random.slice(17, 32)}`;
      const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
      ids.push(id);
      store.put({
        id,
        kind: "test.note",
        eventId,
        payload: { text: `note ${i}` },
        createdAt: new Date(base + i).toISOString(),
        clockOffsetMs: 0,
        attempts: 0,
        state: "pending",
        lastError: null,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return ids;
  }, count);
}

/** How many entries the app's outbox holds in the page. */
export function outboxSize(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("tap-huan");
        open.onsuccess = () => {
          const request = open.result.transaction("outbox").objectStore("outbox").count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
