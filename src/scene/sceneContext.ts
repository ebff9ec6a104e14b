import type { Group, WebGLRenderer, Object3D } from "three";
import type { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import type { LineStyle } from "./Borders";
import type { CameraTarget, ScreenGlobe } from "../screen/types";
import type { AreaUniforms } from "./areaMaterial";
import type { Rect } from "./exportViews";
import type { Flight } from "./Flight";
import { GlobeView } from "./GlobeView";
import { ViewLabels } from "./labelLayer";
import type { LabelElements } from "./labels";
import type { CameraAt } from "../state/viewState";
import { LIGHT, type Theme } from "../theme";
import type { ViewFrame } from "./viewFraming";

/** What one view draws: the screen model's globe, as far as the scene needs it. */
export type SceneView = Pick<ScreenGlobe, "key" | "palette" | "date" | "borderOwners" | "labels">;

/**
 * The scene's mutable state, shared by its parts (palettes, controls, flights, passes, export): the latest props,
 * one GlobeView per view (created as views are added, kept when they go), and what is moving. Nothing in it is
 * allocated per frame.
 */
export class SceneContext {
  views: readonly SceneView[] = [];
  frames: readonly (HTMLElement | null)[] = [];
  /** The frames' rectangles as last laid out (see useFrameRects); null where they are read as they are drawn. */
  frameRects: readonly (Rect | null)[] | null = null;
  labelElements: readonly LabelElements[] = [];
  linked = true;
  /** The colours of the screen drawn (an export's background among them). */
  theme: Theme = LIGHT;
  /** The scheme of the palettes last set (see useViewPalettes): a new one is a cut, not a blend. */
  paletteScheme: Theme["scheme"] | undefined;
  readonly runtimes: GlobeView[] = [];
  private readonly placedLabels: ViewLabels[] = [];
  /** Each date's borders, and the coastlines (each a set of thin and fat lines: see Borders). */
  readonly borderLines = new Map<string, Group | null>();
  coastLines: Group | null = null;
  /** The scene's line styles: their fat lines' widths are set for each pass's viewport. */
  lineStyles: LineStyle[] = [];
  /** The hovered area's outline and the view it belongs to (see HoverOutline); null when nothing is hovered. */
  hoverOutline: { line: LineSegments2; view: number } | null = null;
  /** An image export is drawing its passes: the hover outline, which belongs to the screen only, is hidden. */
  exporting = false;
  /**
   * Each view's framing of the subject: the part of its frame no overlay takes, and the point the camera looks
   * through (see viewFraming.ts); worked out when the target, the frames or the overlays change.
   */
  framings: readonly (ViewFrame | null)[] = [];
  /** The camera target last flown to (see useCameraTargets). */
  target: CameraTarget | null = null;
  /** Camera flights under way. */
  flights: Flight[] = [];
  /** A reader moved a camera (drag, wheel, keys) since the last target: its rest is the reader's choice. */
  byReader = false;
  /** Something changed that is not drawn to rest yet: report the screen drawn once everything stops. */
  pending = true;
  /** Mark the first frame with new colours in the performance timeline. */
  colourMark = false;
  readonly moving: boolean[] = [];
  readonly wasMoving: boolean[] = [];

  /** The one area material's uniforms: each view's palette textures are swapped in before its pass. */
  readonly uniforms: AreaUniforms;

  constructor(
    readonly gl: WebGLRenderer,
    readonly scene: Object3D,
    private readonly paletteWidth: number,
    private readonly initial: CameraAt,
  ) {
    const t = this.view(0).transition.uniforms;
    this.uniforms = { uFrom: { value: t.uFrom.value }, uTo: { value: t.uTo.value }, uMix: { value: 1 }, uWidth: t.uWidth, uHatchScale: { value: 1 }, uLight: t.uLight };
  }

  /** View i's runtime, created when first needed. */
  view(i: number): GlobeView {
    while (this.runtimes.length <= i) this.runtimes.push(new GlobeView(this.initial, this.paletteWidth));
    return this.runtimes[i]!;
  }

  /** View i's placed names, created when first needed. */
  viewLabels(i: number): ViewLabels {
    while (this.placedLabels.length <= i) this.placedLabels.push(new ViewLabels());
    return this.placedLabels[i]!;
  }

  /** The camera view i is drawn with: the first view's when linked. */
  cameraOf(i: number) {
    return this.linked ? this.view(0).own : this.view(i).own;
  }

  /** The cameras in use, one per view or one for all when linked. */
  camerasInUse() {
    return this.linked ? [this.view(0).own] : this.views.map((_, i) => this.view(i).own);
  }

  /** The shape (width / height) of view i's frame; 1 without one. */
  aspect(i: number): number {
    const el = this.frames[i];
    const known = this.frameRects?.[i];
    if (known) return known.width / Math.max(1, known.height);
    return el ? el.clientWidth / Math.max(1, el.clientHeight) : 1;
  }

  /** The reader took a camera: flights stop, and where it comes to rest is the reader's choice. */
  takenByReader(): void {
    this.flights = [];
    this.byReader = true;
  }

  dispose(): void {
    for (const v of this.runtimes) v.dispose();
  }
}
