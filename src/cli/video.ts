/**
 * Renders a briefing's video from the command line: the built app in headless Chromium makes it (the same renderer
 * as "Download video"), and the files it downloads are written to --out. Builds the app first when --dist has none.
 * Run: npm run video -- --brief may-2011 --format 9:16 --lang ru
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Download } from "playwright-core";
import type { VideoSummary } from "../ui/automation";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
import { serveStatic } from "./staticServer";
import { parseVideoArgs, VIDEO_USAGE, type VideoArgs } from "./videoCommand";

/** A render may take long (every frame drawn in software); no single wait for the page is longer than this. */
const PAGE_LIMIT_MS = 180_000;

async function run(args: VideoArgs): Promise<void> {
  const dist = resolve(args.dist);
  if (!existsSync(join(dist, "index.html"))) {
    console.log(`No built app in ${dist}: building it (vite build)…`);
    const built = spawnSync(process.execPath, [resolve("node_modules/vite/bin/vite.js"), "build", "--outDir", dist], { stdio: "inherit", env: { ...process.env, PICTURES: process.env.PICTURES ?? "first" } });
    if (built.status !== 0) throw new Error("the build failed");
  }
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, reducedMotion: args.reducedMotion ? "reduce" : "no-preference" });
    page.setDefaultTimeout(PAGE_LIMIT_MS);
    page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
    page.on("console", (m) => {
      const text = m.text();
      if (!text.startsWith('{"video":')) return;
      const p = JSON.parse(text).video as { step: number; steps: number; frame: number; frames: number; secondsLeft: number | null };
      const left = p.secondsLeft === null ? "" : `, about ${Math.ceil(p.secondsLeft)} s left`;
      console.log(`step ${p.step} of ${p.steps}, frame ${p.frame} of ${p.frames}${left}`);
    });
    // The page downloads the video, then its subtitles: both are written before the browser closes.
    const saved: Promise<string>[] = [];
    const both = new Promise<void>((done) =>
      page.on("download", (d: Download) => {
        const file = join(out, d.suggestedFilename());
        saved.push(d.saveAs(file).then(() => file));
        if (saved.length === 2) done();
      }),
    );
    const query = new URLSearchParams({ brief: args.brief, step: "1", lang: args.lang, theme: args.theme });
    await page.goto(`${server.origin}/?${query}`);
    await page.waitForFunction(() => !!window.proposalGlobeVideo && document.documentElement.dataset.globeReady === "true");
    const summary = await page.evaluate(
      (o) => window.proposalGlobeVideo!.video(o),
      { brief: args.brief, format: args.format, fps: args.fps, steps: args.steps, burnIn: args.burnIn, codec: args.codec, progress: true },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error("the page did not hand over the video and its subtitles")), PAGE_LIMIT_MS)));
    await Promise.race([both, late]).finally(() => clearTimeout(timer));
    const files = await Promise.all(saved);
    report(summary, files);
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(s: VideoSummary, files: string[]): void {
  console.log(`${s.container} (${s.codec}), ${s.width} × ${s.height}, ${s.duration.toFixed(2)} s, ${s.frames} frames`);
  for (const f of files) console.log(`wrote ${f}`);
}

let args: VideoArgs;
try {
  args = parseVideoArgs(process.argv.slice(2));
} catch (e) {
  console.error(`npm run video: ${(e as Error).message}\n\n${VIDEO_USAGE}`);
  process.exit(2);
}
run(args).catch((e: Error) => {
  console.error(`npm run video: ${e.message}`);
  process.exitCode = 1;
});
