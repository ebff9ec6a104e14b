import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import { buildPalette } from "../model/palette";
import type { ResolvedModel } from "../model/resolve";
import { PaletteTransition } from "./PaletteTransition";
import { setGlobeReady, setGlobeReadyAfterPaint } from "./readyFlag";

/** Length of the colour transition between proposals, in seconds. */
export const TRANSITION_SECONDS = 0.6;

/**
 * Keeps the palette textures in step with the resolved model: a new model starts a transition (a cut
 * with reduced motion, or the first time), frames are requested only while it runs, and the ready flag
 * is set once its last frame is on screen.
 */
export function usePaletteTransition(resolved: ResolvedModel, landCount: number, width: number, reducedMotion: boolean) {
  const transition = useMemo(() => new PaletteTransition(width), [width]);
  const buffer = useMemo(() => new Uint8Array(width * 2 * 4), [width]);
  const invalidate = useThree((s) => s.invalidate);
  const first = useRef(true);
  const pendingReady = useRef(false);
  const dpr = useThree((s) => s.viewport.dpr);

  useEffect(() => () => transition.dispose(), [transition]);
  useEffect(() => {
    transition.uniforms.uHatchScale.value = dpr;
    invalidate();
  }, [dpr, transition, invalidate]);
  useEffect(() => {
    buildPalette(resolved, landCount, width, buffer);
    transition.setTarget(buffer, !first.current && !reducedMotion);
    first.current = false;
    pendingReady.current = true;
    setGlobeReady(false);
    invalidate();
  }, [resolved, landCount, width, buffer, transition, reducedMotion, invalidate]);

  useFrame((_, delta) => {
    if (transition.advance(delta, TRANSITION_SECONDS)) invalidate();
    else if (pendingReady.current) {
      pendingReady.current = false;
      setGlobeReadyAfterPaint();
    }
  });
  return transition;
}
