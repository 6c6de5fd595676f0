import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "../../harness/server.ts";

/** The repo's build, as `npm run build` leaves it and the server serves by default. */
export const repoDist = join(repoRoot, "dist");

/** One file of the build, by its path under dist/ ("assets/index-abc.js"). */
export interface BuiltFile {
  path: string;
  bytes: number;
  /** Size after gzip at zlib's default level, as the server's compress() sends it. */
  gzip: number;
}

export function readBuiltFile(path: string, dir: string): BuiltFile {
  const full = join(dir, path);
  if (!existsSync(full)) throw new Error(`${path} is not in ${dir}: is the build stale?`);
  const content = readFileSync(full);
  return { path, bytes: content.byteLength, gzip: gzipSync(content).byteLength };
}

export const kib = (bytes: number) => bytes / 1024;

/** A URL of index.html or an import specifier, as a path under dist/ ("" if external). */
function toDistPath(url: string, from: string): string {
  if (/^[a-z]+:|^\/\//i.test(url)) return "";
  const path = url.startsWith("/") ? url.slice(1) : posix.join(posix.dirname(from), url);
  return posix.normalize(path.split(/[?#]/)[0]!);
}

/** Scripts, module preloads and stylesheets index.html loads before anything runs. */
function htmlEntries(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, "i"))?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr("src");
      if (src) found.push(src);
    } else if (/^(stylesheet|modulepreload)$/i.test(attr("rel") ?? "")) {
      const href = attr("href");
      if (href) found.push(href);
    }
  }
  return found;
}

// Minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC_IMPORT = /\b(?:import|from)\s*(["'`])(\.{1,2}\/[^"'`]+?)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+?)\1\s*\)/g;

/** The relative specifiers a chunk imports statically and dynamically. */
export function chunkImports(code: string): { static: string[]; dynamic: string[] } {
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((m) => m[2]!),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[2]!),
  };
}

/** The static closure of some entry files: every file loaded before the page can run. */
function staticClosure(entries: string[], dir: string): { files: string[]; dynamic: string[] } {
  const files: string[] = [];
  const dynamic = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (!path || files.includes(path)) continue;
    files.push(path);
    if (!path.endsWith(".js")) continue;
    const imports = chunkImports(readFileSync(join(dir, path), "utf8"));
    queue.push(...imports.static.map((s) => toDistPath(s, path)));
    for (const s of imports.dynamic) dynamic.add(toDistPath(s, path));
  }
  return { files, dynamic: [...dynamic].filter((d) => !files.includes(d)) };
}

export interface FirstLoad {
  /** JS and CSS the first screen needs: index.html's entries and their static imports. */
  files: BuiltFile[];
  /** Chunks those files import dynamically (loaded later, not counted). */
  lazy: string[];
}

/** What index.html makes the browser fetch and run before the app's first screen. */
export function firstLoad(dir: string): FirstLoad {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const entries = htmlEntries(html).map((url) => toDistPath(url, "index.html"));
  const { files, dynamic } = staticClosure(entries, dir);
  return {
    files: files.filter((f) => /\.(m?js|css)$/.test(f)).map((f) => readBuiltFile(f, dir)),
    lazy: dynamic,
  };
}

/** A chunk of Vite's build manifest (`vite build --manifest`). */
interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** dist/.vite/manifest.json, which maps chunks to their source; null when not built with it. */
export function viteManifest(dir: string): Record<string, ManifestChunk> | null {
  const path = join(dir, ".vite", "manifest.json");
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, ManifestChunk>)
    : null;
}

/** Every source module the build loads lazily (dynamic import), from the build manifest. */
export function dynamicEntries(dir: string): string[] {
  const manifest = viteManifest(dir) ?? {};
  return Object.entries(manifest)
    .filter(([, c]) => c.isDynamicEntry)
    .map(([key, c]) => c.src ?? key);
}

export interface LazyCode {
  /** The given source modules that the build has as lazily loaded chunks. */
  entries: string[];
  /** Their chunks, static imports and CSS, minus what the first screen already loaded. */
  files: BuiltFile[];
}

/**
 * The code that loads only when one of these dynamically imported source modules does
 * (e.g. the staff routes), from the build manifest; null without a manifest.
 */
export function lazyCodeOf(dir: string, sources: readonly string[]): LazyCode | null {
  const manifest = viteManifest(dir);
  if (!manifest) return null;
  const entries = Object.entries(manifest)
    .filter(([key, c]) => c.isDynamicEntry && sources.includes(c.src ?? key))
    .map(([key]) => key);
  const loaded = new Set(firstLoad(dir).files.map((f) => f.path));
  const files = new Set<string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const key = queue.shift()!;
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) continue;
    seen.add(key);
    for (const file of [chunk.file, ...(chunk.css ?? [])]) if (!loaded.has(file)) files.add(file);
    queue.push(...(chunk.imports ?? []));
  }
  return { entries, files: [...files].map((f) => readBuiltFile(f, dir)) };
}

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The precache manifest vite-plugin-pwa inlined into dist/sw.js (self.__WB_MANIFEST). */
export function precacheManifest(dir: string): PrecacheEntry[] {
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  const literal = sw.match(/\[\s*\{\s*"(?:revision|url)"\s*:[\s\S]*?\}\s*\]/)?.[0];
  if (!literal) throw new Error("no precache manifest found in dist/sw.js");
  const entries = JSON.parse(literal) as PrecacheEntry[];
  if (!entries.every((e) => typeof e.url === "string")) {
    throw new Error("dist/sw.js: the precache manifest has entries without a url");
  }
  return entries;
}
