import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";

/** The two modules, and the part of what prepareCatalogue gives that each exports. */
const MODULES = { "virtual:globe-models": "catalogue", "virtual:globe-reference": "reference" } as const;
type Id = keyof typeof MODULES;
const isId = (id: string): id is Id => id in MODULES;

/**
 * `virtual:globe-models` and `virtual:globe-reference`: in the build, the files of models/ and the reference of
 * data/, loaded and validated at build time (see prepareCatalogue), as JSON the page takes as it is (the story
 * imports only the first); under `npm start` and in tests, null (the page loads and validates the files itself,
 * so that an edit reaches it with its messages). An invalid file fails the build (validateModelsOnBuild says
 * why first, with the messages of `npm run validate`).
 */
export function preparedModels(repoRoot: string): Plugin {
  let building = false;
  let prepared: Promise<import("./prepareCatalogue").Prepared> | undefined;
  const prepare = async () => {
    const { module } = await runnerImport<typeof import("./prepareCatalogue")>(fileURLToPath(new URL("./prepareCatalogue.ts", import.meta.url)), {
      configFile: false,
      logLevel: "warn",
    });
    return module.prepareCatalogue(repoRoot);
  };
  return {
    name: "globe-prepared-models",
    configResolved(config) {
      building = config.command === "build";
    },
    buildStart() {
      prepared = undefined;
    },
    resolveId: (id) => (isId(id) ? `\0${id}` : null),
    async load(resolved) {
      const id = resolved.slice(1);
      if (!resolved.startsWith("\0") || !isId(id)) return null;
      if (!building) return "export default null;";
      const part = (await (prepared ??= prepare()))[MODULES[id]];
      // JSON.parse of one string is quicker for the page than the same data written as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
    },
  };
}
