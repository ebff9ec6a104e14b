import { useRef, useState, type Dispatch, type KeyboardEvent, type PointerEvent, type SetStateAction } from "react";
import { clamp } from "../geo/easing";
import { gestureMeaning } from "./gestures";
import type { PointerHover } from "./pointerHover";

interface Input {
  /** The globe's rotation ([λ, φ] in degrees, d3-geo's), and how to set it. */
  rotation: [number, number];
  setRotation: Dispatch<SetStateAction<[number, number]>>;
  /** The globe's radius in viewBox units: a drag turns it by as much as the pointer moves over it. */
  scale: number;
  /** Cooperative gestures (an embedded globe): fingers turn it only two at a time (see gestures.ts). */
  cooperative: boolean;
  /** What is under the pointer (see pointerHover): told of every pointer event too. */
  pointer: PointerHover<PointerEvent<SVGSVGElement>> | null | undefined;
}

/**
 * Turning the SVG globe: a drag (with cooperative gestures, two or more fingers about their middle), the arrow keys,
 * and whether it is being dragged (its names are not drawn meanwhile). Redrawing every path is slow: pointer moves
 * are gathered into one new rotation per animation frame.
 */
export function useSvgGlobeTurn({ rotation, setRotation, scale, cooperative, pointer }: Input) {
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ x: number; y: number; r: [number, number] } | null>(null);
  const pending = useRef<[number, number] | null>(null);
  const frame = useRef(0);
  const rotateTo = (r: [number, number]) => {
    pending.current = r;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const r = pending.current;
      pending.current = null;
      if (r) setRotation(r);
    });
  };
  // With cooperative gestures, the fingers on the globe: two or more turn it about their middle.
  const fingers = useRef(new Map<number, { x: number; y: number }>());
  const middle = () => {
    let x = 0;
    let y = 0;
    for (const f of fingers.current.values()) (x += f.x), (y += f.y);
    return { x: x / fingers.current.size, y: y / fingers.current.size };
  };
  /** Starts a drag from the fingers' middle when there are enough of them to turn the globe, else ends the drag. */
  const regrip = (): boolean => {
    const turns = fingers.current.size > 0 && gestureMeaning({ kind: "drag", pointerType: "touch", touches: fingers.current.size }, { cooperative }).action === "turn";
    drag.current = turns ? { ...middle(), r: pending.current ?? rotation } : null;
    return turns;
  };
  const byFingers = (e: PointerEvent<SVGSVGElement>) => cooperative && e.pointerType === "touch";
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    if (byFingers(e)) {
      fingers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      regrip();
    } else drag.current = { x: e.clientX, y: e.clientY, r: rotation };
    pointer?.down(e);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    pointer?.move(e);
    let { clientX: x, clientY: y } = e;
    if (byFingers(e)) {
      if (!fingers.current.has(e.pointerId)) return;
      fingers.current.set(e.pointerId, { x, y });
      ({ x, y } = middle());
    }
    const d = drag.current;
    if (d) {
      if (!dragging && Math.hypot(x - d.x, y - d.y) > 3) setDragging(true);
      const k = 90 / scale;
      rotateTo([d.r[0] + (x - d.x) * k * 2, clamp(d.r[1] - (y - d.y) * k * 2, -90, 90)]);
    }
  };
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    if (byFingers(e)) {
      fingers.current.delete(e.pointerId);
      // The fingers left on the globe go on turning it from where they are.
      if (!regrip()) setDragging(false);
    } else {
      drag.current = null;
      setDragging(false);
    }
    if (e.type === "pointercancel") pointer?.cancel(e);
    else pointer?.up(e);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, [number, number]> = { ArrowLeft: [6, 0], ArrowRight: [-6, 0], ArrowUp: [0, -6], ArrowDown: [0, 6] };
    const s = step[e.key];
    if (!s) return;
    e.preventDefault();
    e.stopPropagation();
    setRotation(([x, y]) => [x + s[0], clamp(y + s[1], -90, 90)]);
  };

  return { dragging, onPointerDown, onPointerMove, onPointerEnd, onKeyDown };
}
