import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { frameParams, globeFrame, isHeightMessage, received, recordMessages, waitForFrameGlobe, waitForMessage, type Received } from "./hostEvents";
import { ARTIFACTS, base, sharedBrowser } from "./pages";
import { CONTENT_SECURITY_POLICY } from "../../vite.config";

const { browser } = sharedBrowser();

type Text = { en: string; ru: string };
const briefing = JSON.parse(readFileSync("models/may-2011.json", "utf8")) as { title: Text; steps: { title: Text; caption: Text }[] };

/** Opens the story page, recording the messages it receives, console errors and requests that fail or leave the app. */
async function openStory(path: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser().newContext({ viewport, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  const origin = new URL(base).origin;
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => failed.push(r.url()));
  page.on("request", (r) => !r.url().startsWith(origin) && !/^(data|blob):/.test(r.url()) && failed.push(r.url()));
  await recordMessages(page);
  // Content-Security-Policy violations, in the page and in the globe's frame.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(new URL(path, base).toString());
  return { page, errors, failed };
}

/**
 * Scrolls with the mouse wheel, over the text, until the top of step n's block is just above the middle of the
 * part of the viewport the text is read in (below the globe, on a phone), and waits for the page to mark it.
 */
async function scrollToStep(page: Page, n: number) {
  const block = page.locator(`#step-${n}`);
  const box = (await block.boundingBox())!;
  const viewport = page.viewportSize()!;
  const phone = viewport.width <= 760;
  const covered = phone ? (await page.locator(".story-globe").boundingBox())!.height : 0;
  // The wheel over the text, not over the globe (which would take it).
  const globe = (await page.locator(".story-globe").boundingBox())!;
  const y = [viewport.height / 2, viewport.height - 20, 20].find((y) => !phone || y < globe.y || y > globe.y + globe.height)!;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.wheel(0, box.y - (covered + (viewport.height - covered) * 0.45));
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute("aria-current") === "step", `step-${n}`);
}

/** The step the last `changed` event of the embedded globe reports (undefined before any). */
const globeStep = (page: Page) =>
  page.evaluate(() => {
    const changed = (window as unknown as { __received: Received[] }).__received.filter((m) => m.data?.type === "changed");
    return changed.at(-1)?.data.state?.step;
  });

/**
 * Waits, frame by frame, until the page has stopped scrolling and both the page (exactly one block marked
 * `aria-current="step"`) and the embedded globe (its last `changed` event) are on step `n`; with no `n`, on the
 * step at the middle of the part of the screen the text is read in, as a reader sees it: the block across that line,
 * or between two blocks the one above it, or above the first the first. Gives that step.
 */
async function followed(page: Page, n?: number): Promise<number> {
  await page.evaluate(() => delete (window as unknown as { __still?: unknown }).__still);
  const handle = await page.waitForFunction(
    (wanted) => {
      const w = window as unknown as { __received: Received[]; __still?: { y: number; frames: number } };
      const still = w.__still && w.__still.y === scrollY ? { y: scrollY, frames: w.__still.frames + 1 } : { y: scrollY, frames: 0 };
      w.__still = still;
      if (still.frames < 5) return false;
      const blocks = [...document.querySelectorAll<HTMLElement>(".story-step")];
      const globe = document.querySelector(".story-globe")!.getBoundingClientRect();
      const above = innerWidth <= 760 ? Math.min(innerHeight, Math.max(0, globe.bottom)) : 0;
      const line = above + (innerHeight - above) / 2;
      let atLine = blocks[0]!;
      for (const block of blocks) {
        const r = block.getBoundingClientRect();
        if (r.top > line) break;
        atLine = block;
        if (r.bottom >= line) break;
      }
      const step = wanted ?? Number(atLine.dataset.step);
      const current = [...document.querySelectorAll('[aria-current="step"]')];
      // The globe's step: its last change, or where it started (its ready event) if it has not changed.
      const events = w.__received.filter((m) => m.data?.type === "changed" || m.data?.type === "ready");
      const shown = events.at(-1)?.data.state?.step;
      return atLine.dataset.step === String(step) && current.length === 1 && current[0]!.id === `step-${step}` && shown === String(step) ? step : false;
    },
    n,
    { polling: "raf", timeout: 60_000 },
  ).catch(async (error: Error) => {
    const seen = await page.evaluate(() => ({
      scrollY,
      current: [...document.querySelectorAll('[aria-current="step"]')].map((e) => e.id),
      blocks: [...document.querySelectorAll(".story-step")].map((b) => Math.round(b.getBoundingClientRect().top)),
      changed: (window as unknown as { __received: Received[] }).__received.filter((m) => m.data?.type === "changed").map((m) => m.data.state?.step),
    }));
    throw new Error(`${error.message}\nwanted step ${n ?? "at the line"}, saw ${JSON.stringify(seen)}`);
  });
  return (await handle.jsonValue()) as number;
}

/**
 * Presses `key` (End, Home) until the page's scroll is where `there` says; the key is pressed again only when the
 * page has not moved within a few seconds of the last press (Chromium now and then drops a key's scroll that comes
 * just after another scroll).
 */
async function pressUntil(page: Page, key: string, there: () => boolean) {
  for (let tries = 0; ; tries++) {
    await page.keyboard.press(key);
    try {
      await page.waitForFunction(there, undefined, { timeout: 5_000 });
      return;
    } catch (error) {
      if (tries >= 4) throw error;
    }
  }
}
const atEnd = () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
const atTop = () => scrollY === 0;

/** A box inside another, to the pixel. */
const inside = (box: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }) =>
  box.x >= outer.x - 0.5 && box.y >= outer.y - 0.5 && box.x + box.width <= outer.x + outer.width + 0.5 && box.y + box.height <= outer.y + outer.height + 0.5;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const changedTo = (n: number) => (m: { data: { type: string; state?: Record<string, string> } }) => m.data.type === "changed" && m.data.state?.step === String(n);

describe("the story page (story.html)", () => {
  it("opens with a malformed fragment (#%ZZ, #%E0%A4%A, #%) at the top, without an error", async () => {
    for (const fragment of ["%ZZ", "%E0%A4%A", "%"]) {
      const { page, errors } = await openStory(`./story.html#${fragment}`);
      await page.locator(".story-step").first().waitFor();
      expect(await page.evaluate(() => window.scrollY), fragment).toBe(0);
      expect(errors, fragment).toEqual([]);
      await page.context().close();
    }
  });

  it("drives the embedded globe through the briefing's steps as the reader scrolls", async () => {
    const { page, errors, failed } = await openStory("./story.html");
    const frame = await globeFrame(page);
    const ready = await waitForMessage(page, (m) => m.data.type === "ready");
    expect(ready).toMatchObject({ origin: new URL(base).origin, data: { type: "ready", state: { brief: "may-2011", step: "1" } } });
    expect(await frame.evaluate(() => document.documentElement.dataset.globeReady)).toBe("true");

    for (const n of [2, 3, 4]) {
      await scrollToStep(page, n);
      await waitForMessage(page, changedTo(n));
      await waitForFrameGlobe(frame);
      expect((await frameParams(frame)).get("step")).toBe(String(n));
      expect(await frame.locator(".embed-title").textContent()).toBe(briefing.steps[n - 1]!.title.en);
      expect(await page.locator('[aria-current="step"]').getAttribute("id")).toBe(`step-${n}`);
    }
    await page.screenshot({ path: `${ARTIFACTS}/story-step-4.png` });
    for (const f of [page, frame]) expect(await f.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);

    // Back up: the globe follows the text the other way too.
    const before = (await received(page)).length;
    await scrollToStep(page, 3);
    await waitForMessage(page, (m) => changedTo(3)(m));
    expect((await received(page)).slice(before).some(changedTo(3))).toBe(true);
    expect((await frameParams(frame)).get("step")).toBe("3");

    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it("opened at a step (#step-5), keeps its command until the globe is ready, then the globe shows that step", async () => {
    // The page asks for step 5 as soon as it has laid out its text, before the globe has drawn its first view.
    const { page, errors } = await openStory("./story.html#step-5");
    const frame = await globeFrame(page);
    await waitForMessage(page, changedTo(5));
    await waitForFrameGlobe(frame);
    expect((await frameParams(frame)).get("step")).toBe("5");
    expect(await page.locator('[aria-current="step"]').getAttribute("id")).toBe("step-5");
    // Its height messages aside, which the story's frame, sized by the page, leaves unread.
    const [ready, ...rest] = (await received(page)).filter((m) => !isHeightMessage(m));
    expect(ready?.data.type).toBe("ready");
    expect(rest.map((m) => m.data.type).every((t) => t === "changed")).toBe(true);
    // The globe received one command, sent once it had said it was ready.
    const commands = (await received(frame)).filter((m) => m.data.type === "show");
    expect(commands.map((m) => m.data)).toEqual([{ type: "show", brief: "may-2011", step: 5 }]);
    expect(commands[0]!.at).toBeGreaterThanOrEqual(ready!.at);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads as an article: the briefing's title and steps as headings and text, the illustrative note, the globe titled", async () => {
    const { page } = await openStory("./story.html");
    expect(await page.locator("h1").textContent()).toBe(briefing.title.en);
    const titles = await page.locator(".story-step h2").allTextContents();
    expect(titles).toEqual(briefing.steps.map((s) => s.title.en));
    expect(await page.locator(".story-step__caption").first().textContent()).toBe(briefing.steps[0]!.caption.en);
    expect(await page.locator(".story-step__label").nth(2).textContent()).toBe(`Step 3 of ${briefing.steps.length}`);
    expect(await page.locator('[role="note"]').textContent()).toMatch(/^Illustrative only/);
    expect(await page.locator("iframe").getAttribute("title")).toContain(briefing.title.en);
    // Relative addresses only: the page works from any folder.
    const src = (await page.locator("iframe").getAttribute("src"))!;
    expect(src).toBe(`index.html?brief=may-2011&step=1&embed=1&origins=${new URL(base).origin}`);
    await page.context().close();
  });

  it("works with the keyboard alone: the skip link goes past the globe to the text, and paging down moves the globe", async () => {
    const { page } = await openStory("./story.html");
    const frame = await globeFrame(page);
    await waitForMessage(page, (m) => m.data.type === "ready");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("story-skip");
    expect(await page.locator(".story-skip").isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("story-steps");
    for (let i = 0; i < 12 && !(await received(page)).some((m) => m.data.type === "changed"); i++) {
      await page.keyboard.press("PageDown");
      // The poll's interval: the loop itself waits for the state (a changed event), pressing again until it comes.
      await page.waitForTimeout(300);
    }
    const changed = await waitForMessage(page, (m) => m.data.type === "changed");
    expect(Number(changed.data.state?.step)).toBeGreaterThan(1);
    await waitForFrameGlobe(frame);
    await page.context().close();
  });

  it("on a phone, puts the globe above the text and keeps it there while the text scrolls", async () => {
    const { page, errors } = await openStory("./story.html", { width: 390, height: 800 });
    const frame = await globeFrame(page);
    await waitForMessage(page, (m) => m.data.type === "ready");
    await scrollToStep(page, 2);
    await waitForMessage(page, changedTo(2));
    await waitForFrameGlobe(frame);
    // The globe is pinned at the top, full width; the step being shown is in the part of the screen below it.
    const globe = (await page.locator(".story-globe").boundingBox())!;
    const step = (await page.locator("#step-2").boundingBox())!;
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    expect(globe.y).toBeCloseTo(0, 0);
    expect(globe.width).toBeGreaterThan(350);
    expect(globe.height).toBeGreaterThan(300);
    expect(step.y).toBeGreaterThan(globe.height);
    expect(step.y).toBeLessThan(800 * 0.8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}/story-phone.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("in Russian with ?lang=ru: the page, the steps and the globe", async () => {
    const { page, errors } = await openStory("./story.html?lang=ru");
    const frame = await globeFrame(page);
    const ready = await waitForMessage(page, (m) => m.data.type === "ready");
    expect(ready.data.state).toEqual({ brief: "may-2011", step: "1", lang: "ru" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    expect(await page.locator("h1").textContent()).toBe(briefing.title.ru);
    expect(await page.locator(".story-step h2").allTextContents()).toEqual(briefing.steps.map((s) => s.title.ru));
    await scrollToStep(page, 2);
    await waitForMessage(page, changedTo(2));
    await waitForFrameGlobe(frame);
    expect(await frame.locator(".embed-title").textContent()).toBe(briefing.steps[1]!.title.ru);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // On a phone, where the globe takes the top of the screen and the text's middle is below it (the desktop's pinned
  // globe beside the text follows the same measure, stepAtLine).
  for (const [name, viewport] of [["a phone", PHONE]] as const) {
    it(`on ${name} (${viewport.width}×${viewport.height}), the globe and aria-current follow every jump: a link to a step, scrollIntoView, End, Home, a fling`, async () => {
      const { page, errors } = await openStory("./story.html#step-6", viewport);
      const frame = await globeFrame(page);
      // A link to a step: the globe shows it once it is ready, and the step is on the screen, below the globe on a phone.
      expect(await followed(page, 6)).toBe(6);
      await waitForFrameGlobe(frame);
      const globe = (await page.locator(".story-globe").boundingBox())!;
      const title = (await page.locator("#step-6 h2").boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(viewport.width <= 760 ? globe.y + globe.height : 0);
      expect(title.y + title.height).toBeLessThanOrEqual(viewport.height);

      // From a script, back to an earlier step.
      await page.evaluate(() => document.getElementById("step-3")!.scrollIntoView());
      expect(await followed(page, 3)).toBe(3);

      // The keys that jump to either end: the last step at the end, the first at the top.
      await pressUntil(page, "End", atEnd);
      expect(await followed(page, briefing.steps.length)).toBe(briefing.steps.length);
      expect(await page.evaluate(atEnd)).toBe(true);
      await pressUntil(page, "Home", atTop);
      expect(await followed(page, 1)).toBe(1);
      expect(await page.evaluate(atTop)).toBe(true);

      // From a script again, smoothly and centred.
      await page.evaluate(() => document.getElementById("step-7")!.scrollIntoView({ block: "center", behavior: "smooth" }));
      expect(await followed(page, 7)).toBe(7);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await followed(page, 1)).toBe(1);

      // A fling: one large turn of the wheel over the text, skipping several steps at once.
      // The wheel over the page, not over the globe (which takes it to zoom): at the top of a phone's page the globe
      // is not pinned yet and reaches the bottom of the screen, so the wheel goes over the header there.
      const clear = (await page.locator(".story-globe").boundingBox())!;
      const over = (y: number) => 40 >= clear.x && 40 <= clear.x + clear.width && y >= clear.y && y <= clear.y + clear.height;
      const y = [viewport.height - 20, 20].find((y) => !over(y))!;
      expect(y).toBeDefined();
      await page.mouse.move(40, y);
      await page.mouse.wheel(0, viewport.height * 5);
      await page.waitForFunction(() => scrollY > innerHeight, undefined, { timeout: 120_000 });
      const flung = await followed(page);
      expect(flung).toBeGreaterThan(2);
      expect((await frameParams(frame)).get("step")).toBe(String(flung));
      const low = await page.evaluate(() => scrollY);
      await page.mouse.move(40, viewport.height - 20);
      await page.mouse.wheel(0, -viewport.height * 2);
      await page.waitForFunction((y) => scrollY < y - innerHeight, low, { timeout: 120_000 });
      const back = await followed(page);
      expect(back).toBeLessThan(flung);
      expect(await globeStep(page)).toBe(String(back));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  // English on a desktop and Russian (the longer words) on a phone; the embed's own layout at the story's frames is
  // checked in layout.test.ts.
  for (const [name, viewport, langs] of [["a desktop", DESKTOP, ["en"]], ["a phone", PHONE, ["ru"]]] as const) {
    for (const lang of langs) {
      it(`on ${name} (${viewport.width}×${viewport.height}) in ${lang}, nothing of the page covers a step's heading, the globe is all on the screen, and the links to the full view are too at the end`, async () => {
        const { page, errors } = await openStory(lang === "en" ? "./story.html" : "./story.html?lang=ru", viewport);
        const frame = await globeFrame(page);
        await waitForMessage(page, (m) => m.data.type === "ready");
        const screen = { x: 0, y: 0, ...viewport };
        // The first step, the two comparisons (two globe headings under the badge) and the last.
        for (const n of [1, 5, 7, briefing.steps.length]) {
          await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), `step-${n}`);
          await followed(page, n);
          const globe = (await page.locator(".story-globe").boundingBox())!;
          const iframe = (await page.locator(".story-globe__frame").boundingBox())!;
          const label = (await page.locator(`#step-${n} .story-step__label`).boundingBox())!;
          const title = (await page.locator(`#step-${n} .story-step__title`).boundingBox())!;
          expect(inside(iframe, screen), `step ${n}: the globe's frame on the screen`).toBe(true);
          expect(overlap(label, title), `step ${n}: the badge and the heading`).toBe(false);
          expect(overlap(globe, title), `step ${n}: the globe and the heading`).toBe(false);
          expect(inside(title, screen), `step ${n}: the heading on the screen`).toBe(true);
          // What is drawn at the heading's middle is the heading itself, not something over it.
          const top = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest(".story-step__title")?.textContent ?? null, [title.x + title.width / 2, title.y + title.height / 2]);
          expect(top, `step ${n}`).toBe(briefing.steps[n - 1]!.title[lang]);
        }
        if (viewport.width <= 760) {
          // A comparison's two globes and their legend need room: the pinned globe takes more than half the screen,
          // and leaves more than a third of it to the text.
          const globe = (await page.locator(".story-globe").boundingBox())!;
          expect(globe.height).toBeGreaterThan(viewport.height * 0.55);
          expect(viewport.height - globe.height).toBeGreaterThan(viewport.height * 0.35);
        }

        await pressUntil(page, "End", atEnd);
        await followed(page, briefing.steps.length);
        await waitForFrameGlobe(frame);
        const globe = (await page.locator(".story-globe").boundingBox())!;
        const full = page.locator(".story-full");
        const link = (await full.boundingBox())!;
        expect(inside(link, screen), "the story's link to the full view").toBe(true);
        expect(overlap(link, globe), "the story's link to the full view, clear of the globe").toBe(false);
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("a")?.className ?? null, [link.x + link.width / 2, link.y + link.height / 2]);
        expect(hit).toBe("story-full");
        if (viewport.width > 760) {
          // On a desktop the globe's own link to the full view is inside its frame and on the screen too.
          const iframe = (await page.locator(".story-globe__frame").boundingBox())!;
          const own = (await frame.locator(".full-view").boundingBox())!;
          expect(inside(own, iframe), "the globe's link to the full view, in its frame").toBe(true);
          expect(inside(own, screen), "the globe's link to the full view, on the screen").toBe(true);
        }
        await page.screenshot({ path: `${ARTIFACTS}/story-end-${viewport.width}-${lang}.png` });
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it("is built with the app's Content-Security-Policy and no inline script", () => {
    const html = readFileSync("dist/story.html", "utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\.\/assets\//);
      expect(body!.trim()).toBe("");
    }
    // The story leaves the geography to its embedded globe.
    expect(html).not.toContain("geography");
  });

  it("has no serious or critical accessibility violation (axe-core), on a desktop and on a phone", async () => {
    const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      // axe is injected as a script, which the page's policy forbids: this context bypasses it (the policy is tested above).
      const context = await browser().newContext({ viewport, reducedMotion: "reduce", bypassCSP: true });
      const page = await context.newPage();
      await recordMessages(page);
      await page.goto(new URL("./story.html", base).toString());
      await waitForMessage(page, (m) => m.data.type === "ready");
      await page.addScriptTag({ path: axe });
      const result = (await page.evaluate(() => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, { resultTypes: ["violations"] }))) as {
        violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      };
      const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious, `${viewport.width}px`).toEqual([]);
      await context.close();
    }
  });
});
