import { describe, expect, it } from "vitest";
import { createHoverStore, type HoverInfo } from "../../../src/ui/hoverStore";
import { TAP_SLOP, pointerHover, type PointerLike } from "../../../src/ui/pointerHover";

/** A pointer event at x, y; `area` is what the (pretend) globe has under that point, -1 for open ocean. */
type Event = PointerLike & { area: number };
const at = (pointerType: string, clientX: number, clientY: number, area: number, { buttons = 0, pointerId = 1 } = {}): Event => ({
  pointerType,
  pointerId,
  clientX,
  clientY,
  buttons,
  area,
});
const pick = (e: Event): HoverInfo | null => (e.area >= 0 ? { view: 0, area: e.area, clientX: e.clientX, clientY: e.clientY } : null);

function setup() {
  const store = createHoverStore();
  return { store, p: pointerHover(store, pick) };
}
/** A finger touching at x, y and lifting there (with the pointerleave the browser sends after it). */
function tap(p: ReturnType<typeof setup>["p"], x: number, y: number, area: number) {
  p.down(at("touch", x, y, area, { buttons: 1 }));
  p.up(at("touch", x, y, area));
  p.leave(at("touch", x, y, area));
}

describe("pointerHover", () => {
  it("with a mouse: points by moving, and leaving the view clears the hover", () => {
    const { store, p } = setup();
    p.move(at("mouse", 10, 20, 7));
    expect(store.get()).toEqual({ view: 0, area: 7, clientX: 10, clientY: 20 });
    p.leave(at("mouse", 0, 20, -1));
    expect(store.get()).toBeNull();
  });

  it("with a mouse: a move with a button held is a drag and leaves the hover as it was", () => {
    const { store, p } = setup();
    p.move(at("mouse", 10, 20, 7));
    p.down(at("mouse", 10, 20, 7, { buttons: 1 }));
    p.move(at("mouse", 200, 20, 3, { buttons: 1 }));
    expect(store.get()?.area).toBe(7);
  });

  it("with a finger: a tap shows what is under it, and it stays after the finger lifts and the pointer leaves", () => {
    const { store, p } = setup();
    tap(p, 50, 60, 4);
    expect(store.get()).toEqual({ view: 0, area: 4, clientX: 50, clientY: 60 });
  });

  it("with a finger: the next tap elsewhere shows the new area, and a tap on the ocean clears it", () => {
    const { store, p } = setup();
    tap(p, 50, 60, 4);
    tap(p, 300, 60, 9);
    expect(store.get()?.area).toBe(9);
    tap(p, 500, 60, -1);
    expect(store.get()).toBeNull();
  });

  it("with a finger: a drag clears the hover and is no tap when the finger lifts; a wobble within TAP_SLOP is still a tap", () => {
    const { store, p } = setup();
    tap(p, 50, 60, 4);
    p.down(at("touch", 100, 100, 9, { buttons: 1 }));
    p.move(at("touch", 100 + TAP_SLOP / 2, 100, 9, { buttons: 1 }));
    expect(store.get()?.area).toBe(4);
    p.move(at("touch", 100 + TAP_SLOP + 5, 100, 9, { buttons: 1 }));
    expect(store.get()).toBeNull();
    p.up(at("touch", 100 + TAP_SLOP + 5, 100, 9));
    expect(store.get()).toBeNull();

    p.down(at("touch", 100, 100, 9, { buttons: 1 }));
    p.move(at("touch", 100, 100 + TAP_SLOP / 2, 9, { buttons: 1 }));
    p.up(at("touch", 100, 100 + TAP_SLOP / 2, 9));
    expect(store.get()?.area).toBe(9);
  });

  it("with two fingers (a pinch): lifting them is no tap", () => {
    const { store, p } = setup();
    p.down(at("touch", 100, 100, 9, { buttons: 1, pointerId: 1 }));
    p.down(at("touch", 140, 100, 9, { buttons: 1, pointerId: 2 }));
    p.up(at("touch", 140, 100, 9, { pointerId: 2 }));
    p.up(at("touch", 100, 100, 9, { pointerId: 1 }));
    expect(store.get()).toBeNull();
  });

  it("with a finger: a touch the browser cancels is no tap", () => {
    const { store, p } = setup();
    p.down(at("touch", 100, 100, 9, { buttons: 1 }));
    p.cancel(at("touch", 100, 100, 9));
    p.up(at("touch", 100, 100, 9));
    expect(store.get()).toBeNull();
  });
});
