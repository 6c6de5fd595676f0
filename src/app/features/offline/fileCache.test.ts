import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PackFile } from "../../../shared/pack.ts";
import { ApiRequestError } from "../../sync/api.ts";
import { cachedFileUrls, downloadFiles, pruneFiles } from "./fileCache.ts";
import { filesThatDoNotFit } from "./storage.ts";

/** A Cache API stand-in: one cache, keyed by absolute URL, optionally refusing writes. */
function fakeCaches(options: { quotaBytes?: number } = {}) {
  const entries = new Map<string, Response>();
  let used = 0;
  const cache = {
    keys: async () => [...entries.keys()].map((url) => new Request(url)),
    put: async (url: string, response: Response) => {
      const size = Number(response.headers.get("content-length"));
      if (options.quotaBytes !== undefined && used + size > options.quotaBytes) {
        throw new DOMException("full", "QuotaExceededError");
      }
      used += size;
      entries.set(new URL(url, location.origin).href, response);
    },
    delete: async (request: Request) => entries.delete(request.url),
  };
  vi.stubGlobal("caches", { open: async () => cache });
  return entries;
}

const file = (n: number, size: number): PackFile => ({
  id: `f${n}`,
  url: `/api/events/demo/files/0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5${n}`,
  name: `tai-lieu-${n}.pdf`,
  mime: "application/pdf",
  size,
});

const files = [file(1, 1000), file(2, 3000), file(3, 2000)];

/** fetch that serves the files, failing for the URLs in `down`. */
function serve(down = new Set<string>()) {
  const fetchMock = vi.fn(async (url: string) => {
    if (down.has(url)) throw new TypeError("Failed to fetch");
    const f = files.find((x) => x.url === url)!;
    return new Response(new Uint8Array(f.size), { headers: { "content-type": f.mime } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe("offline files", () => {
  it("downloads every file with byte progress, and says which are on the device", async () => {
    fakeCaches();
    serve();
    const progress: [number, number][] = [];
    const result = await downloadFiles(files, (done, total) => progress.push([done, total]));
    expect(result).toEqual({ missing: [], stoppedBy: null });
    expect(progress[0]).toEqual([0, 6000]);
    expect(progress.at(-1)).toEqual([6000, 6000]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
    expect(await cachedFileUrls()).toEqual(new Set(files.map((f) => f.url)));
  });

  it("resumes after an interruption with only what is missing", async () => {
    fakeCaches();
    serve(new Set([files[1]!.url]));
    const first = await downloadFiles(files);
    expect(first.stoppedBy).toBe("network");
    expect(first.missing.map((f) => f.id)).toEqual(["f2", "f3"]);
    const fetchMock = serve();
    const progress: [number, number][] = [];
    const second = await downloadFiles(files, (done, total) => progress.push([done, total]));
    expect(second).toEqual({ missing: [], stoppedBy: null });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([files[1]!.url, files[2]!.url]);
    expect(progress[0]).toEqual([0, 5000]);
  });

  it("stops when storage is full and lists what is not on the device", async () => {
    fakeCaches({ quotaBytes: 2500 });
    serve();
    const result = await downloadFiles(files);
    expect(result.stoppedBy).toBe("quota");
    expect(result.missing.map((f) => f.id)).toEqual(["f2", "f3"]);
    expect(await cachedFileUrls()).toEqual(new Set([files[0]!.url]));
  });

  it.each([
    [401, "unauthenticated", { error: { code: "unauthenticated", message: "sign in" } }],
    [404, "not_found", { error: { code: "not_found", message: "no such file" } }],
    [502, "internal", null],
  ] as const)("tells a server's %i answer from a lost connection", async (status, code, body) => {
    fakeCaches();
    const fetchMock = vi.fn(async (url: string) =>
      url === files[1]!.url
        ? new Response(body ? JSON.stringify(body) : "<html>Bad gateway</html>", { status })
        : new Response(new Uint8Array(10)),
    );
    vi.stubGlobal("fetch", fetchMock);
    const result = await downloadFiles(files);
    expect(result.stoppedBy).toBe("http");
    expect(result.missing.map((f) => f.id)).toEqual(["f2", "f3"]);
    expect(result.error).toBeInstanceOf(ApiRequestError);
    expect(result.error).toMatchObject({ status, code });
  });

  it("keeps nothing and says so where the browser has no Cache API", async () => {
    vi.stubGlobal("caches", undefined);
    expect(await downloadFiles(files)).toEqual({ missing: files, stoppedBy: "unsupported" });
    expect(await cachedFileUrls()).toEqual(new Set());
  });

  it("prunes files no material uses any more", async () => {
    fakeCaches();
    serve();
    await downloadFiles(files);
    await pruneFiles(new Set([files[0]!.url]));
    expect(await cachedFileUrls()).toEqual(new Set([files[0]!.url]));
  });

  it("tells which files will not fit in the free space", () => {
    const state = { persisted: false, usage: 9000, quota: 12_500 };
    expect(filesThatDoNotFit(files, state).map((f) => f.id)).toEqual(["f2"]);
    expect(filesThatDoNotFit(files, { persisted: null, usage: null, quota: null })).toEqual([]);
  });
});
