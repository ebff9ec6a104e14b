import { fileURLToPath } from "node:url";
import { runnerImport, type HtmlTagDescriptor, type Plugin } from "vite";
import type { Pictures } from "../publish/renderPictures";

type Publish = typeof import("../publish/publishPages");

/** Which views the build draws (PICTURES): every view (`all`, the default), or only the first views of the pages (`first`). */
export function picturesOption(raw: string | undefined): "all" | "first" {
  const value = raw?.trim() || "all";
  if (value === "all" || value === "first") return value;
  throw new Error(`PICTURES must be "all" or "first", not "${value}"`);
}

/**
 * `npm run build` draws a static picture of every view (see publish/renderPictures.tsx) into dist/pictures/,
 * writes each page's share-card tags (PUBLIC_URL makes them absolute), and gives index.html its first paint: the
 * picture of the view its address opens on, shown before any script, with the title and the illustrative note
 * (and the text view where scripts are off). Only in the build; `npm start` shows the live page alone.
 */
export function staticPictures(repoRoot: string, env: { PUBLIC_URL?: string; PICTURES?: string; CREDIT?: string }): Plugin {
  let building = false;
  let made: Promise<{ pictures: Pictures; publish: Publish }> | undefined;
  const load = <T,>(path: string) => runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: "warn" }).then((r) => r.module);
  const make = async () => {
    const [render, publish] = await Promise.all([load<typeof import("../publish/renderPictures")>("../publish/renderPictures.tsx"), load<Publish>("../publish/publishPages.ts")]);
    const only = picturesOption(env.PICTURES) === "first" ? () => false : undefined;
    const started = performance.now();
    const pictures = render.renderPictures(repoRoot, { credit: publish.creditOf(env.CREDIT), only });
    console.log(`pictures: ${pictures.views.length} views, ${pictures.files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { pictures, publish };
  };
  return {
    name: "globe-static-pictures",
    apply: "build",
    configResolved(config) {
      building = config.command === "build";
      // A bad option fails the build at once, before anything is drawn.
      picturesOption(env.PICTURES);
      if (building && !env.PUBLIC_URL?.trim())
        console.warn("PUBLIC_URL is not set: the share-card tags leave out the image, the page's address and the canonical link, which must be absolute.");
    },
    buildStart() {
      made = building ? make() : undefined;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, ctx) {
        if (!made) return html;
        const { pictures, publish } = await made;
        const page = ctx.filename.endsWith("story.html") ? "story" : "index";
        const { html: out, tags } = publish.publishPage(html, page, pictures, env.PUBLIC_URL);
        return { html: out, tags: tags as HtmlTagDescriptor[] };
      },
    },
    async generateBundle() {
      if (!made) return;
      const { pictures } = await made;
      for (const f of pictures.files) this.emitFile({ type: "asset", fileName: f.fileName, source: f.source });
    },
  };
}
