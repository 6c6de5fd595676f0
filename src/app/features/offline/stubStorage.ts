import { vi } from "vitest";

/**
 * For tests: a navigator.storage stand-in (happy-dom has none) that grants or refuses
 * persistence. Returns the spies and a restore function.
 */
export function stubStorage(options: { grant: boolean; persisted?: boolean }) {
  let persisted = options.persisted ?? false;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = options.grant;
      return options.grant;
    }),
    estimate: vi.fn(async () => ({ usage: 1_000_000, quota: 100_000_000 })),
  };
  Object.defineProperty(navigator, "storage", { value: storage, configurable: true });
  const restore = () => {
    Reflect.deleteProperty(navigator, "storage");
  };
  return { storage, restore };
}
