import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { validateModelText } from "../../../src/model/validate";
import { schematicInset, type SchematicInset } from "../../../src/screen/schematicInset";
import { insetRect, placeInset } from "../../../src/ui/drawInset";
import { readRepoFile } from "../support";

/* Where exported images put a view's inset, on the invented example-joint of tests/fixtures/ (an inset 260 units wide
 * in full, 120 compact). */
const file = "tests/fixtures/example-joint.json";
const r = validateModelText(readRepoFile(file), file, loadReference());
if (!r.ok) throw new Error(r.errors.join("\n"));
const inset = schematicInset(r.model, "en") as SchematicInset;

describe("placeInset and insetRect", () => {
  it("put the full inset in the top-right corner of a large view, at the image's text scale", () => {
    const view = { left: 0, top: 0, width: 1100, height: 800 };
    const p = placeInset(inset, view, 1)!;
    expect(p.layout).toBe(inset.full);
    expect(p.scale).toBe(1);
    expect(p.rect.left + p.rect.width).toBeCloseTo(1090);
    expect(p.rect.top).toBeCloseTo(10);
    expect(insetRect(inset, view, 1)).toEqual(p.rect);
  });

  it("scale the inset with a 4K image, so its text is as large for the image as on screen", () => {
    const k = 3840 / 1100;
    const p = placeInset(inset, { left: 0, top: 0, width: 3840, height: 2400 }, k)!;
    expect(p.layout).toBe(inset.full);
    expect(p.scale).toBeCloseTo(k);
    expect(p.rect.width).toBeCloseTo(260 * k);
  });

  it("use the compact drawing for a small view, never wider than 30% of it or higher than 25%", () => {
    const view = { left: 400, top: 0, width: 400, height: 300 };
    const p = placeInset(inset, view, 1)!;
    expect(p.layout).toBe(inset.compact);
    expect(p.rect.width).toBeLessThanOrEqual(0.3 * 400 + 1e-9);
    expect(p.rect.height).toBeLessThanOrEqual(0.25 * 300 + 1e-9);
    expect(p.rect.left + p.rect.width).toBeCloseTo(790);
  });

  it("move the inset down below a title or heading it would overlap", () => {
    const title = { left: 10, top: 10, width: 1000, height: 60 };
    const p = placeInset(inset, { left: 0, top: 0, width: 1100, height: 800 }, 1, [title])!;
    expect(p.rect.top).toBeGreaterThanOrEqual(70);
    const aside = placeInset(inset, { left: 0, top: 0, width: 1100, height: 800 }, 1, [{ left: 10, top: 10, width: 300, height: 60 }])!;
    expect(aside.rect.top).toBeCloseTo(10);
  });

  it("give nothing without an inset or a view", () => {
    expect(insetRect(null, { left: 0, top: 0, width: 100, height: 100 }, 1)).toBeNull();
    expect(insetRect(inset, null, 1)).toBeNull();
  });
});
