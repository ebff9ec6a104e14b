import ReactThreeTestRenderer from "@react-three/test-renderer";
import type { ReactElement } from "react";
import { afterEach, vi } from "vitest";

/** The canvas the scene tests render into, in CSS pixels. */
export const CANVAS = { width: 1280, height: 600 };

export type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;

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
