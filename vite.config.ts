import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";

/** Screens only staff use: their chunks go to assets/staff/ and stay out of the precache. */
const STAFF_CODE = /\/src\/app\/features\/(staff|people|content)\//;

/** A chunk whose own code (libraries aside) is all staff screens is a staff chunk. */
function isStaffChunk(chunk: { facadeModuleId: string | null; moduleIds: string[] }): boolean {
  if (chunk.facadeModuleId && STAFF_CODE.test(chunk.facadeModuleId)) return true;
  const own = chunk.moduleIds.filter((id) => !id.includes("/node_modules/"));
  return own.length > 0 && own.every((id) => STAFF_CODE.test(id));
}

export default defineConfig({
  plugins: [
    solid(),
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
        globPatterns: ["**/*.{js,css,html,webmanifest}", "icons/icon-192.png"],
        // An attendee's phone never downloads staff code; staff devices cache it at
        // runtime when they first open those screens (see src/sw/sw.ts).
        globIgnores: ["assets/staff/**"],
      },
    }),
  ],
  server: { proxy: { "/api": "http://localhost:8080" } },
  build: {
    target: "es2022",
    sourcemap: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          isStaffChunk(chunk) ? "assets/staff/[name]-[hash].js" : "assets/[name]-[hash].js",
      },
    },
  },
});
