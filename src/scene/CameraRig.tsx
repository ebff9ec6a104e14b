import { OrbitControls } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useLayoutEffect } from "react";
import { lonLatToXyz } from "../geo/lonLatToXyz";

export interface CameraView {
  lon: number;
  lat: number;
  /** Distance from the globe's centre, in globe radii. */
  distance: number;
}

export const MIN_DISTANCE = 1.35;
export const MAX_DISTANCE = 6;

/** Places the camera for a view and lets the reader orbit (drag) and zoom (wheel, pinch) within limits. */
export function CameraRig({ view }: { view: CameraView }) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useLayoutEffect(() => {
    const [x, y, z] = lonLatToXyz(view.lon, view.lat, view.distance);
    camera.position.set(x, y, z);
    camera.lookAt(0, 0, 0);
    invalidate();
  }, [camera, view.lon, view.lat, view.distance, invalidate]);
  return (
    <OrbitControls
      makeDefault
      enablePan={false}
      enableDamping
      dampingFactor={0.12}
      rotateSpeed={0.45}
      zoomSpeed={0.7}
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
    />
  );
}
