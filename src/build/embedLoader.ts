import { build, type Plugin, type Rollup } from "vite";

/** Where the loader is served and written: beside index.html, so that it finds the globe beside itself. */
export const LOADER_FILE = "embed.js";

/**
 * Builds the host pages' loader (src/embed/loader.ts) as `embed.js`: one classic script, minified, with no
 * imports and no name of its own in the page's globals but `proposalGlobe`, as a host page includes it with
 * `<script src=… async>`. Its file name has no hash, as host pages write it by hand; it is not one of the app's
 * modules, and the app's Content-Security-Policy (which is the globe page's) does not apply to it. The
 * development server builds it on request.
 */
export function embedLoader(entry: string): Plugin {
  const compile = async (): Promise<string> => {
    const out = await build({
      configFile: false,
      logLevel: "warn",
      publicDir: false,
      build: {
        write: false,
        minify: true,
        emptyOutDir: false,
        copyPublicDir: false,
        lib: { entry, formats: ["iife"], name: "proposalGlobeLoader", fileName: () => LOADER_FILE },
      },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
    const chunk = outputs.flatMap((o) => o.output).find((f): f is Rollup.OutputChunk => f.type === "chunk");
    if (!chunk) throw new Error(`${entry}: the loader's build gave no script`);
    return chunk.code;
  };
  return {
    name: "embed-loader",
    async generateBundle() {
      this.emitFile({ type: "asset", fileName: LOADER_FILE, source: await compile() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== `/${LOADER_FILE}`) return next();
        compile().then((code) => {
          res.setHeader("Content-Type", "text/javascript");
          res.end(code);
        }, next);
      });
    },
  };
}
