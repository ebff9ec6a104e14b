import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";

/**
 * Fails `npm run build` when a file in models/ has a problem, with the same messages as `npm run validate`:
 * a build never ships a page that would leave a model out. (`npm start` keeps going, with the messages over
 * the globe, so that an author can fix the file while the page is open.)
 */
export function validateModelsOnBuild(repoRoot: string): Plugin {
  return {
    name: "globe-validate-models",
    apply: "build",
    async buildStart() {
      // The app's own TypeScript is run through Vite's module runner, as for the geography.
      const { module } = await runnerImport<typeof import("../cli/validateCommand")>(fileURLToPath(new URL("../cli/validateCommand.ts", import.meta.url)), {
        configFile: false,
        logLevel: "warn",
      });
      const lines: string[] = [];
      const status = module.runValidate([], { cwd: repoRoot, out: (l) => lines.push(l), err: (l) => lines.push(l) });
      if (status !== 0) this.error(`models/ has problems, so the app is not built:\n${lines.filter((l) => !l.endsWith(": ok")).join("\n")}`);
    },
  };
}
