import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Geography } from "../../src/data/geography";
import { borderOwnerAt } from "../../src/data/pieces";
import { prepareGeography } from "../../src/data/prepareGeography";
import { createHoverStore, type HoverStore } from "../../src/ui/hoverStore";
import { SvgGlobe } from "../../src/ui/SvgGlobe";
import { LIGHT } from "../../src/theme";

/*
 * The SVG globe in jsdom, with pointer events as a phone or a mouse sends them. jsdom does no layout and has no
 * pointer capture: the globe is given a 1000 × 1000 box at the page's corner (its viewBox, so a client point is the
 * same point of the drawing) and a setPointerCapture that does nothing.
 */

const AT = { lon: 31, lat: 49, distance: 2.7 }; // the middle of the globe is in Ukraine
const MIDDLE = { clientX: 500, clientY: 500 };

let geography: Geography;
beforeAll(() => void (geography = prepareGeography()), 240_000);

let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

async function globe(hover: HoverStore): Promise<SVGSVGElement> {
  const host = document.createElement("div");
  document.body.append(host);
  const owners = geography.atlas.pieces.map((p) => borderOwnerAt(p, geography.ref, "2011-05-03"));
  await act(async () => {
    root = createRoot(host);
    root.render(<SvgGlobe geography={geography} palette={new Uint8Array(geography.paletteWidth * 8)} borderOwners={owners} at={AT} index={0} description="globe" hover={hover} theme={LIGHT} />);
  });
  const svg = host.querySelector("svg")!;
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 1000, height: 1000, right: 1000, bottom: 1000, x: 0, y: 0, toJSON: () => ({}) });
  svg.setPointerCapture = () => {};
  return svg;
}

/** Sends pointer events of one kind to the globe, as the browser does. */
async function send(svg: SVGSVGElement, pointerType: "touch" | "mouse", ...types: string[]) {
  for (const type of types) {
    await act(async () => {
      const buttons = type === "pointerdown" || (type === "pointermove" && pointerType === "touch") ? 1 : 0;
      svg.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType, pointerId: 1, buttons, ...MIDDLE, relatedTarget: type === "pointerout" ? document.body : null }));
    });
  }
}
const outline = (svg: SVGSVGElement) => svg.querySelector(".svg-globe__outline");
const ukraine = () => geography.atlas.pieces.find((p) => p.key === "UKR")!.index;

describe("the SVG globe's hover", () => {
  it("a tap outlines the country under the finger, and the outline and hover stay after the finger lifts and the pointer leaves", async () => {
    const hover = createHoverStore();
    const svg = await globe(hover);
    expect(outline(svg)).toBeNull();
    await send(svg, "touch", "pointerdown", "pointerup", "pointerout");
    expect(hover.get()?.area).toBe(ukraine());
    expect(outline(svg)?.getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+L/);
    // Drawn on top of the land: after every land piece.
    expect(svg.lastElementChild).toBe(outline(svg));
  });

  it("a mouse outlines what it points at, and leaving the globe clears it", async () => {
    const hover = createHoverStore();
    const svg = await globe(hover);
    await send(svg, "mouse", "pointermove");
    expect(hover.get()?.area).toBe(ukraine());
    expect(outline(svg)).not.toBeNull();
    await send(svg, "mouse", "pointerout");
    expect(hover.get()).toBeNull();
    expect(outline(svg)).toBeNull();
  });

  it("a touch that drags the globe clears the outline", async () => {
    const hover = createHoverStore();
    const svg = await globe(hover);
    await send(svg, "touch", "pointerdown", "pointerup");
    expect(outline(svg)).not.toBeNull();
    await act(async () => {
      svg.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "touch", pointerId: 2, buttons: 1, clientX: 500, clientY: 500 }));
      svg.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, pointerType: "touch", pointerId: 2, buttons: 1, clientX: 560, clientY: 500 }));
    });
    expect(hover.get()).toBeNull();
    expect(outline(svg)).toBeNull();
  });

  it("draws to a string for SVG downloads, where there is no hover and no outline", () => {
    const owners = geography.atlas.pieces.map((p) => borderOwnerAt(p, geography.ref, "2011-05-03"));
    const markup = renderToStaticMarkup(<SvgGlobe geography={geography} palette={new Uint8Array(geography.paletteWidth * 8)} borderOwners={owners} at={AT} index={0} description="globe" theme={LIGHT} />);
    expect(markup).toContain('data-piece="UKR"');
    expect(markup).not.toContain("svg-globe__outline");
  });
});
