import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/** The bench's own unit tests, kept out of npm test: npx vitest run --config tests/bench/vitest.config.ts */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["*.test.ts"],
    environment: "node",
  },
});
