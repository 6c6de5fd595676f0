import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { repoRoot } from "../../harness/server.ts";

/** Where the app declares its routes and their lazily loaded components. */
const APP_FILE = "src/app/App.tsx";

/** Routes whose full path starts with this are staff screens. */
const STAFF_PREFIX = "/staff";

/**
 * The source modules of the staff screens, as repo paths ("src/app/features/…tsx"): the
 * components App.tsx mounts on routes under /staff, resolved through their
 * `const X = lazy(() => import("./…"))` declarations. Throws when a staff route's
 * component is not lazily loaded, since its code would then be in the attendee's bundle.
 */
export function staffRouteModules(
  source = readFileSync(join(repoRoot, APP_FILE), "utf8"),
): string[] {
  const lazyModules = new Map<string, string>();
  for (const m of source.matchAll(
    /const\s+(\w+)\s*=\s*lazy\(\s*\(\)\s*=>\s*import\(\s*["']([^"']+)["']\s*\)\s*\)/g,
  )) {
    lazyModules.set(m[1]!, posix.join(posix.dirname(APP_FILE), m[2]!));
  }
  const modules = new Set<string>();
  const parents: string[] = [];
  for (const tag of source.matchAll(/<Route\b([^>]*?)(\/?)>|<\/Route>/g)) {
    if (tag[0] === "</Route>") {
      parents.pop();
      continue;
    }
    const attrs = tag[1]!;
    const path = attrs.match(/\bpath\s*=\s*["']([^"']*)["']/)?.[1] ?? "";
    const full = posix.join("/", ...parents, path);
    const component = attrs.match(/\bcomponent\s*=\s*\{\s*(\w+)\s*\}/)?.[1];
    if (component && (full === STAFF_PREFIX || full.startsWith(`${STAFF_PREFIX}/`))) {
      const module = lazyModules.get(component);
      if (!module) {
        throw new Error(
          `${APP_FILE}: the staff route ${full} mounts ${component}, which is not lazy()`,
        );
      }
      modules.add(module);
    }
    if (tag[2] !== "/") parents.push(path);
  }
  return [...modules];
}
