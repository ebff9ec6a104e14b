import { Canvas } from "@react-three/fiber";
import { Component, useMemo, useState, type KeyboardEvent, type MutableRefObject, type PointerEvent, type ReactNode } from "react";
import type { WebGLRenderer } from "three";
import type { Geography } from "../data/geography";
import { useI18n, type Message } from "../i18n/I18nContext";
import type { Emphasis } from "../model/emphasis";
import type { ResolvedModel } from "../model/resolve";
import { GlobeScene, type CameraTarget, type GlobeApi } from "../scene/GlobeScene";
import { layoutGlobeLinks } from "../scene/globeLinkLayout";
import type { LabelElements } from "../scene/labels";
import type { CameraAt } from "../state/urlState";
import type { HoverStore } from "./hoverStore";
import { LabelOverlay } from "./LabelOverlay";

export interface CanvasView {
  resolved: ResolvedModel;
  emphasis: Emphasis;
  /** Accessible description of what this view shows. */
  description: string;
  /** Heading over the view when there are two. */
  title?: string;
}

interface Props {
  geography: Geography;
  views: CanvasView[];
  linked: boolean;
  target: CameraTarget;
  reducedMotion: boolean;
  hover: HoverStore;
  api: MutableRefObject<GlobeApi | null>;
  onCameraRest: (index: number, at: CameraAt) => void;
  onProblem: (message: Message | null) => void;
  /** The 3D renderer could not start: the app draws the SVG globe instead. */
  onFail: () => void;
}

const KEY_STEP = 6; // degrees per arrow key press

/**
 * One WebGL canvas for one or two views. Each view has a frame over the canvas that takes the pointer
 * (orbit, zoom, hover) and the keyboard (arrows turn, + and - zoom), and holds that view's labels.
 */
export function GlobeCanvas({ geography, views, linked, target, reducedMotion, hover, api, onCameraRest, onProblem, onFail }: Props) {
  const { lang, t } = useI18n();
  const [lost, setLost] = useState(false);
  const [frames, setFrames] = useState<(HTMLElement | null)[]>([]);
  // One stable ref callback per view slot, so React does not detach and reattach frames on every render.
  const frameRefs = useMemo(
    () => [0, 1].map((i) => (el: HTMLElement | null) => setFrames((list) => (list[i] === el ? list : Object.assign([...list], { [i]: el })))),
    [],
  );
  const links = useMemo(() => views.map((v) => layoutGlobeLinks(v.resolved, geography, lang)), [views, geography, lang]);
  const [labelElements] = useState<LabelElements[]>(() => [new Map(), new Map()]);
  const sceneViews = useMemo(() => views.map((v, i) => ({ resolved: v.resolved, emphasis: v.emphasis, links: links[i]! })), [views, links]);

  const watchContext = (gl: WebGLRenderer, invalidate: () => void) => {
    const canvas = gl.domElement;
    canvas.addEventListener("webglcontextlost", (e) => {
      e.preventDefault();
      setLost(true);
      onProblem(({ t }) => t.notices.contextLost);
    });
    canvas.addEventListener("webglcontextrestored", () => {
      setLost(false);
      onProblem(null);
      // three.js uploads geometry and textures again on the next frame; ask for one.
      invalidate();
    });
  };

  const pick = (i: number, e: PointerEvent<HTMLElement>) => {
    if (e.buttons) return; // dragging, not pointing
    const r = e.currentTarget.getBoundingClientRect();
    const hit = api.current?.pick(i, e.clientX - r.left, e.clientY - r.top);
    hover.set(hit && hit.area >= 0 ? { view: i, area: hit.area, clientX: e.clientX, clientY: e.clientY } : null);
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
    <div className={`globe globe--${views.length === 2 ? "two" : "one"}`} data-context-lost={lost || undefined}>
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
            views={sceneViews}
            linked={linked}
            frames={frames}
            labelElements={labelElements}
            target={target}
            reducedMotion={reducedMotion}
            onCameraRest={onCameraRest}
            api={api}
          />
        </Canvas>
      </WebGLBoundary>
      <div className="globe__frames">
        {views.map((v, i) => (
          <div
            key={i}
            ref={frameRefs[i]}
            className="globe__frame"
            data-view={i}
            tabIndex={0}
            role="img"
            aria-label={v.description}
            aria-roledescription={t.describe.roleDescription}
            onPointerMove={(e) => pick(i, e)}
            onPointerDown={(e) => pick(i, e)}
            onPointerLeave={() => hover.set(null)}
            onKeyDown={(e) => onKey(i, e)}
          >
            {v.title && <h2 className="globe__frame-title">{v.title}</h2>}
            <LabelOverlay labels={links[i]!.labels} elements={labelElements[i]!} />
          </div>
        ))}
      </div>
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
class WebGLBoundary extends Component<{ children: ReactNode; onProblem: (message: Message) => void; onFail: () => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error) {
    this.props.onProblem(({ t }) => t.notices.webglFailed(error.message));
    this.props.onFail();
  }
  override render() {
    return this.state.failed ? <NoWebGL /> : this.props.children;
  }
}
