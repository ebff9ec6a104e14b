import ReactThreeTestRenderer from "@react-three/test-renderer";
import type { ReactElement } from "react";
import { afterEach, vi } from "vitest";

/** The canvas the scene tests render into, in CSS pixels. */
export const CANVAS = { width: 1280, height: 600 };

export type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;

/** A frame element laid out at `left` on the canvas, `width` × `height` CSS pixels (jsdom does no layout). */
export function frameAt(left: number, width: number, height: number): HTMLElement {
  const el = document.createElement("div");
  for (const [key, value] of Object.entries({ offsetLeft: left, offsetTop: 0, clientWidth: width, clientHeight: height }))
    Object.defineProperty(el, key, { value, configurable: true });
  document.body.append(el);
  return el;
}

let mounted: Renderer | null = null;

/** Renders a scene with @react-three/test-renderer on the test canvas; it is unmounted after the test. */
export async function create(element: ReactElement): Promise<Renderer> {
  mounted = await ReactThreeTestRenderer.create(element, CANVAS);
  return mounted;
}

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});
