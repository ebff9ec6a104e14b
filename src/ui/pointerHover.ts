import type { HoverInfo, HoverStore } from "./hoverStore";

/** How far a finger may move, in CSS pixels, between touching and lifting for the touch to count as a tap. */
export const TAP_SLOP = 10;

/** What the hover needs of a pointer event (DOM and React events both have it). */
export interface PointerLike {
  pointerType: string;
  pointerId: number;
  clientX: number;
  clientY: number;
  buttons: number;
}

/** One view's pointer events, for the hover store. */
export interface PointerHover<E extends PointerLike> {
  down(e: E): void;
  move(e: E): void;
  up(e: E): void;
  cancel(e: E): void;
  leave(e: E): void;
}

/**
 * Sets the hover store from one view's pointer events, `pick` saying what is under an event's point (null for open
 * ocean or off the globe). A mouse or pen points by moving (not while it drags), and leaving the view clears what it
 * pointed at. A finger points by tapping: what it tapped (its outline and tooltip) stays after it lifts, since the
 * browser sends pointerleave after every touch, until the next tap (elsewhere; on the ocean it clears) or a drag
 * (a finger moving more than TAP_SLOP, two fingers pinching).
 */
export function pointerHover<E extends PointerLike>(hover: HoverStore, pick: (e: E) => HoverInfo | null): PointerHover<E> {
  const starts = new Map<number, { x: number; y: number }>();
  // One finger down and not moved away yet: lifting it is a tap.
  let tapping = false;
  const touch = (e: E) => e.pointerType === "touch";
  return {
    down(e) {
      if (!touch(e)) return;
      starts.set(e.pointerId, { x: e.clientX, y: e.clientY });
      tapping = starts.size === 1;
    },
    move(e) {
      if (touch(e)) {
        const start = starts.get(e.pointerId);
        if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > TAP_SLOP) {
          tapping = false;
          hover.set(null);
        }
        return;
      }
      if (e.buttons) return; // dragging, not pointing
      hover.set(pick(e));
    },
    up(e) {
      if (!touch(e)) return;
      if (tapping && starts.has(e.pointerId)) hover.set(pick(e));
      starts.delete(e.pointerId);
      tapping = false;
    },
    cancel(e) {
      starts.delete(e.pointerId);
      tapping = false;
    },
    leave(e) {
      if (!touch(e)) hover.set(null);
    },
  };
}
