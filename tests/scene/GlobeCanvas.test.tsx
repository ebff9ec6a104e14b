import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Geography } from "../../src/data/geography";
import { prepareGeography } from "../../src/data/prepareGeography";
import type { GlobeApi } from "../../src/scene/GlobeScene";
import type { ScreenGlobe } from "../../src/screen/types";
import { GlobeCanvas } from "../../src/ui/GlobeCanvas";
import { createHoverStore, type HoverStore } from "../../src/ui/hoverStore";
import { LIGHT } from "../../src/theme";

/*
 * The frames over the 3D canvas take the pointer: what they set in the hover store. jsdom has no WebGL, so the
 * renderer fails to start (reported on the console, silenced here); the frames are drawn all the same, and the
 * scene's picking is stood in for by an api that answers one area everywhere.
 */

const AREA = 42;
let geography: Geography;
beforeAll(() => void (geography = prepareGeography()), 240_000);

let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function frame(hover: HoverStore): Promise<HTMLElement> {
  vi.spyOn(console, "error").mockImplementation(() => {});
  const host = document.createElement("div");
  document.body.append(host);
  const api = { current: { pick: () => ({ area: AREA, lon: 0, lat: 0 }) } as unknown as GlobeApi };
  const globe = { key: "g", heading: "", description: "globe", labels: [] } as unknown as ScreenGlobe;
  await act(async () => {
    root = createRoot(host);
    root.render(
      <GlobeCanvas
        geography={geography}
        globes={[globe]}
        screenKey="s"
        linked
        target={{ key: "t", at: { lon: 0, lat: 0, distance: 2.7 } }}
        reducedMotion
        hover={hover}
        api={api}
        onCameraRest={() => {}}
        onDrawn={() => {}}
        onProblem={() => {}}
        onFail={() => {}}
        theme={LIGHT}
      />,
    );
  });
  return host.querySelector<HTMLElement>(".globe__frame")!;
}

async function send(el: HTMLElement, pointerType: string, ...types: string[]) {
  for (const type of types) {
    await act(async () => {
      const buttons = type === "pointerdown" ? 1 : 0;
      el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType, pointerId: 1, buttons, clientX: 20, clientY: 30, relatedTarget: type === "pointerout" ? document.body : null }));
    });
  }
}

describe("the 3D globe's frames and the hover", () => {
  it("a touch's pointerleave keeps what the tap showed", async () => {
    const hover = createHoverStore();
    const el = await frame(hover);
    await send(el, "touch", "pointerdown", "pointerup");
    expect(hover.get()).toEqual({ view: 0, area: AREA, clientX: 20, clientY: 30 });
    await send(el, "touch", "pointerout");
    expect(hover.get()?.area).toBe(AREA);
  });

  it("a mouse's pointerleave clears what it pointed at", async () => {
    const hover = createHoverStore();
    const el = await frame(hover);
    await send(el, "mouse", "pointermove");
    expect(hover.get()?.area).toBe(AREA);
    await send(el, "mouse", "pointerout");
    expect(hover.get()).toBeNull();
  });
});
