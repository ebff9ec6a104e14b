import type { Plugin } from "vite";
import { packGeography } from "../data/packGeography";

const ID = "virtual:globe-geography";
const RESOLVED = "\0" + ID;
const DEV_PATH = "/@globe/geography.bin";

/**
 * Prepares the globe's geometry when the app is built (see packGeography) and ships it as one hashed
 * binary file beside the scripts; `import url from "virtual:globe-geography"` gives its URL. The built page
 * preloads it so its download overlaps the scripts'. The development server prepares it on first request and
 * again when a file in data/ changes.
 */
export function geographyAsset(): Plugin {
  let build = false;
  let bytes: Uint8Array | undefined;
  const prepared = () => (bytes ??= packGeography());
  return {
    name: "globe-geography",
    configResolved(config) {
      build = config.command === "build";
    },
    resolveId(source) {
      return source === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: "asset", name: "geography.bin", source: prepared() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.watcher.on("change", (file) => {
        if (/[\\/]data[\\/][^\\/]+\.json$/.test(file)) bytes = undefined;
      });
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader("Content-Type", "application/octet-stream");
        res.end(prepared());
      });
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find((f) => f.type === "asset" && f.names?.includes("geography.bin"));
        if (!asset) return [];
        return [{ tag: "link", attrs: { rel: "preload", href: `./${asset.fileName}`, as: "fetch", crossorigin: "anonymous" }, injectTo: "head" }];
      },
    },
  };
}
