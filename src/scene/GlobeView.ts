import { PerspectiveCamera, Raycaster, Vector2, Vector3 } from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { flightDuration, flightPosition, type Vec3 } from "../geo/flight";
import { lonLatToXyz, xyzToLonLat } from "../geo/lonLatToXyz";
import { raySphere } from "../geo/raySphere";
import { DISTANCE_RANGE } from "../model/schema";
import type { CameraAt } from "../state/urlState";
import { PaletteTransition } from "./PaletteTransition";

const pointer = new Vector2();
const raycaster = new Raycaster();
const scratch: Vec3 = [0, 0, 0];

/** Where a camera is, as the URL writes it. */
export function cameraAt(camera: PerspectiveCamera): CameraAt {
  const [lon, lat] = xyzToLonLat(camera.position.x, camera.position.y, camera.position.z);
  return { lon, lat, distance: camera.position.length() };
}

/** A camera that looks at the globe's centre from a view. */
export function placeCamera(camera: PerspectiveCamera, at: CameraAt): void {
  const [x, y, z] = lonLatToXyz(at.lon, at.lat, at.distance);
  camera.position.set(x, y, z);
  camera.lookAt(0, 0, 0);
}

export function createCamera(at: CameraAt): PerspectiveCamera {
  const camera = new PerspectiveCamera(35, 1, 0.05, 100);
  placeCamera(camera, at);
  return camera;
}

/** A flight of one camera towards a view. */
export class Flight {
  private readonly from: Vec3;
  private readonly to: Vec3;
  private t = 0;
  private readonly duration: number;
  private fresh = true;

  constructor(
    readonly camera: PerspectiveCamera,
    at: CameraAt,
  ) {
    this.from = [camera.position.x, camera.position.y, camera.position.z];
    this.to = lonLatToXyz(at.lon, at.lat, at.distance);
    const a = new Vector3(...this.from).normalize();
    const b = new Vector3(...this.to).normalize();
    this.duration = flightDuration(a.angleTo(b));
  }

  /** Moves the camera; returns true while the flight goes on. */
  advance(dt: number): boolean {
    this.t = Math.min(1, this.t + (this.fresh ? 0 : Math.min(dt, 0.25)) / this.duration);
    this.fresh = false;
    const e = this.t * this.t * (3 - 2 * this.t);
    flightPosition(this.from, this.to, e, scratch);
    this.camera.position.set(scratch[0], scratch[1], scratch[2]);
    this.camera.lookAt(0, 0, 0);
    return this.t < 1;
  }
}

/**
 * One globe view on the shared canvas: the camera it is drawn with (shared with the other view when the
 * cameras are linked), the controls on its frame element, and its palette transition.
 */
export class GlobeView {
  controls: OrbitControls | null = null;
  readonly transition: PaletteTransition;
  /** Set when the controls moved the camera (in their own event handlers) since the last frame. */
  changed = false;

  constructor(
    public camera: PerspectiveCamera,
    paletteWidth: number,
  ) {
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
