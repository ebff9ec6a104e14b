import type { Plugin } from "vite";

/** fiber's <Canvas> module, as the build resolves it. */
const FIBER_CANVAS = /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
/** The line with which fiber's <Canvas> registers every class of three.js as a JSX element. */
const WHOLE_NAMESPACE = "React.useMemo(() => extend(THREE), []);";

/**
 * fiber's <Canvas> registers the whole three.js namespace as JSX elements, so none of three.js can be left out
 * of the build. In the build this plugin drops that registration; the app registers the classes its scene draws
 * with `extend` (see ui/GlobeCanvas.tsx), as fiber's documentation of `createRoot` does. Tests and `npm start`
 * keep fiber as it is. A fiber whose <Canvas> no longer reads as expected fails the build with a message.
 */
export function fiberCatalogue(): Plugin {
  let seen = false;
  return {
    name: "fiber-catalogue",
    apply: "build",
    transform(code, id) {
      if (!FIBER_CANVAS.test(id)) return null;
      if (!code.includes(WHOLE_NAMESPACE))
        this.error(`${id} no longer registers three.js with "${WHOLE_NAMESPACE}": update src/build/fiberCatalogue.ts`);
      seen = true;
      return { code: code.replace(WHOLE_NAMESPACE, ""), map: null };
    },
    buildEnd(error) {
      if (!error && !seen) this.error("the build did not include fiber's <Canvas> (react-three-fiber.esm.js): update src/build/fiberCatalogue.ts");
    },
  };
}
