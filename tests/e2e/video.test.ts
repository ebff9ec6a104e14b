import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, base, pixelDifference, sharedBrowser } from "./pages";

const { open, browser } = sharedBrowser();

const BRIEFING = JSON.parse(readFileSync("models/may-2011.json", "utf8")) as { steps: { id: string; caption: { en: string; ru: string }; hold?: number }[] };
/** The README's rule for a step without a hold: its caption's length at 15 characters a second, plus one, 5 s at least. */
const holdOf = (i: number, lang: "en" | "ru") => BRIEFING.steps[i]!.hold ?? Math.max(5, Math.min(120, BRIEFING.steps[i]!.caption[lang].trim().length / 15 + 1));

interface Probe {
  duration: number;
  width: number;
  height: number;
  /** Each sampled frame as a PNG (base64). */
  frames: string[];
}

/**
 * Plays a video file in a page of its own (the app's page allows no media from blob: addresses) with a <video>
 * element: its duration and size, and the frames shown at `times` (seconds), drawn out as PNGs.
 */
async function probe(page: Page, file: string, type: string, times: number[]): Promise<Probe> {
  await page.route("**/__probe.html", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>probe</title><body></body>" }));
  await page.goto(new URL("__probe.html", base).toString());
  return page.evaluate(
    async ({ b64, type, times }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const v = document.createElement("video");
      v.muted = true;
      v.src = URL.createObjectURL(new Blob([bytes], { type }));
      document.body.append(v);
      await new Promise((resolve, reject) => {
        v.onloadeddata = resolve;
        v.onerror = () => reject(new Error(`the video does not play: ${v.error?.message}`));
      });
      const c = document.createElement("canvas");
      c.width = v.videoWidth;
      c.height = v.videoHeight;
      const ctx = c.getContext("2d")!;
      const frames: string[] = [];
      for (const t of times) {
        const seeked = new Promise((resolve) => (v.onseeked = resolve));
        v.currentTime = t;
        await seeked;
        ctx.drawImage(v, 0, 0);
        frames.push(c.toDataURL("image/png").split(",")[1]!);
      }
      return { duration: v.duration, width: v.videoWidth, height: v.videoHeight, frames };
    },
    { b64: readFileSync(file).toString("base64"), type, times },
  );
}

/** Share of pixels of two same-sized PNGs (base64) whose colours differ by more than 60 (an encoded frame's edges blur a little). */
const difference = (page: Page, a: string, b: string) => pixelDifference(page, Buffer.from(a, "base64"), Buffer.from(b, "base64"), 60);

/** Waits for `count` downloads started by `action` and saves them under ARTIFACTS/video. */
async function downloads(page: Page, count: number, action: () => Promise<unknown>): Promise<string[]> {
  mkdirSync(`${ARTIFACTS}/video`, { recursive: true });
  const saved: Promise<string>[] = [];
  const all = new Promise<void>((done) =>
    page.on("download", (d: Download) => {
      const file = `${ARTIFACTS}/video/${d.suggestedFilename()}`;
      saved.push(d.saveAs(file).then(() => file));
      if (saved.length === count) done();
    }),
  );
  await action();
  await all;
  return Promise.all(saved);
}

/** The still export of the page's step in a frame preset, as a PNG (base64). */
async function still(page: Page, preset: string): Promise<string> {
  await page.locator(`input[name="export-size"][value="${preset}"]`).check();
  const [d] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download-image"]').click()]);
  return readFileSync(await d.path()).toString("base64");
}

const memory = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { __globe: { renderer: { info: { memory: { geometries: number; textures: number } } } } }).__globe.renderer.info.memory }));

describe("video of a briefing", () => {
  it("renders two steps as an H.264 MP4 of their duration and size, whose middle frames match each step's still export", async () => {
    const { page, errors } = await open("?brief=may-2011&step=7", { width: 1200, height: 760 });
    await page.locator('[data-section="share"] > summary').click();
    const still7 = await still(page, "square");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.documentElement.dataset.globeReady === "true" && new URL(location.href).searchParams.get("step") === "8");
    const still8 = await still(page, "square");

    const [mp4, vtt] = await downloads(page, 2, () => page.evaluate(() => window.proposalGlobeVideo!.video({ format: "1:1", fps: 5, steps: [7, 8] })));
    expect(mp4).toMatch(/may-2011-steps-7-8\.en\.1x1\.mp4$/);
    expect(vtt).toMatch(/may-2011-steps-7-8\.en\.1x1\.vtt$/);
    expect(errors).toEqual([]);

    const [h7, h8] = [holdOf(6, "en"), holdOf(7, "en")];
    // Step 7 starts at rest; step 8 flies in (1.6 s at most) and is at rest after.
    const times = [h7 / 2, h7 + (1.6 + h8) / 2];
    const video = await probe(page, mp4!, "video/mp4", times);
    expect([video.width, video.height]).toEqual([1080, 1080]);
    // Within a frame (0.2 s at 5 frames a second) of the two holds.
    expect(Math.abs(video.duration - (h7 + h8))).toBeLessThanOrEqual(0.2);
    const [f7, f8] = video.frames as [string, string];
    const same7 = await difference(page, f7, still7);
    const same8 = await difference(page, f8, still8);
    const cross = await difference(page, f7, still8);
    expect(same7, "step 7's middle frame against its still").toBeLessThan(0.02);
    expect(same8, "step 8's middle frame against its still").toBeLessThan(0.02);
    expect(cross, "step 7's frame against step 8's still").toBeGreaterThan(0.1);

    const cues = readFileSync(vtt!, "utf8");
    expect(cues.startsWith("WEBVTT\n\n")).toBe(true);
    const ends = [...cues.matchAll(/--> (\d\d):(\d\d):(\d\d)\.(\d{3})/g)].map(([, h, m, s, ms]) => +h! * 3600 + +m! * 60 + +s! + +ms! / 1000);
    expect(Math.abs(ends[ends.length - 1]! - video.duration)).toBeLessThan(0.05);
    expect(cues).toContain(BRIEFING.steps[7]!.caption.en.split(" ").slice(-3).join(" "));
  });

  it("cancels from the panel: the page says so, keeps working, and holds as many geometries and textures as before", async () => {
    const { page, errors } = await open("?brief=may-2011&step=2", { width: 1200, height: 760 });
    const before = await memory(page);
    await page.locator('[data-section="video"] > summary').click();
    await page.locator('input[name="video-format"][value="9:16"]').check();
    await page.locator('[data-action="download-video"]').click();
    // A few frames in, with the progress showing step and frame.
    await page.waitForFunction(() => Number(document.querySelector<HTMLProgressElement>('[data-field="video-progress"]')?.value) >= 2);
    await expect.poll(() => page.locator(".video__progress span").textContent()).toMatch(/Step 1 of 8, frame \d+ of \d+/);
    await page.locator('[data-action="cancel-video"]').click();
    await expect.poll(() => page.locator('[data-field="video-status"]').textContent()).toBe("The video was cancelled. Nothing was downloaded.");
    expect(await memory(page)).toEqual(before);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.documentElement.dataset.globeReady === "true" && new URL(location.href).searchParams.get("step") === "3");
    expect(errors).toEqual([]);
  });

  it("npm run video writes a playable WebM (VP9) of the Russian briefing's step in 9:16, with its subtitles", async () => {
    const out = `${ARTIFACTS}/video-cli`;
    rmSync(out, { recursive: true, force: true });
    const args = ["src/cli/video.ts", "--brief", "may-2011", "--format", "9:16", "--lang", "ru", "--steps", "8", "--fps", "1", "--codec", "vp9", "--out", out];
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", ...args], { stdio: "inherit" });
      child.on("close", resolve);
    });
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(["may-2011-steps-8-8.ru.9x16.vtt", "may-2011-steps-8-8.ru.9x16.webm"]);
    const page = await (await browser().newContext()).newPage();
    const video = await probe(page, `${out}/may-2011-steps-8-8.ru.9x16.webm`, "video/webm", [1]);
    expect([video.width, video.height]).toEqual([1080, 1920]);
    expect(Math.abs(video.duration - holdOf(7, "ru"))).toBeLessThanOrEqual(1);
    expect(readFileSync(`${out}/may-2011-steps-8-8.ru.9x16.vtt`, "utf8")).toContain(BRIEFING.steps[7]!.caption.ru.split(" ").slice(0, 2).join(" "));
  });
});

describe("printed handout", () => {
  for (const lang of ["en", "ru"] as const)
    it(`lays the briefing out one step per half page in print, with picture, caption and note (${lang})`, async () => {
      const { page, errors } = await open(`?brief=may-2011&step=1&lang=${lang}`, { width: 1200, height: 760 });
      await page.evaluate(() => {
        window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
      });
      await page.locator('[data-section="video"] > summary').click();
      await page.locator('[data-action="print-handout"]').click();
      await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
      await page.emulateMedia({ media: "print" });
      const laid = await page.evaluate(() => {
        const pages = [...document.querySelectorAll(".handout__page")];
        return {
          appShown: [...document.body.children].filter((e) => !e.classList.contains("handout") && getComputedStyle(e).display !== "none").length,
          pages: pages.map((p) => ({ height: p.getBoundingClientRect().height, foot: p.querySelector(".handout__foot")?.textContent ?? "" })),
          steps: [...document.querySelectorAll(".handout__step")].map((s) => {
            const img = s.querySelector("img")!;
            const r = s.getBoundingClientRect();
            return { height: r.height, picture: img.naturalWidth, pictureHeight: img.getBoundingClientRect().height, caption: s.querySelector(".handout__caption")?.textContent ?? "", clipped: s.scrollHeight > s.clientHeight + 1 };
          }),
        };
      });
      expect(laid.appShown).toBe(0);
      expect(laid.pages).toHaveLength(4);
      const note = lang === "en" ? "Illustrative only" : "Только для иллюстрации";
      for (const p of laid.pages) expect(p.foot).toContain(note);
      expect(laid.steps).toHaveLength(8);
      laid.steps.forEach((s, i) => {
        expect(s.caption).toBe(BRIEFING.steps[i]!.caption[lang]);
        expect(s.picture).toBeGreaterThanOrEqual(1000);
        expect(s.pictureHeight).toBeGreaterThan(200);
        // Two steps share a page: each takes close to half of it, and nothing is cut off.
        expect(s.height / laid.pages[0]!.height).toBeGreaterThan(0.4);
        expect(s.height / laid.pages[0]!.height).toBeLessThan(0.5);
        expect(s.clipped, `step ${i + 1} fits its half page`).toBe(false);
      });
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(4);
      expect((pdf.match(/\/Subtype\s*\/Image/g) ?? []).length).toBeGreaterThanOrEqual(8);
      expect(errors).toEqual([]);
    });
});
