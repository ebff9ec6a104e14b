import { OrbitControls } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useLayoutEffect } from "react";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import { DISTANCE_RANGE } from "../model/schema";

export interface CameraView {
  lon: number;
  lat: number;
  /** Distance from the globe's centre, in globe radii. */
  distance: number;
}

const [MIN_DISTANCE, MAX_DISTANCE] = DISTANCE_RANGE;

/**
 * Places the camera for a view and lets the reader orbit (drag) and zoom (wheel, pinch) within limits,
 * with damping unless reduced motion is asked for.
 */
export function CameraRig({ view, reducedMotion = false }: { view: CameraView; reducedMotion?: boolean }) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height));
  useLayoutEffect(() => {
    // On a portrait screen, step back so the framed area still fits across.
    const distance = Math.min(MAX_DISTANCE, view.distance * Math.min(1.8, Math.max(1, 0.9 / aspect)));
    const [x, y, z] = lonLatToXyz(view.lon, view.lat, distance);
    camera.position.set(x, y, z);
    camera.lookAt(0, 0, 0);
    invalidate();
  }, [camera, view.lon, view.lat, view.distance, aspect, invalidate]);
  return (
    <OrbitControls
      makeDefault
      enablePan={false}
      enableDamping={!reducedMotion}
      dampingFactor={0.12}
      rotateSpeed={0.45}
      zoomSpeed={0.7}
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
    />
  );
}
