import { posix } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";
import { STAFF_ASSETS_DIR } from "./src/shared/staffAssets.ts";

/** Modules only staff use: the staff screens, and the staff strings i18n.tsx loads for them. */
// Staff feature folders (issues 9–13 add hub, door, attendance, session-code and
// quiz-authoring; the attendee's halves are checkin/ and quiz/).
const STAFF_CODE =
  /\/src\/app\/(features\/(staff|people|content|hub|door|attendance|session-code|quiz-authoring)\/|i18n\/staff\.(vi|en)\.ts$)/;

/**
 * Sorts the build's output: a JS chunk, or the CSS of one, is staff-only when each of its
 * modules is reached from the staff screens and never from an attendee screen (helpers
 * such as src/app/ui/FormMessages.tsx are found this way, not listed). Staff-only files go
 * to assets/staff/, which the precache leaves out.
 */
function staffChunks() {
  const staffOnly = new Set<string>();
  // Vite names a chunk's CSS after the chunk ("people.repo" gives "people.css"); a name an
  // attendee chunk also gives stays with the attendee files.
  const cssNames = { staff: new Set<string>(), attendee: new Set<string>() };
  const cssNameOf = (chunkName: string) =>
    posix.format({ ...posix.parse(chunkName), base: undefined, ext: ".css" });

  const plugin: Plugin = {
    name: "th-staff-chunks",
    apply: "build",
    buildEnd() {
      const walk = (starts: Iterable<string>, enter: (id: string) => boolean) => {
        const seen = new Set<string>();
        const queue = [...starts];
        while (queue.length > 0) {
          const id = queue.pop() as string;
          if (seen.has(id) || !enter(id)) continue;
          seen.add(id);
          const info = this.getModuleInfo(id);
          if (info) queue.push(...info.importedIds, ...info.dynamicallyImportedIds);
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      const attendee = walk(entries, (id) => !STAFF_CODE.test(id));
      const staffSeeds = ids.filter((id) => STAFF_CODE.test(id));
      for (const id of walk(staffSeeds, (id) => !attendee.has(id))) staffOnly.add(id);
    },
  };

  return {
    plugin,
    chunkFileNames(chunk: { name: string; moduleIds: string[] }) {
      const staff = chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => staffOnly.has(id));
      cssNames[staff ? "staff" : "attendee"].add(cssNameOf(chunk.name));
      return `${staff ? STAFF_ASSETS_DIR : "assets/"}[name]-[hash].js`;
    },
    assetFileNames(asset: { names: string[] }) {
      const name = asset.names[0] ?? "";
      const staff = cssNames.staff.has(name) && !cssNames.attendee.has(name);
      return `${staff ? STAFF_ASSETS_DIR : "assets/"}[name]-[hash][extname]`;
    },
  };
}

const staff = staffChunks();

/**
 * Chunks for what the agenda's first screen loads on every device: the frameworks, the
 * database, the strings and the agenda (one file), and the first pull's code (another,
 * loaded by makePackSync after the first render: the pack, and the attendee's ticket,
 * quiz list and check-in lists, without the quiz or check-in screens' code). Only modules
 * that attendee screens use are listed, so no staff code joins the precached files.
 */
const FIRST_SCREEN_GROUPS = [
  {
    name: "app",
    test: /\/node_modules\/(solid-js|@solidjs\/router|dexie)\/|\/src\/app\/(db\/(db|openEarly)\.ts|i18n\/(i18n\.tsx|vi\.ts|format\.ts)|ui\/(createLiveQuery|errorMessage|createNow|createOnlineStatus)\.ts|sync\/(api|makePackSync|createPackSync|syncStatus)\.ts|features\/agenda\/(?!.*\.test\.)[^/]+\.tsx?$)|\/src\/shared\/errors\.ts$/,
    priority: 2,
  },
  {
    name: "pull",
    test: /\/src\/app\/(sync\/(syncEvent|pullPack|applyPack|readWithProgress)\.ts|features\/(ticket\/ticket\.repo|quiz\/refreshQuizzes|checkin\/sessionLists)\.ts)$/,
    priority: 1,
  },
];

export default defineConfig({
  plugins: [
    solid(),
    staff.plugin,
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/sw",
      filename: "sw.ts",
      injectRegister: false,
      manifest: {
        name: "Tập huấn — hội nghị tập huấn",
        short_name: "Tập huấn",
        description:
          "Chương trình, tài liệu, điểm danh và trắc nghiệm cho hội nghị tập huấn, cả khi không có mạng.",
        lang: "vi",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: "#0f5c4d",
        background_color: "#f6f7f5",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "/icons/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,webmanifest}", "icons/icon-192.png", "favicon.ico"],
        // An attendee's phone never downloads staff code; staff devices cache it at
        // runtime when they first open those screens (see src/sw/sw.ts).
        globIgnores: ["assets/staff/**"],
      },
    }),
  ],
  resolve: {
    // Dexie's default entry wraps its UMD bundle (for CommonJS consumers); the app is
    // ESM only and has no other copy of Dexie, so its ES module build is the lighter one.
    alias: [{ find: /^dexie$/, replacement: "dexie/dist/dexie.mjs" }],
  },
  server: { proxy: { "/api": "http://localhost:8080" } },
  build: {
    target: "es2022",
    sourcemap: false,
    // Every browser the app supports (ES2022) knows <link rel="modulepreload">: the
    // polyfill would only add bytes to the attendee's first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        chunkFileNames: staff.chunkFileNames,
        assetFileNames: staff.assetFileNames,
        // The attendee's first screen in few files: many small chunks each pay gzip's
        // fixed cost and compress apart (issue 14: ~1.5 KB gzip saved this way).
        codeSplitting: { groups: FIRST_SCREEN_GROUPS },
      },
    },
  },
});
