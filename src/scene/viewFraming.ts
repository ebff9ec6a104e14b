import type { PerspectiveCamera } from "three";
import { frameSubject, windowSubject, type Rect, type Subject } from "../screen/framing";
import type { CameraTarget } from "../screen/types";
import type { CameraAt } from "../state/viewState";
import { keepOutBoxes } from "./keepOut";
import type { SceneContext } from "./sceneContext";
import { frameRect } from "./viewPasses";

/** Where one view looks through its frame: the free part's centre (CSS pixels from the frame's top left). */
export interface ViewCentre {
  x: number;
  y: number;
}

/** A view's framing as the scene keeps it: the free part of its frame, its centre, the distance that fills it. */
export interface ViewFrame {
  /** The frame's size when it was framed. */
  width: number;
  height: number;
  free: Rect;
  centre: ViewCentre;
  distance: number;
}

const scratch: Rect = { left: 0, top: 0, width: 0, height: 0 };

/**
 * Works out each view's framing of the target's subject: the part of its frame clear of the overlays over it (read
 * from the page: call it when something changed, never per frame), the point the camera looks through, and the
 * distance that fills that part. Returns where each camera in use stands: linked views share the first view's
 * camera, so it stands back far enough for every frame.
 */
export function frameViews(ctx: SceneContext, target: CameraTarget): CameraAt[] {
  const subject: Subject = target.subject ?? windowSubject(target.at);
  const frames: (ViewFrame | null)[] = ctx.views.map((_, i) => {
    const el = ctx.frames[i];
    const r = frameRect(ctx, i, scratch);
    if (!el || !r || r.width === 0 || r.height === 0) return null;
    const f = frameSubject(subject, r.width, r.height, keepOutBoxes(el));
    return { width: r.width, height: r.height, free: f.free, centre: f.centre, distance: f.at.distance };
  });
  ctx.framings = frames;
  const at = (distance: number): CameraAt => ({ lon: subject.lon, lat: subject.lat, distance });
  const known = frames.filter((f): f is ViewFrame => !!f);
  if (!known.length) return ctx.camerasInUse().map(() => target.at);
  if (ctx.linked) return [at(Math.max(...known.map((f) => f.distance)))];
  return ctx.views.map((_, i) => at(frames[i]?.distance ?? known[0]!.distance));
}

/**
 * Sets a camera's projection for a frame of `width` × `height` pixels looking through `centre` (the frame's middle
 * when null), with a view offset: the globe's centre line falls in the free part of the frame. Updates the matrix
 * only when something changed (linked views share a camera and set it per pass; nothing is allocated).
 */
export function fitProjection(camera: PerspectiveCamera, width: number, height: number, centre: ViewCentre | null | undefined): void {
  const aspect = width / height;
  const x = centre ? width / 2 - centre.x : 0;
  const y = centre ? height / 2 - centre.y : 0;
  const v = camera.view;
  const same = camera.aspect === aspect && (v ? v.enabled && v.fullWidth === width && v.fullHeight === height && v.offsetX === x && v.offsetY === y : x === 0 && y === 0);
  if (same) return;
  camera.aspect = aspect;
  if (v || x !== 0 || y !== 0) camera.setViewOffset(width, height, x, y, width, height);
  else camera.updateProjectionMatrix();
}
