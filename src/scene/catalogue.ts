import { Group, Mesh } from "three";

/**
 * The three.js classes the scene writes as JSX (<mesh>, <group>; other objects come in as <primitive>), which
 * GlobeCanvas registers with fiber's `extend`. In the build these are the only ones registered, so the rest of
 * three.js is left out (see build/fiberCatalogue.ts); an element not listed here fails there, and in a test.
 */
export const SCENE_CATALOGUE = { Group, Mesh };
