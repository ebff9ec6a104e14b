import { Canvas } from "@react-three/fiber";
import { Component, useMemo, useState, type ReactNode } from "react";
import type { WebGLRenderer } from "three";
import type { Geography } from "../data/geography";
import type { ResolvedModel } from "../model/resolve";
import { Globe, type HoverInfo } from "../scene/Globe";
import type { CameraView } from "../scene/CameraRig";
import { layoutGlobeLinks } from "../scene/globeLinkLayout";
import type { LabelElements } from "../scene/ScreenLabels";
import { LabelOverlay } from "./LabelOverlay";
import { THEME } from "../theme";

interface Props {
  geography: Geography;
  resolved: ResolvedModel;
  reducedMotion: boolean;
  view?: CameraView;
  label: string;
  onHover: (info: HoverInfo | null) => void;
  onProblem: (text: string | null) => void;
}

/** The WebGL canvas, with what to show when WebGL is missing or its context is lost. */
export function GlobeCanvas({ geography, resolved, reducedMotion, view, label, onHover, onProblem }: Props) {
  const [lost, setLost] = useState(false);
  const links = useMemo(() => layoutGlobeLinks(resolved, geography), [resolved, geography]);
  const [labelElements] = useState<LabelElements>(() => new Map());
  const watchContext = (gl: WebGLRenderer, invalidate: () => void) => {
    const canvas = gl.domElement;
    canvas.addEventListener("webglcontextlost", (e) => {
      e.preventDefault();
      setLost(true);
      onProblem("The graphics context was lost. The globe will come back by itself when the browser restores it.");
    });
    canvas.addEventListener("webglcontextrestored", () => {
      setLost(false);
      onProblem(null);
      // three.js uploads geometry and textures again on the next frame; ask for one.
      invalidate();
    });
  };
  return (
    <div className="globe" role="img" aria-label={label} data-context-lost={lost || undefined}>
      <WebGLBoundary onProblem={onProblem}>
        <Canvas
          frameloop="demand"
          dpr={[1, 2]}
          camera={{ fov: 35, near: 0.05, far: 100, position: [0, 0, 3] }}
          gl={{ antialias: true, alpha: true }}
          style={{ background: THEME.background }}
          onCreated={({ gl, invalidate }) => watchContext(gl, invalidate)}
          fallback={<NoWebGL />}
        >
          <Globe
            geography={geography}
            resolved={resolved}
            links={links}
            labelElements={labelElements}
            reducedMotion={reducedMotion}
            view={view}
            onHover={onHover}
          />
        </Canvas>
        <LabelOverlay labels={links.labels} elements={labelElements} />
      </WebGLBoundary>
    </div>
  );
}

function NoWebGL() {
  return (
    <div className="no-webgl" role="alert">
      This browser cannot show the 3D globe (WebGL is unavailable). The proposals are described in the panel and the
      region list.
    </div>
  );
}

/** Catches a renderer that fails to start, so the rest of the app keeps working. */
class WebGLBoundary extends Component<{ children: ReactNode; onProblem: (t: string) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error) {
    this.props.onProblem(`The 3D globe could not start: ${error.message}`);
  }
  override render() {
    return this.state.failed ? <NoWebGL /> : this.props.children;
  }
}
