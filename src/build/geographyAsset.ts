import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";

const ID = "virtual:globe-geography";
const RESOLVED = "\0" + ID;
const DEV_PATH = "/@globe/geography.bin";

/**
 * Prepares the globe's geometry when the app is built (see packGeography) and ships it as one hashed
 * binary file beside the scripts; `import url from "virtual:globe-geography"` gives its URL. The built page
 * preloads it so its download overlaps the scripts'. The development server prepares it on first request and
 * again when a file in data/ or data/groups/ changes.
 */
export function geographyAsset(): Plugin {
  let build = false;
  let bytes: Promise<Uint8Array> | undefined;
  // The app's own TypeScript (and data/ JSON) is run through Vite's module runner, not Node's loader.
  const prepared = () =>
    (bytes ??= runnerImport<typeof import("../data/packGeography")>(fileURLToPath(new URL("../data/packGeography.ts", import.meta.url)), {
      configFile: false,
      logLevel: "warn",
    }).then(({ module }) => module.packGeography()));
  return {
    name: "globe-geography",
    configResolved(config) {
      build = config.command === "build";
    },
    resolveId(source) {
      return source === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: "asset", name: "geography.bin", source: await prepared() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.watcher.on("change", (file) => {
        if (/[\\/]data[\\/](groups[\\/])?[^\\/]+\.json$/.test(file)) bytes = undefined;
      });
      server.middlewares.use(DEV_PATH, (_req, res, next) => {
        prepared().then((b) => {
          res.setHeader("Content-Type", "application/octet-stream");
          res.end(b);
        }, next);
      });
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const asset = Object.values(bundle).find((f) => f.type === "asset" && f.names?.includes("geography.bin"));
        if (!asset) return [];
        // Only a page whose scripts load the geography preloads it (the story page leaves it to its embedded globe).
        const loads = (fileName: string, seen: Set<string>): boolean => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== "chunk" || seen.has(fileName)) return false;
          seen.add(fileName);
          return chunk.moduleIds.includes(RESOLVED) || chunk.imports.some((f) => loads(f, seen));
        };
        if (ctx.chunk && !loads(ctx.chunk.fileName, new Set())) return [];
        return [{ tag: "link", attrs: { rel: "preload", href: `./${asset.fileName}`, as: "fetch", crossorigin: "anonymous" }, injectTo: "head" }];
      },
    },
  };
}
