import { Vector3, type PerspectiveCamera } from "three";
import type { Vec3 } from "../geo/units";
import { MIN_FACING, chooseLabels, type PlacedLabel, type Projected } from "../screen/chooseLabels";
import type { GlobeLabel } from "../screen/globeLabels";
import { boxFits, boxesMeet, type Box, type Disc, type PlacementArea } from "../screen/labelPlacement";
import { keepOutBoxes } from "./keepOut";
import type { LabelElements } from "./labels";

const v = new Vector3();
const toCamera = new Vector3();
const centre = new Vector3();

/** Projects a point of the globe into a frame of `width` × `height` pixels seen by `camera`, into `out`. */
export function projectPoint(camera: PerspectiveCamera, width: number, height: number, at: Readonly<Vec3>, out: Projected): Projected {
  v.set(at[0], at[1], at[2]);
  toCamera.copy(camera.position).sub(v).normalize();
  out.facing = toCamera.dot(v) / v.length();
  v.project(camera);
  out.x = (v.x * 0.5 + 0.5) * width;
  out.y = (-v.y * 0.5 + 0.5) * height;
  return out;
}

/** The globe's outline in the frame, and pixels per radian of arc at its centre, for a camera looking at the globe's centre. */
export function discOf(camera: PerspectiveCamera, width: number, height: number, out: Disc): { disc: Disc; pxPerRadian: number } {
  const d = camera.position.length();
  const f = height / 2 / Math.tan((camera.fov * Math.PI) / 360);
  centre.set(0, 0, 0).project(camera);
  out.x = (centre.x * 0.5 + 0.5) * width;
  out.y = (-centre.y * 0.5 + 0.5) * height;
  out.radius = f / Math.sqrt(Math.max(1e-6, d * d - 1));
  return { disc: out, pxPerRadian: f / Math.max(1e-3, d - 1) };
}

const sizes = new WeakMap<HTMLElement, { text: string; width: number; height: number }>();

/** A label element's size in pixels, read once per text (the element's first child is the label itself). */
function measureLabel(el: HTMLElement | undefined, label: GlobeLabel): { width: number; height: number } {
  if (!el) return { width: 0, height: 0 };
  const known = sizes.get(el);
  if (known && known.text === label.text) return known;
  const inner = (el.firstElementChild as HTMLElement | null) ?? el;
  const size = { text: label.text, width: inner.offsetWidth, height: inner.offsetHeight };
  sizes.set(el, size);
  return size;
}

/** What one view's labels look like now: the names placed when it last came to rest, and the area they were placed in. */
export class ViewLabels {
  placed: PlacedLabel[] = [];
  area: PlacementArea = { width: 0, height: 0, disc: { x: 0, y: 0, radius: 0 }, keepOut: [], gap: 3 };
  /** One reused box per placed name, and whether it shows this frame. */
  private boxes: Box[] = [];
  private shown: boolean[] = [];
  private readonly p: Projected = { x: 0, y: 0, facing: 0 };

  /** Places the view's names from scratch (when it has come to rest): shows those placed, hides the rest. */
  place(labels: readonly GlobeLabel[], elements: LabelElements, frame: HTMLElement, camera: PerspectiveCamera, width: number, height: number): void {
    const { disc, pxPerRadian } = discOf(camera, width, height, this.area.disc ?? { x: 0, y: 0, radius: 0 });
    this.area = { width, height, disc, keepOut: keepOutBoxes(frame), gap: 3 };
    this.placed = chooseLabels({
      labels,
      project: (at, out) => projectPoint(camera, width, height, at, out),
      pxPerRadian,
      measure: (l) => measureLabel(elements.get(l.id), l),
      area: this.area,
    });
    this.boxes = this.placed.map((p) => ({ ...p.box }));
    this.shown = this.placed.map(() => true);
    const visible = new Set(this.placed.map((p) => p.label.id));
    for (const [id, el] of elements) if (!visible.has(id)) el.style.visibility = "hidden";
    this.placed.forEach((p, k) => show(elements.get(p.label.id), this.boxes[k]!, true));
  }

  /**
   * Moves the placed names with the globe while it turns, without placing anything anew: a name hides when its point
   * turns away or its box leaves the frame or the disc, meets an overlay or meets a name shown before it. Nothing allocates.
   */
  move(elements: LabelElements, camera: PerspectiveCamera, width: number, height: number): void {
    const area = this.area;
    if (area.disc) discOf(camera, width, height, area.disc);
    for (let k = 0; k < this.placed.length; k++) {
      const placed = this.placed[k]!;
      const box = this.boxes[k]!;
      projectPoint(camera, width, height, placed.label.anchors[placed.anchor]!.at, this.p);
      box.left = this.p.x + placed.dx - box.width / 2;
      box.top = this.p.y + placed.dy - box.height / 2;
      let ok = this.p.facing >= MIN_FACING * 0.8 && width === area.width && height === area.height && boxFits(box, area);
      for (let j = 0; ok && j < k; j++) if (this.shown[j] && boxesMeet(this.boxes[j]!, box, area.gap)) ok = false;
      this.shown[k] = ok;
      show(elements.get(placed.label.id), box, ok);
    }
  }
}

function show(el: HTMLElement | undefined, box: Box, visible: boolean): void {
  if (!el) return;
  const visibility = visible ? "visible" : "hidden";
  if (el.style.visibility !== visibility) el.style.visibility = visibility;
  if (visible) el.style.transform = `translate(${box.left.toFixed(1)}px, ${box.top.toFixed(1)}px)`;
}
