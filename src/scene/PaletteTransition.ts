import { DataTexture, NearestFilter, RGBAFormat, UnsignedByteType, Vector3 } from "three";
import type { AreaUniforms } from "./areaMaterial";
import { smoothstep } from "../geo/easing";
import { HEADLIGHT } from "./shaderChunks";


/**
 * Two palette textures and the uniform that blends them. A new palette becomes the target; the colours
 * shown at that moment become the start, so a switch in the middle of a transition does not jump.
 * Nothing is allocated after construction.
 */
export class PaletteTransition {
  readonly uniforms: AreaUniforms;
  private readonly from: DataTexture;
  private readonly to: DataTexture;
  private readonly fromData: Uint8Array;
  private readonly toData: Uint8Array;
  /** Linear progress of the transition, 0 to 1. */
  private t = 1;
  /** True until the first frame of a new transition: the time before it (an idle pause) does not count. */
  private fresh = false;

  constructor(readonly width: number) {
    this.fromData = new Uint8Array(width * 2 * 4);
    this.toData = new Uint8Array(width * 2 * 4);
    this.from = makeTexture(this.fromData, width);
    this.to = makeTexture(this.toData, width);
    this.uniforms = {
      uFrom: { value: this.from },
      uTo: { value: this.to },
      uMix: { value: 1 },
      uWidth: { value: width },
      uHatchScale: { value: 1 },
      uLight: { value: new Vector3().copy(HEADLIGHT) },
    };
  }

  get running(): boolean {
    return this.t < 1;
  }

  /** Sets the palette to show; with `animate` false the change is a cut. */
  setTarget(palette: Uint8Array, animate: boolean): void {
    const m = this.uniforms.uMix.value;
    for (let i = 0; i < this.fromData.length; i++) {
      this.fromData[i] = Math.round(this.fromData[i]! + (this.toData[i]! - this.fromData[i]!) * m);
    }
    this.toData.set(palette);
    // A cut leaves nothing to blend from.
    if (!animate) this.fromData.set(palette);
    this.t = animate ? 0 : 1;
    this.fresh = animate;
    this.uniforms.uMix.value = smoothstep(this.t);
    this.from.needsUpdate = true;
    this.to.needsUpdate = true;
  }

  /**
   * Advances by dt seconds of a transition lasting `duration` seconds; returns true while it runs.
   * The first call after setTarget starts the clock (dt is the time since the previous frame, which may
   * be a long idle pause), and a single step never covers more than a quarter of a second.
   */
  advance(dt: number, duration: number): boolean {
    if (this.t >= 1) return false;
    const step = this.fresh ? 0 : Math.min(dt, 0.25);
    this.fresh = false;
    this.t = Math.min(1, this.t + step / duration);
    this.uniforms.uMix.value = smoothstep(this.t);
    return this.t < 1;
  }

  /**
   * Shows the blend of two palettes at progress t (0 to 1, eased as the live blend is): a video frame's colours, set
   * frame by frame rather than advanced by the clock. A palette is copied (and uploaded) only when it is another.
   */
  show(from: Uint8Array, to: Uint8Array, t: number): void {
    if (from !== this.shownFrom) {
      this.fromData.set(from);
      this.from.needsUpdate = true;
      this.shownFrom = from;
    }
    if (to !== this.shownTo) {
      this.toData.set(to);
      this.to.needsUpdate = true;
      this.shownTo = to;
    }
    this.t = Math.min(1, Math.max(0, t));
    this.fresh = false;
    this.uniforms.uMix.value = smoothstep(this.t);
  }

  private shownFrom: Uint8Array | null = null;
  private shownTo: Uint8Array | null = null;

  dispose(): void {
    this.from.dispose();
    this.to.dispose();
  }
}

function makeTexture(data: Uint8Array, width: number): DataTexture {
  const tex = new DataTexture(data, width, 2, RGBAFormat, UnsignedByteType);
  tex.magFilter = NearestFilter;
  tex.minFilter = NearestFilter;
  tex.generateMipmaps = false;
  tex.needsUpdate = true;
  return tex;
}
