import { PerspectiveCamera, Raycaster, TOUCH, Vector2 } from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { xyzToLonLat } from "../geo/lonLatToXyz";
import { raySphere } from "../geo/raySphere";
import { DISTANCE_RANGE } from "../model/cameraRanges";
import type { CameraAt } from "../state/viewState";
import { gestureMeaning } from "../ui/gestures";
import { createCamera } from "./camera";
import { PaletteTransition } from "./PaletteTransition";

const pointer = new Vector2();
const raycaster = new Raycaster();

/**
 * One globe view on the shared canvas: its own camera, the camera it is drawn with (the first view's when the
 * cameras are linked), the controls on its frame element, and its palette transition.
 */
export class GlobeView {
  controls: OrbitControls | null = null;
  /** Takes back what cooperative gestures added to the frame element (see attach). */
  private uncooperate: (() => void) | null = null;
  readonly transition: PaletteTransition;
  readonly own: PerspectiveCamera;
  camera: PerspectiveCamera;
  /** Set when the controls moved the camera (in their own event handlers) since the last frame. */
  changed = false;
  /** The key of the palette shown, and whether one has been shown (the first is a cut). */
  paletteKey: string | undefined;

  constructor(at: CameraAt, paletteWidth: number) {
    this.own = this.camera = createCamera(at);
    this.transition = new PaletteTransition(paletteWidth);
  }

  /**
   * Attaches orbit controls for `camera` to the view's frame element (replacing earlier ones). With cooperative
   * gestures (an embedded globe: see ui/gestures.ts) one finger is left to the page (the controls take no one-finger
   * touch, and the frame lets the browser scroll vertically), two fingers turn and zoom, and the controls see a wheel
   * only with Ctrl or ⌘ held; the others go on to the page, which scrolls.
   */
  attach(element: HTMLElement, camera: PerspectiveCamera, onChange: () => void, onStart: () => void, reducedMotion: boolean, cooperative = false): void {
    this.release();
    this.camera = camera;
    const c = new OrbitControls(camera, element);
    c.enablePan = false;
    c.enableDamping = !reducedMotion;
    c.dampingFactor = 0.12;
    c.zoomSpeed = 0.7;
    c.minDistance = DISTANCE_RANGE[0];
    c.maxDistance = DISTANCE_RANGE[1];
    c.addEventListener("change", onChange);
    c.addEventListener("start", onStart);
    this.controls = c;
    if (cooperative) this.uncooperate = cooperate(element, c);
    this.tuneRotateSpeed();
  }

  /** Detaches the controls from their frame element. */
  release(): void {
    this.uncooperate?.();
    this.uncooperate = null;
    this.controls?.dispose();
  }

  /** Slower turning when close, so a drag moves the surface about as far as the pointer. */
  tuneRotateSpeed(): void {
    if (this.controls) this.controls.rotateSpeed = Math.max(0.12, 0.45 * ((this.camera.position.length() - 1) / 1.7));
  }

  /**
   * Palette index under a point of the frame (pixels from its top left), by intersecting the camera ray
   * with the globe: -1 over open ocean, null off the globe.
   */
  pick(x: number, y: number, width: number, height: number, find: (lon: number, lat: number) => number): { area: number; lon: number; lat: number } | null {
    pointer.set((x / width) * 2 - 1, -(y / height) * 2 + 1);
    raycaster.setFromCamera(pointer, this.camera);
    const o = raycaster.ray.origin;
    const d = raycaster.ray.direction;
    const t = raySphere(o.x, o.y, o.z, d.x, d.y, d.z, 1);
    if (t < 0) return null;
    const [lon, lat] = xyzToLonLat(o.x + d.x * t, o.y + d.y * t, o.z + d.z * t);
    return { area: find(lon, lat), lon, lat };
  }

  dispose(): void {
    this.release();
    this.transition.dispose();
  }
}

/** Cooperative gestures for orbit controls on `element` (see GlobeView.attach); gives the function that undoes them. */
function cooperate(element: HTMLElement, controls: OrbitControls): () => void {
  const touches = controls.touches;
  controls.touches = { ONE: null, TWO: TOUCH.DOLLY_ROTATE };
  // The controls set "none" when they connect; vertical panning is the page's.
  element.style.touchAction = "pan-y";
  // Before the controls' own listener on the element (capture listeners at the target come first): a plain wheel never
  // reaches them, so they neither zoom nor call preventDefault, and the browser scrolls the page.
  const onWheel = (e: WheelEvent) => {
    if (gestureMeaning({ kind: "wheel", ctrlKey: e.ctrlKey, metaKey: e.metaKey }, { cooperative: true }).action === "page") e.stopImmediatePropagation();
  };
  element.addEventListener("wheel", onWheel, { capture: true });
  return () => {
    element.removeEventListener("wheel", onWheel, { capture: true });
    controls.touches = touches;
  };
}
