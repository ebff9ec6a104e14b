import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import { PUBLIC_URL } from "./publicUrl";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app as it ships and serves it on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  // As `npm run build` does: Vitest sets NODE_ENV=test, under which Vite would build the page with
  // import.meta.env.DEV true (the npm start path, validating in the page), not the page that ships.
  const saved = { NODE_ENV: process.env.NODE_ENV, PICTURES: process.env.PICTURES, PUBLIC_URL: process.env.PUBLIC_URL };
  process.env.NODE_ENV = "production";
  // Only the pictures of the pages' first views (drawing all of them takes a minute), with share cards made absolute.
  process.env.PICTURES = "first";
  process.env.PUBLIC_URL = PUBLIC_URL;
  try {
    await build({ configFile: "vite.config.ts", logLevel: "warn", mode: "production" });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  server = await preview({ configFile: "vite.config.ts", preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
