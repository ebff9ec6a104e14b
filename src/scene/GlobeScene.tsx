import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject } from "react";
import { Color, Vector3, type Group, type LineSegments, type Object3D, type PerspectiveCamera } from "three";
import type { Geography } from "../data/geography";
import type { Emphasis } from "../model/emphasis";
import { buildPalette } from "../model/palette";
import type { ResolvedModel } from "../model/resolve";
import type { CameraAt } from "../state/urlState";
import { fitDistance, restingAt } from "./cameraFit";
import { releaseLostContext } from "./releaseLostContext";
import { THEME } from "../theme";
import { AreaMesh } from "./AreaMesh";
import { Atmosphere } from "./Atmosphere";
import { Borders } from "./Borders";
import { LINK_WIDTH, Links, createLinkMaterial, linkLine } from "./Links";
import { Ocean } from "./Ocean";
import { createAreaMaterial, type AreaUniforms } from "./areaMaterial";
import type { GlobeLinkLayout } from "./globeLinkLayout";
import { exportViews, type Rect, type RenderedImage } from "./exportViews";
import { GlobeView, Flight, cameraAt, createCamera, placeCamera } from "./GlobeView";
import { markColoured, publishGlobe } from "./benchHook";
import { setGlobeReady, setGlobeReadyAfterPaint } from "./readyFlag";
import type { LabelElements } from "./labels";
import { TRANSITION_SECONDS } from "./transition";

/** What one view shows. */
export interface SceneView {
  resolved: ResolvedModel;
  emphasis: Emphasis;
  links: GlobeLinkLayout;
}

/** Where the cameras should go; a new key starts a flight (a cut with reduced motion). */
export interface CameraTarget {
  key: string;
  at: CameraAt;
}

/** What the DOM side can ask of the scene. */
export interface GlobeApi {
  /** Area under a point of view `index`'s frame (pixels from its top left); null off the globe. */
  pick(index: number, x: number, y: number): { area: number; lon: number; lat: number } | null;
  /** Renders every view offscreen, at a scale of its size on screen or at a width in pixels. */
  render(output: { scale: number } | { width: number }, transparent: boolean): RenderedImage;
  /** Keyboard: turn by degrees, zoom by a factor (> 1 closer). */
  rotate(index: number, left: number, up: number): void;
  zoom(index: number, factor: number): void;
  /** Current camera of a view. */
  camera(index: number): CameraAt;
}

interface Props {
  geography: Geography;
  views: SceneView[];
  linked: boolean;
  /** The frame element of each view (the area of the canvas it is drawn in, which takes the pointer). */
  frames: (HTMLElement | null)[];
  labelElements: LabelElements[];
  target: CameraTarget;
  reducedMotion: boolean;
  onCameraRest: (index: number, at: CameraAt) => void;
  api: MutableRefObject<GlobeApi | null>;
}

const world = new Vector3();
const scratchRect: Rect = { left: 0, top: 0, width: 0, height: 0 };

/** Fat lines measure their width against the size of the viewport they are drawn in. */
function setLineWidths(group: Object3D, width: number, w: number, h: number): void {
  for (const link of group.children) {
    for (const child of link.children.length ? link.children : [link]) {
      const m = (child as { material?: { linewidth?: number; resolution?: { set(x: number, y: number): void } } }).material;
      if (m && m.linewidth !== undefined && m.resolution) {
        m.linewidth = width;
        m.resolution.set(w, h);
      }
    }
  }
}
const toCamera = new Vector3();
const background = new Color();


/**
 * The globe scene drawn once per view with scissor viewports on one canvas: the land, seas and borders
 * are shared, each view has its palette (swapped into the one material before its pass), its link arcs
 * and its camera (shared when linked). Frames are drawn only while something moves.
 */
export function GlobeScene({ geography, views, linked, frames, labelElements, target, reducedMotion, onCameraRest, api }: Props) {
  const { gl, scene, size, invalidate } = useThree();
  const dpr = useThree((s) => s.viewport.dpr);
  const [cameras] = useState(() => [createCamera(target.at), createCamera(target.at)] as const);
  const runtime = useMemo(() => [new GlobeView(cameras[0], geography.paletteWidth), new GlobeView(cameras[1], geography.paletteWidth)], [cameras, geography]);
  useEffect(() => () => runtime.forEach((v) => v.dispose()), [runtime]);
  const viewCount = useRef(views.length);
  viewCount.current = views.length;
  useEffect(() => publishGlobe(gl, scene, () => viewCount.current, () => runtime.slice(0, viewCount.current).map((v) => cameraAt(v.camera))), [gl, scene, runtime]);

  const uniforms = useMemo<AreaUniforms>(() => {
    const t = runtime[0]!.transition.uniforms;
    return { uFrom: { value: t.uFrom.value }, uTo: { value: t.uTo.value }, uMix: { value: 1 }, uWidth: t.uWidth, uHatchScale: { value: 1 }, uLight: t.uLight };
  }, [runtime]);
  const material = useMemo(() => createAreaMaterial(uniforms), [uniforms]);
  useEffect(() => () => material.dispose(), [material]);
  // Link lines share one material; its shader is compiled once, in the background, when the scene starts.
  const linkMaterial = useMemo(() => createLinkMaterial(), []);
  // A restored context: let the lost one's objects go (see releaseLostContext); everything is drawn again as new.
  useEffect(() => {
    const canvas = gl.domElement;
    const release = () => releaseLostContext(scene, [material, linkMaterial, ...runtime.map((v) => v.transition)]);
    canvas.addEventListener("webglcontextrestored", release);
    return () => canvas.removeEventListener("webglcontextrestored", release);
  }, [gl, scene, material, linkMaterial, runtime]);
  useEffect(() => {
    const sample = linkLine([0, 0, 1, 0, 0.1, 1], linkMaterial, "link-sample");
    gl.compileAsync(sample, cameras[0]).catch(() => {}).finally(() => sample.geometry.dispose());
    return () => linkMaterial.dispose();
  }, [gl, linkMaterial, cameras]);

  const linkGroups = useRef<(Group | null)[]>([]);
  const borderLines = useRef(new Map<string, LineSegments | null>());
  const dates = [...new Set(views.map((v) => v.resolved.date))];
  const buffers = useMemo(() => [new Uint8Array(geography.paletteWidth * 8), new Uint8Array(geography.paletteWidth * 8)], [geography]);
  const state = useRef({ first: [true, true], pendingReady: true, colourMark: false, moving: [false, false], wasMoving: [false, false], byReader: [false, false], flights: [] as Flight[] });

  // Palettes: a new model or emphasis starts a transition in that view (and only in that view).
  const shown = useRef<[unknown, unknown][]>([]);
  const [r0, e0, r1, e1] = [views[0]?.resolved, views[0]?.emphasis, views[1]?.resolved, views[1]?.emphasis];
  useEffect(() => {
    let changed = false;
    views.forEach((v, i) => {
      const before = shown.current[i];
      if (before && before[0] === v.resolved && before[1] === v.emphasis) return;
      shown.current[i] = [v.resolved, v.emphasis];
      buildPalette(v.resolved, geography.landCount, geography.paletteWidth, buffers[i], v.emphasis);
      runtime[i]!.transition.setTarget(buffers[i]!, !state.current.first[i] && !reducedMotion);
      state.current.first[i] = false;
      changed = true;
    });
    shown.current.length = views.length;
    if (!changed) return;
    state.current.colourMark = true;
    state.current.pendingReady = true;
    setGlobeReady(false);
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [r0, e0, r1, e1, reducedMotion]);

  // A view that is no longer shown gives its palette textures' GPU memory back (they upload again if it returns).
  useEffect(() => {
    for (let i = views.length; i < runtime.length; i++) runtime[i]!.transition.dispose();
  }, [views.length, runtime]);

  // Controls on each frame; linked views share the first camera.
  useLayoutEffect(() => {
    if (!linked) cameras[1].position.copy(cameras[0].position), cameras[1].lookAt(0, 0, 0);
    views.forEach((_, i) => {
      const el = frames[i];
      if (!el) return;
      const camera = linked || i === 0 ? cameras[0] : cameras[1];
      runtime[i]!.attach(
        el,
        camera,
        () => {
          runtime[i]!.changed = true;
          invalidate();
        },
        () => {
          state.current.flights = [];
          // Moved by the reader (a drag, the wheel, a pinch): its rest is the reader's choice.
          state.current.byReader = [true, true];
        },
        reducedMotion,
      );
    });
    invalidate();
    return () => views.forEach((_, i) => runtime[i]!.controls?.dispose());
  }, [frames, linked, views.length, reducedMotion, cameras, runtime, invalidate]);

  // Camera targets: fly (or cut) every camera in use.
  useEffect(() => {
    const used = linked ? [cameras[0]] : views.map((_, i) => cameras[i === 0 ? 0 : 1]);
    const el = frames[0];
    const aspect = el ? el.clientWidth / Math.max(1, el.clientHeight) : 1;
    const at = { ...target.at, distance: fitDistance(target.at.distance, aspect) };
    state.current.flights = [];
    state.current.byReader = [false, false];
    for (const camera of used) {
      if (reducedMotion) placeCamera(camera, at);
      else state.current.flights.push(new Flight(camera, at));
    }
    state.current.pendingReady = true;
    setGlobeReady(false);
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target.key]);

  /**
   * Draws view i into the viewport already set (w × h in the units line widths are given in): stripes
   * scaled by `hatch` device pixels per CSS pixel, link lines by `lineScale`.
   */
  const renderPass = (i: number, hatch: number, lineScale: number, w: number, h: number) => {
    const view = runtime[i]!;
    const camera = view.camera as PerspectiveCamera;
    const group = linkGroups.current[i];
    if (group) setLineWidths(group, LINK_WIDTH * lineScale, w, h);
    const t = view.transition.uniforms;
    uniforms.uFrom.value = t.uFrom.value;
    uniforms.uTo.value = t.uTo.value;
    uniforms.uMix.value = t.uMix.value;
    uniforms.uHatchScale.value = hatch;
    linkGroups.current.forEach((g, j) => g && (g.visible = j === i));
    const date = views[i]!.resolved.date;
    borderLines.current.forEach((line, d) => line && (line.visible = d === date));
    gl.clear(true, true, false);
    gl.render(scene, camera);
  };

  /** Keeps each view's camera shaped like its frame. */
  const fitCamera = (i: number, aspect: number) => {
    const camera = runtime[i]!.camera as PerspectiveCamera;
    if (camera.aspect !== aspect) {
      camera.aspect = aspect;
      camera.updateProjectionMatrix();
    }
  };

  /** View i's frame in CSS pixels from the canvas's top left, written into `out` (no allocation); null without a frame. */
  const frameRect = (i: number, out: Rect = { left: 0, top: 0, width: 0, height: 0 }): Rect | null => {
    const el = frames[i];
    if (!el) return null;
    out.left = el.offsetLeft;
    out.top = el.offsetTop;
    out.width = el.clientWidth;
    out.height = el.clientHeight;
    return out;
  };

  const placeLabels = (i: number, width: number, height: number) => {
    const elements = labelElements[i];
    if (!elements) return;
    const camera = runtime[i]!.camera;
    for (const label of views[i]!.links.labels) {
      const el = elements.get(label.id);
      if (!el) continue;
      world.set(label.position[0], label.position[1], label.position[2]);
      toCamera.copy(camera.position).sub(world);
      const facing = world.dot(toCamera) > 0;
      world.project(camera);
      el.style.visibility = facing ? "visible" : "hidden";
      el.style.transform = `translate(${((world.x * 0.5 + 0.5) * width).toFixed(1)}px, ${((-world.y * 0.5 + 0.5) * height).toFixed(1)}px)`;
    }
  };

  /** Draws every view into its frame's part of the canvas. */
  const drawScreen = () => {
    gl.setScissorTest(true);
    background.set(THEME.background);
    gl.setClearColor(background, 0);
    gl.autoClear = false;
    for (let i = 0; i < views.length; i++) {
      const r = frameRect(i, scratchRect);
      if (!r || r.width === 0 || r.height === 0) continue;
      fitCamera(i, r.width / r.height);
      const y = size.height - r.top - r.height;
      gl.setViewport(r.left, y, r.width, r.height);
      gl.setScissor(r.left, y, r.width, r.height);
      renderPass(i, dpr, 1, r.width, r.height);
      placeLabels(i, r.width, r.height);
    }
    gl.setScissorTest(false);
  };

  // Nothing here allocates while the globe moves: loops instead of callbacks, reused rectangles and vectors.
  useFrame((_, delta) => {
    let busy = false;
    const st = state.current;
    for (let i = 0; i < views.length; i++) if (runtime[i]!.transition.advance(delta, TRANSITION_SECONDS)) busy = true;
    let flying = false;
    for (let f = 0; f < st.flights.length; f++) if (st.flights[f]!.advance(delta)) flying = true;
    if (st.flights.length && !flying) st.flights.length = 0;
    busy ||= flying;
    for (let i = 0; i < views.length; i++) {
      const view = runtime[i]!;
      const moved = (view.controls ? view.controls.update(delta) : false) || view.changed;
      view.changed = false;
      view.tuneRotateSpeed();
      st.moving[i] = moved;
      if (moved) busy = true;
    }

    drawScreen();
    if (st.colourMark) {
      st.colourMark = false;
      markColoured();
    }

    for (let i = 0; i < views.length; i++) {
      // The camera came to rest: report it once (this allocates, but only then).
      if (st.wasMoving[i] && !st.moving[i]) {
        const el = frames[i];
        const aspect = el ? el.clientWidth / Math.max(1, el.clientHeight) : 1;
        onCameraRest(i, restingAt(cameraAt(runtime[i]!.camera), target.at, st.byReader[i]!, aspect));
      }
      st.wasMoving[i] = st.moving[i]!;
    }
    if (busy) invalidate();
    else if (state.current.pendingReady) {
      state.current.pendingReady = false;
      setGlobeReadyAfterPaint(gl.info.memory);
    }
  }, 1);

  api.current = {
    pick(i, x, y) {
      const el = frames[i];
      if (!el) return null;
      return runtime[i]!.pick(x, y, el.clientWidth, el.clientHeight, (lon, lat) => geography.areas.find(lon, lat));
    },
    render(output, transparent) {
      return renderImage(output, transparent);
    },
    rotate(i, left, up) {
      const c = runtime[i]?.controls;
      if (!c) return;
      state.current.flights = [];
      state.current.byReader = [true, true];
      c.rotateLeft((left * Math.PI) / 180);
      c.rotateUp((up * Math.PI) / 180);
      invalidate();
    },
    zoom(i, factor) {
      const c = runtime[i]?.controls;
      if (!c) return;
      state.current.flights = [];
      state.current.byReader = [true, true];
      // three's dollyOut(s) divides the distance by s: it moves the camera in.
      if (factor > 1) c.dollyOut(factor);
      else c.dollyIn(1 / factor);
      invalidate();
    },
    camera(i) {
      return cameraAt(runtime[i]?.camera ?? cameras[0]);
    },
  };

  function renderImage(output: { scale: number } | { width: number }, transparent: boolean): RenderedImage {
    const rects = views.map((_, i) => frameRect(i));
    const image = exportViews({
      gl,
      size,
      rects,
      cameras: views.map((_, i) => runtime[i]!.camera),
      labels: views.map((v) => v.links.labels),
      pass: renderPass,
      redraw: drawScreen,
      output,
      transparent,
      background: THEME.background,
    });
    return image;
  }

  return (
    <>
      <Ocean />
      <AreaMesh name="seas" fill={geography.seas} material={material} />
      <AreaMesh name="land" fill={geography.land} material={material} />
      {dates.map((d) => (
        <Borders key={d} geography={geography} date={d} ref={(line) => void borderLines.current.set(d, line)} />
      ))}
      <Atmosphere />
      {views.map((v, i) => (
        <group key={i} ref={(g) => void (linkGroups.current[i] = g)} name={`view-${i}-links`}>
          <Links layout={v.links} material={linkMaterial} />
        </group>
      ))}
    </>
  );
}
