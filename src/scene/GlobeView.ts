import { PerspectiveCamera, Raycaster, Vector2 } from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { xyzToLonLat } from "../geo/lonLatToXyz";
import { raySphere } from "../geo/raySphere";
import { DISTANCE_RANGE } from "../model/schema";
import type { CameraAt } from "../state/viewState";
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

  /** Attaches orbit controls for `camera` to the view's frame element (replacing earlier ones). */
  attach(element: HTMLElement, camera: PerspectiveCamera, onChange: () => void, onStart: () => void, reducedMotion: boolean): void {
    this.controls?.dispose();
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
    this.tuneRotateSpeed();
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
    this.controls?.dispose();
    this.transition.dispose();
  }
}
