import { Canvas, extend } from "@react-three/fiber";
import { FrameHeading } from "./FrameHeading";
import { Component, useState, type CSSProperties, type KeyboardEvent, type MutableRefObject, type PointerEvent, type ReactNode } from "react";
import type { WebGLRenderer } from "three";
import type { Geography } from "../data/geography";
import { useI18n } from "../i18n/I18nContext";
import { SCENE_CATALOGUE } from "../scene/catalogue";
import { GlobeScene, type GlobeApi } from "../scene/GlobeScene";
import type { LabelElements } from "../scene/labels";
import type { WebGLProblem } from "../screen/notices";
import type { CameraTarget, ScreenGlobe } from "../screen/types";
import type { CameraAt } from "../state/viewState";
import type { Theme } from "../theme";
import type { HoverStore } from "./hoverStore";
import { GestureHint } from "./GestureHint";
import { pointerHover, type PointerHover } from "./pointerHover";
import { LabelOverlay } from "./LabelOverlay";
import { SchematicInset } from "./SchematicInset";
import { useCooperativeGestures } from "./useCooperativeGestures";
import type { Drawn } from "./useReady";

extend(SCENE_CATALOGUE);

export interface GlobeCanvasProps {
  geography: Geography;
  /** The globes to draw, left to right: any number. */
  globes: readonly ScreenGlobe[];
  screenKey: string;
  linked: boolean;
  target: CameraTarget;
  reducedMotion: boolean;
  hover: HoverStore;
  api: MutableRefObject<GlobeApi | null>;
  onCameraRest: (index: number, at: CameraAt) => void;
  onDrawn: (drawn: Drawn) => void;
  onProblem: (problem: WebGLProblem | null) => void;
  /** The 3D renderer could not start: the app draws the SVG globe instead. */
  onFail: () => void;
  /** Cooperative gestures, for an embedded globe: one finger and a plain wheel scroll the page (see gestures.ts). */
  cooperative?: boolean;
  /** The screen's colours (the names and the schematic over the canvas take them from the ThemeProvider). */
  theme: Theme;
}

const KEY_STEP = 6; // degrees per arrow key press

/**
 * One WebGL canvas for any number of views. Each view has a frame over the canvas that takes the pointer
 * (orbit, zoom, hover) and the keyboard (arrows turn, + and - zoom), and holds that view's labels.
 */
export function GlobeCanvas({ geography, globes, screenKey, linked, target, reducedMotion, hover, api, onCameraRest, onDrawn, onProblem, onFail, cooperative = false, theme }: GlobeCanvasProps) {
  const { t } = useI18n();
  const [lost, setLost] = useState(false);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const hints = useCooperativeGestures(container, { cooperative });
  const [frames, setFrames] = useState<readonly (HTMLElement | null)[]>([]);
  // One stable ref callback per view, so React does not detach and reattach frames on every render.
  const [frameRefs] = useState(() => new Map<number, (el: HTMLElement | null) => void>());
  const frameRef = (i: number) => {
    let ref = frameRefs.get(i);
    if (!ref) frameRefs.set(i, (ref = (el) => setFrames((list) => (list[i] === el ? list : Object.assign([...list], { [i]: el })))));
    return ref;
  };
  const [labelElements] = useState<LabelElements[]>(() => []);
  while (labelElements.length < globes.length) labelElements.push(new Map());

  const watchContext = (gl: WebGLRenderer, invalidate: () => void) => {
    const canvas = gl.domElement;
    canvas.addEventListener("webglcontextlost", (e) => {
      e.preventDefault();
      setLost(true);
      onProblem({ code: "context-lost" });
    });
    canvas.addEventListener("webglcontextrestored", () => {
      setLost(false);
      onProblem(null);
      // three.js uploads geometry and textures again on the next frame; ask for one.
      invalidate();
    });
  };

  // What is under the pointer, per view: pointed at with a mouse, tapped with a finger (see pointerHover).
  const [pointers] = useState(() => new Map<number, PointerHover<PointerEvent<HTMLElement>>>());
  const pointer = (i: number) => {
    let p = pointers.get(i);
    if (!p) {
      p = pointerHover(hover, (e) => {
        const r = e.currentTarget.getBoundingClientRect();
        const hit = api.current?.pick(i, e.clientX - r.left, e.clientY - r.top);
        return hit && hit.area >= 0 ? { view: i, area: hit.area, clientX: e.clientX, clientY: e.clientY } : null;
      });
      pointers.set(i, p);
    }
    return p;
  };
  const onKey = (i: number, e: KeyboardEvent<HTMLElement>) => {
    const a = api.current;
    if (!a) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => a.rotate(i, KEY_STEP, 0),
      ArrowRight: () => a.rotate(i, -KEY_STEP, 0),
      ArrowUp: () => a.rotate(i, 0, KEY_STEP),
      ArrowDown: () => a.rotate(i, 0, -KEY_STEP),
      "+": () => a.zoom(i, 1.15),
      "=": () => a.zoom(i, 1.15),
      "-": () => a.zoom(i, 1 / 1.15),
      _: () => a.zoom(i, 1 / 1.15),
    };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      move();
    }
  };

  return (
    <div
      ref={setContainer}
      className={`globe globe--${globes.length > 1 ? "many" : "one"}${cooperative ? " globe--cooperative" : ""}`}
      style={{ "--views": globes.length } as CSSProperties}
      data-context-lost={lost || undefined}
    >
      <WebGLBoundary onProblem={onProblem} onFail={onFail}>
        <Canvas
          className="globe__canvas"
          frameloop="demand"
          dpr={[1, 2]}
          gl={{ antialias: true, alpha: true, preserveDrawingBuffer: false }}
          onCreated={({ gl, invalidate }) => watchContext(gl, invalidate)}
          fallback={<NoWebGL />}
        >
          <GlobeScene
            geography={geography}
            views={globes}
            screenKey={screenKey}
            linked={linked}
            frames={frames}
            labelElements={labelElements}
            target={target}
            reducedMotion={reducedMotion}
            onCameraRest={onCameraRest}
            onDrawn={onDrawn}
            api={api}
            hover={hover}
            cooperative={cooperative}
            theme={theme}
          />
        </Canvas>
      </WebGLBoundary>
      <div className="globe__frames">
        {globes.map((g, i) => (
          <div
            key={i}
            ref={frameRef(i)}
            className="globe__frame"
            data-view={i}
            tabIndex={0}
            role="img"
            aria-label={g.description}
            aria-roledescription={t.describe.roleDescription}
            onPointerMove={(e) => pointer(i).move(e)}
            onPointerDown={(e) => pointer(i).down(e)}
            onPointerUp={(e) => pointer(i).up(e)}
            onPointerCancel={(e) => pointer(i).cancel(e)}
            onPointerLeave={(e) => pointer(i).leave(e)}
            onKeyDown={(e) => onKey(i, e)}
          >
            {g.heading && <FrameHeading heading={g.heading} />}
            <LabelOverlay labels={g.labels} elements={labelElements[i]!} />
            <SchematicInset inset={g.inset} />
          </div>
        ))}
      </div>
      {cooperative && <GestureHint hints={hints} />}
    </div>
  );
}

function NoWebGL() {
  const { t } = useI18n();
  return (
    <div className="no-webgl" role="alert">
      {t.notices.noWebgl}
    </div>
  );
}

/** Catches a renderer that fails to start, so the rest of the app keeps working. */
class WebGLBoundary extends Component<{ children: ReactNode; onProblem: (problem: WebGLProblem) => void; onFail: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error) {
    this.props.onProblem({ code: "failed", detail: error.message });
    this.props.onFail();
  }
  override render() {
    return this.state.failed ? <NoWebGL /> : this.props.children;
  }
}
