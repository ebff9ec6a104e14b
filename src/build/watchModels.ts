import type { Plugin } from "vite";

/**
 * In the dev server (npm start), watches `dir` (models/) for added and removed files too. The page lives in src/,
 * and Vite watches only its root and the files already imported, so without this a model written while the
 * server runs (npm run new-model) would not reach the open page; with it, the glob in src/model/bundledModels.ts
 * is updated and the page takes the new set of files without a reload.
 */
export function watchModels(dir: string): Plugin {
  return {
    name: "watch-models",
    apply: "serve",
    configureServer(server) {
      server.watcher.add(dir);
    },
  };
}
