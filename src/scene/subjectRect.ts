import { Vector3 } from "three";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import { windowSubject } from "../screen/framing";
import type { Rect } from "./exportViews";
import type { SceneContext } from "./sceneContext";
import { frameRect } from "./viewPasses";
import { fitProjection } from "./viewFraming";

/**
 * Where view i's subject lies on screen: the box of its cap's rim (the part in front of the limb) as the view's camera
 * sees it now, in CSS pixels from the frame's top left; null without a frame or a target. For tests and the
 * benchmark, which check it against the overlays: it allocates, and is never called while drawing.
 */
export function subjectRect(ctx: SceneContext, i: number): Rect | null {
  const target = ctx.target;
  const r = frameRect(ctx, i);
  if (!target || !r || !r.width || !r.height) return null;
  const subject = target.subject ?? windowSubject(target.at);
  const camera = ctx.view(i).camera;
  fitProjection(camera, r.width, r.height, ctx.framings[i]?.centre);
  camera.updateMatrixWorld();
  const centre = new Vector3(...lonLatToXyz(subject.lon, subject.lat));
  const side = new Vector3(0, 1, 0).cross(centre);
  if (side.lengthSq() < 1e-9) side.set(1, 0, 0);
  side.normalize();
  const up = centre.clone().cross(side).normalize();
  const rad = (subject.radius * Math.PI) / 180;
  const eye = camera.position;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const p = new Vector3();
  for (let k = 0; k <= 96; k++) {
    // The centre, then points around the rim.
    const a = (k / 96) * 2 * Math.PI;
    const s = k === 0 ? 0 : Math.sin(rad);
    p.copy(centre).multiplyScalar(k === 0 ? 1 : Math.cos(rad)).addScaledVector(side, s * Math.cos(a)).addScaledVector(up, s * Math.sin(a));
    // A rim point behind the limb is hidden: the limb bounds what is seen of the cap there.
    if (p.dot(eye) < 1) continue;
    p.project(camera);
    const x = (p.x * 0.5 + 0.5) * r.width;
    const y = (-p.y * 0.5 + 0.5) * r.height;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return Number.isFinite(left) ? { left, top, width: right - left, height: bottom - top } : null;
}
