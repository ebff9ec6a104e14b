import { beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../../src/data/geography";
import { prepareGeography } from "../../../src/data/prepareGeography";
import type { Rect } from "../../../src/scene/exportViews";
import { screenFor } from "../../../src/screen/screenFor";
import type { Catalogue, Screen } from "../../../src/screen/types";
import { DEFAULT_STATE } from "../../../src/state/viewState";
import type { Measure } from "../../../src/ui/exportLayout";
import { videoFrame } from "../../../src/video/formats";
import { videoTimeline } from "../../../src/video/timeline";
import { plannedTexts, planVideo } from "../../../src/video/videoPlan";
import { fixtureModels, unitVector } from "../support";

/* A video's steps laid out once: each frame's layout, each globe's camera way and colours, for the fixture briefing. */
const measure: Measure = (text, size) => text.length * size * 0.5;

// The geography and the invented proposals and briefing of tests/fixtures/, prepared once (slow on a busy machine: a long limit).
let geography: Geography;
let catalogue: Catalogue;
/** The five steps of example-briefing: one globe in steps 1 to 3, two in steps 4 and 5. */
let screens: Screen[];
beforeAll(() => {
  const f = fixtureModels();
  geography = prepareGeography();
  catalogue = { models: [...f.resolved.values()].map((r) => r.model), briefings: f.briefings, contexts: f.contexts };
  screens = [1, 2, 3, 4, 5].map((step) => screenFor({ ...DEFAULT_STATE, brief: "example-briefing", step }, catalogue, geography, "en", "2026-12-01"));
}, 120_000);

const timelineOf = (s: readonly Screen[], reducedMotion = false, turn = false) =>
  videoTimeline(
    s.map((x) => ({ caption: x.title, camera: x.camera.at })),
    { fps: 30, reducedMotion, turn },
  );
/** Where a screen's camera points: its subject's centre, or the camera's own direction. */
const aim = (s: Screen) => s.camera.subject ?? s.camera.at;
const near = (a: readonly number[], b: readonly number[], eps = 1e-6) => a.forEach((v, i) => expect(Math.abs(v - b[i]!), `component ${i}: ${v} vs ${b[i]}`).toBeLessThan(eps));
const position = (at: { lon: number; lat: number; distance: number }) => unitVector(at.lon, at.lat).map((v) => v * at.distance);
const inside = (inner: Rect, outer: Rect) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.left + inner.width <= outer.left + outer.width + 0.5 && inner.top + inner.height <= outer.top + outer.height + 0.5;

describe("planVideo", () => {
  it("plans one step a screen, each globe drawn in its layout's rectangle, inside the format's safe area", () => {
    const frame = videoFrame("9:16");
    const plan = planVideo(screens, timelineOf(screens), frame, "en", measure);
    expect(plan).toHaveLength(5);
    const safe: Rect = { left: frame.safe.left, top: frame.safe.top, width: frame.width - frame.safe.left - frame.safe.right, height: frame.height - frame.safe.top - frame.safe.bottom };
    plan.forEach((p, i) => {
      expect(p.screen).toBe(screens[i]);
      expect([p.layout.width, p.layout.height]).toEqual([1080, 1920]);
      expect(p.layout.globes).toHaveLength(screens[i]!.globes.length);
      expect(p.views).toHaveLength(screens[i]!.globes.length);
      expect(p.insets).toHaveLength(screens[i]!.globes.length);
      p.views.forEach((v, g) => {
        expect(v.rect).toEqual(p.layout.globes[g]);
        expect(inside(v.rect, safe)).toBe(true);
        expect(v.toPalette).toBe(screens[i]!.globes[g]!.palette);
        expect(v.date).toBe(screens[i]!.globes[g]!.date);
      });
      expect(p.frameText.headline).toBe(screens[i]!.title);
      expect(p.layout.caption).toBeNull();
    });
    expect(plan.map((p) => p.views.length)).toEqual([1, 1, 1, 2, 2]);
  });

  it("starts the first step where it stays: no move, its own colours", () => {
    const [first] = planVideo(screens, timelineOf(screens), videoFrame("16:9"), "en", measure);
    const v = first!.views[0]!;
    expect(v.from.at).toEqual(v.to.at);
    expect(v.fromPalette).toBe(v.toPalette);
    expect(v.to.at.lon).toBeCloseTo(aim(screens[0]!).lon, 9);
    expect(v.to.at.lat).toBeCloseTo(aim(screens[0]!).lat, 9);
  });

  it("flies a later step's camera from the previous step's subject to its own, and blends from the previous step's colours", () => {
    const timeline = timelineOf(screens);
    const plan = planVideo(screens, timeline, videoFrame("16:9"), "en", measure);
    for (let i = 1; i < screens.length; i++) {
      expect(timeline.steps[i]!.move).toBeGreaterThan(0);
      plan[i]!.views.forEach((v, g) => {
        expect(v.from.at.lon).toBeCloseTo(aim(screens[i - 1]!).lon, 9);
        expect(v.from.at.lat).toBeCloseTo(aim(screens[i - 1]!).lat, 9);
        expect(v.to.at.lon).toBeCloseTo(aim(screens[i]!).lon, 9);
        expect(v.to.at.lat).toBeCloseTo(aim(screens[i]!).lat, 9);
        // The way runs from the one camera position to the other.
        near(v.path(0, [0, 0, 0]), position(v.from.at));
        near(v.path(1, [0, 0, 0]), position(v.to.at));
        const before = screens[i - 1]!.globes[g];
        expect(v.fromPalette).toBe(before ? before.palette : screens[i]!.globes[g]!.palette);
      });
    }
    // Step 4 adds a second globe: it has no colours to blend from but its own.
    expect(plan[3]!.views[1]!.fromPalette).toBe(screens[3]!.globes[1]!.palette);
    expect(plan[3]!.views[0]!.fromPalette).toBe(screens[2]!.globes[0]!.palette);
    expect(plan[3]!.views[0]!.fromPalette).not.toBe(plan[3]!.views[0]!.toPalette);
  });

  it("cuts with reduced motion: every camera already where it goes, every globe in its own colours", () => {
    const plan = planVideo(screens, timelineOf(screens, true), videoFrame("1:1"), "en", measure);
    for (const p of plan)
      for (const v of p.views) {
        expect(v.from.at).toEqual(v.to.at);
        expect(v.fromPalette).toBe(v.toPalette);
      }
  });

  it("turns a single view 40° to its subject", () => {
    const view = screenFor({ ...DEFAULT_STATE, proposal: "example-joint" }, catalogue, geography, "en", "2026-12-01");
    const [p] = planVideo([view], timelineOf([view], false, true), videoFrame("4:5"), "en", measure, { turn: true });
    const v = p!.views[0]!;
    expect(v.from.at.lon).toBeCloseTo(aim(view).lon - 40, 9);
    expect(v.from.at.lat).toBeCloseTo(aim(view).lat, 9);
    expect(v.to.at.lon).toBeCloseTo(aim(view).lon, 9);
    expect(v.fromPalette).toBe(v.toPalette);
    near(v.path(0, [0, 0, 0]), position(v.from.at));
    near(v.path(1, [0, 0, 0]), position(v.to.at));
  });

  it("leaves out the headline, date, note, source and credit when bare, keeping the legend", () => {
    const plan = planVideo(screens, timelineOf(screens), videoFrame("1:1"), "en", measure, { bare: true });
    for (const p of plan) {
      expect(p.frameText).toMatchObject({ headline: "", date: "", note: "", source: "", credit: null });
      expect(p.layout.headline.lines).toEqual([]);
      expect(p.layout.note.lines).toEqual([]);
      expect(p.layout.credit).toBeNull();
      expect(p.frameText.legend.map((e) => e.text)).toEqual(p.screen.legend.map((e) => e.text));
    }
    // The globes take the room the words leave.
    const full = planVideo(screens, timelineOf(screens), videoFrame("1:1"), "en", measure);
    expect(plan[0]!.layout.globes[0]!.height).toBeGreaterThan(full[0]!.layout.globes[0]!.height);
  });

  it("keeps a band of two caption lines between the globes and the footer when asked", () => {
    const plan = planVideo(screens, timelineOf(screens), videoFrame("16:9"), "en", measure, { captionLines: 2 });
    for (const p of plan) {
      const band = p.layout.caption!;
      expect(band).not.toBeNull();
      expect(band.lines).toBe(2);
      const last = p.layout.globes[p.layout.globes.length - 1]!;
      expect(band.rect.top).toBeGreaterThanOrEqual(last.top + last.height);
      expect(band.rect.top + band.rect.height).toBeLessThanOrEqual(p.layout.footBand.top);
    }
  });
});

describe("plannedTexts", () => {
  it("lists the captions and every step's headline, date and legend", () => {
    const plan = planVideo(screens, timelineOf(screens), videoFrame("16:9"), "en", measure);
    const captions = ["First caption of the example.", "Second caption."];
    const texts = plannedTexts(plan, captions);
    for (const c of captions) expect(texts).toContain(c);
    for (const s of screens) {
      expect(texts).toContain(s.title);
      for (const e of s.legend) expect(texts).toContain(e.text);
    }
    for (const p of plan) {
      expect(texts).toContain(p.frameText.date);
      for (const h of p.frameText.headings) expect(texts).toContain(h);
    }
    expect(texts.some((t) => t.startsWith("Sources"))).toBe(true);
  });
});
