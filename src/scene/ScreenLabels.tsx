import { useFrame, useThree } from "@react-three/fiber";
import { Vector3 } from "three";
import type { GlobeLabel } from "./globeLinkLayout";

/** DOM elements of the labels, by label id; filled by the overlay, read by the scene. */
export type LabelElements = Map<string, HTMLElement>;

const world = new Vector3();
const toCamera = new Vector3();

/**
 * Moves the HTML labels over the canvas to where their points are on screen, each frame the scene is
 * drawn; a label whose point is on the far side of the globe is hidden. No React state is touched.
 */
export function ScreenLabels({ labels, elements }: { labels: readonly GlobeLabel[]; elements: LabelElements }) {
  const size = useThree((s) => s.size);
  useFrame(({ camera }) => {
    for (const label of labels) {
      const el = elements.get(label.id);
      if (!el) continue;
      world.set(label.position[0], label.position[1], label.position[2]);
      toCamera.copy(camera.position).sub(world);
      // On a unit sphere a point faces the camera when its outward direction points towards it.
      const facing = world.dot(toCamera) > 0;
      world.project(camera);
      const x = (world.x * 0.5 + 0.5) * size.width;
      const y = (-world.y * 0.5 + 0.5) * size.height;
      el.style.visibility = facing ? "visible" : "hidden";
      el.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
  });
  return null;
}
