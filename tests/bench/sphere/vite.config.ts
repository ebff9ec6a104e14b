import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

/** The benchmark's floor: a bare three.js sphere (see main.ts), built into tests/bench/.sphere-dist. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../.sphere-dist", import.meta.url)),
    emptyOutDir: true,
    // three.js's WebGLRenderer alone is over 500 kB minified.
    chunkSizeWarningLimit: 1000,
  },
});
