import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef, type MutableRefObject } from "react";
import type { Geography } from "../data/geography";
import type { CameraTarget } from "../screen/types";
import type { CameraAt } from "../state/viewState";
import type { Theme } from "../theme";
import type { HoverStore } from "../ui/hoverStore";
import { AreaMesh } from "./AreaMesh";
import { Atmosphere } from "./Atmosphere";
import { createAreaMaterial } from "./areaMaterial";
import { publishGlobe, recordMemory } from "./benchHook";
import { Borders, Coastlines, colourLines, createLineMaterials } from "./Borders";
import { cameraAt } from "./camera";
import { HoverOutline } from "./HoverOutline";
import { stepFrame } from "./frameLoop";
import { subjectRect } from "./subjectRect";
import type { LabelElements } from "./labels";
import { Ocean } from "./Ocean";
import { releaseLostContext } from "./releaseLostContext";
import { sceneApi, type GlobeApi } from "./sceneApi";
import { SceneContext, type SceneView } from "./sceneContext";
import { useCameraTargets } from "./useCameraTargets";
import { useFrameRects } from "./useFrameRects";
import { useSafeAreas } from "./useSafeAreas";
import { useViewControls } from "./useViewControls";
import { useViewPalettes } from "./useViewPalettes";

export type { GlobeApi } from "./sceneApi";
export type { SceneView } from "./sceneContext";

interface Props {
  geography: Geography;
  /** The views, left to right: any number, each with its own palette, camera (unless linked) and frame. */
  views: readonly SceneView[];
  /** Changes whenever what the screen shows changes (see screen/types.ts). */
  screenKey: string;
  linked: boolean;
  /** The frame element of each view (the area of the canvas it is drawn in, which takes the pointer). */
  frames: readonly (HTMLElement | null)[];
  labelElements: readonly LabelElements[];
  target: CameraTarget;
  reducedMotion: boolean;
  onCameraRest: (index: number, at: CameraAt) => void;
  /** The screen and camera target drawn to rest, after the frame reached the screen. */
  onDrawn: (drawn: { key: string; camera: string }) => void;
  api: MutableRefObject<GlobeApi | null>;
  /** What is under the pointer: its country or sea is outlined in its view (see HoverOutline). */
  hover?: HoverStore;
  /** Cooperative gestures, for an embedded globe (see GlobeView.attach). */
  cooperative?: boolean;
  /** The screen's colours: the ocean, lines, outline and halo follow it (the land's come with each view's palette). */
  theme: Theme;
}

/**
 * The globe drawn once per view with scissor viewports on one canvas: the land, seas and borders are shared; each
 * view has its palette (swapped into the one material before its pass), its names (HTML over the canvas, placed when
 * it comes to rest) and its camera (shared when linked). Frames are drawn only while something moves. The jobs live beside it: palettes (useViewPalettes),
 * controls (useViewControls), flights (useCameraTargets), passes (viewPasses), the frame (frameLoop), export and
 * picking (sceneApi).
 */
export function GlobeScene({ geography, views, screenKey, linked, frames, labelElements, target, reducedMotion, onCameraRest, onDrawn, api, hover, cooperative = false, theme }: Props) {
  const { gl, scene, size, invalidate } = useThree();
  const dpr = useThree((s) => s.viewport.dpr);
  const ctx = useMemo(() => new SceneContext(gl, scene, geography.paletteWidth, target.at), [gl, scene, geography]); // eslint-disable-line react-hooks/exhaustive-deps
  ctx.views = views;
  ctx.frames = frames;
  ctx.labelElements = labelElements;
  ctx.linked = linked;
  ctx.theme = theme;
  useEffect(() => () => ctx.dispose(), [ctx]);
  useEffect(
    () =>
      publishGlobe(
        gl,
        scene,
        () => ctx.views.length,
        () => ctx.views.map((_, i) => cameraAt(ctx.view(i).camera)),
        () => ctx.views.map((_, i) => ({
          frame: ctx.frames[i]?.getBoundingClientRect() ?? null,
          framedFor: ctx.framings[i] ? { width: ctx.framings[i]!.width, height: ctx.framings[i]!.height } : null,
          centre: ctx.framings[i] ? { ...ctx.framings[i]!.centre } : null,
          subject: subjectRect(ctx, i),
        })),
      ),
    [gl, scene, ctx],
  );

  const material = useMemo(() => createAreaMaterial(ctx.uniforms), [ctx]);
  useEffect(() => () => material.dispose(), [material]);
  // Fat lines are drawn at a width in pixels: each pass sets it for its viewport (viewPasses), from the first frame on.
  const lines = useMemo(() => {
    const made = createLineMaterials(theme);
    ctx.lineStyles = [made.border, made.coast];
    return made;
  }, [ctx]); // eslint-disable-line react-hooks/exhaustive-deps
  // Another theme recolours the lines it made (the land and seas follow with each view's palette: useViewPalettes).
  useEffect(() => {
    colourLines(lines, theme);
    invalidate();
  }, [lines, theme, invalidate]);
  const lineMaterials = useMemo(() => [lines.border.fat, lines.border.thin, lines.coast.fat, lines.coast.thin], [lines]);
  useEffect(() => () => lineMaterials.forEach((m) => m.dispose()), [lineMaterials]);
  // A lost context: let its objects go while it is lost (see releaseLostContext); after the restore everything is drawn again as new.
  useEffect(() => {
    const canvas = gl.domElement;
    const release = () => releaseLostContext(scene, [material, ...lineMaterials, ...ctx.runtimes.map((v) => v.transition)]);
    canvas.addEventListener("webglcontextlost", release);
    return () => canvas.removeEventListener("webglcontextlost", release);
  }, [gl, scene, material, lineMaterials, ctx]);

  useViewPalettes(ctx, screenKey, reducedMotion, invalidate, theme.scheme);
  // New names (another language, another emphasis) are placed in a frame of their own, even when the colours stay.
  const placedFor = useRef<readonly unknown[]>([]);
  useEffect(() => {
    const now = views.map((v) => v.labels);
    if (now.length === placedFor.current.length && now.every((l, i) => l === placedFor.current[i])) return;
    placedFor.current = now;
    invalidate();
  });
  useViewControls(ctx, frames, linked, views.length, reducedMotion, invalidate, cooperative);
  useFrameRects(ctx, frames, invalidate);
  useCameraTargets(ctx, target, reducedMotion, invalidate);
  useSafeAreas(ctx, frames, views, invalidate);

  // The frame reads the latest props through a ref: the callback itself never changes.
  const latest = useRef({ target, screenKey, onCameraRest, onDrawn, size, dpr });
  latest.current = { target, screenKey, onCameraRest, onDrawn, size, dpr };
  const hooks = useMemo(
    () => ({
      get target() {
        return latest.current.target.at;
      },
      onCameraRest: (i: number, at: CameraAt) => latest.current.onCameraRest(i, at),
      onIdle: () => {
        const drawn = { key: latest.current.screenKey, camera: latest.current.target.key };
        recordMemory(gl.info.memory);
        // Reported once the frame just drawn has reached the screen.
        requestAnimationFrame(() => latest.current.onDrawn(drawn));
      },
    }),
    [gl],
  );
  useFrame((_, delta) => {
    const { size, dpr } = latest.current;
    if (stepFrame(ctx, delta, size.height, dpr, hooks)) invalidate();
  }, 1);

  // Made once per scene: it reads the canvas's size through the ref when asked.
  const sceneAnswers = useMemo(
    () => sceneApi(ctx, geography, invalidate, () => ({ width: latest.current.size.width, height: latest.current.size.height, dpr: latest.current.dpr })),
    [ctx, geography, invalidate],
  );
  api.current = sceneAnswers;

  // Borders are drawn once per date shown (two proposals of one date share them).
  const dates = [...new Map(views.map((v) => [v.date, v.borderOwners])).entries()];
  return (
    <>
      <Ocean colour={theme.ocean} invalidate={invalidate} />
      <AreaMesh name="seas" fill={geography.seas} material={material} />
      <AreaMesh name="land" fill={geography.land} material={material} />
      <Coastlines geography={geography} style={lines.coast} ref={(g) => void (ctx.coastLines = g)} />
      {dates.map(([date, owners]) => (
        <Borders key={date} geography={geography} owners={owners} style={lines.border} ref={(line) => void ctx.borderLines.set(date, line)} />
      ))}
      {hover && <HoverOutline ctx={ctx} geography={geography} views={views} hover={hover} theme={theme} invalidate={invalidate} />}
      <Atmosphere colour={theme.atmosphere} invalidate={invalidate} />
    </>
  );
}
