import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { bundleReport } from "./src/build/bundleReport.ts";
import { embedLoader } from "./src/build/embedLoader.ts";
import { fiberCatalogue } from "./src/build/fiberCatalogue.ts";
import { geographyAsset } from "./src/build/geographyAsset.ts";
import { preparedModels } from "./src/build/preparedModels.ts";
import { staticPictures } from "./src/build/staticPictures.ts";
import { validateModelsOnBuild } from "./src/build/validateModels.ts";
import { watchModels } from "./src/build/watchModels.ts";

/**
 * The built page's Content-Security-Policy: everything from the page's own origin, no eval, no inline
 * script. Only in the build: the dev server needs inline styles for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}

const root = fileURLToPath(new URL("./src", import.meta.url));
const outDir = fileURLToPath(new URL("./dist", import.meta.url));

// The page lives in src/ (the top level is fixed); models/ and data/ are read from the repository root.
export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  // The credit line exported images carry (`CREDIT="Graphic: Jane Doe / The Daily" npm run build`); none by default.
  define: { __EXPORT_CREDIT__: JSON.stringify(process.env.CREDIT ?? ""), __PICTURES__: JSON.stringify(process.env.PICTURES?.trim() || "all") },
  plugins: [
    react(),
    fiberCatalogue(),
    bundleReport(fileURLToPath(new URL("./node_modules/.cache/proposal-globe/bundle.json", import.meta.url))),
    contentSecurityPolicy(),
    validateModelsOnBuild(fileURLToPath(new URL(".", import.meta.url))),
    geographyAsset(),
    preparedModels(fileURLToPath(new URL(".", import.meta.url))),
    staticPictures(fileURLToPath(new URL(".", import.meta.url)), process.env),
    watchModels(fileURLToPath(new URL("./models", import.meta.url))),
    embedLoader(fileURLToPath(new URL("./src/embed/loader.ts", import.meta.url))),
  ],
  server: { host: "127.0.0.1", port: 5173, fs: { allow: [".."] } },
  preview: { host: "127.0.0.1", port: 4173 },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the app (index.html, also the embed) and the scrolling story that embeds it (story.html).
    rolldownOptions: { input: { index: `${root}/index.html`, story: `${root}/story.html` } },
  },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    projects: [
      {
        extends: true,
        // Limits that guard against a hang, not timings: a busy 2-core machine runs these several times slower.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: "scene", include: ["tests/scene/**/*.test.tsx"], environment: "jsdom", setupFiles: ["tests/scene/setup.ts"], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
