import { PerspectiveCamera } from "three";
import { lonLatToXyz, xyzToLonLat } from "../geo/lonLatToXyz";
import type { CameraAt } from "../state/viewState";

/** Where a camera is, as the URL writes it. */
export function cameraAt(camera: PerspectiveCamera): CameraAt {
  const [lon, lat] = xyzToLonLat(camera.position.x, camera.position.y, camera.position.z);
  return { lon, lat, distance: camera.position.length() };
}

/** A camera that looks at the globe's centre from a view. */
export function placeCamera(camera: PerspectiveCamera, at: CameraAt): void {
  const [x, y, z] = lonLatToXyz(at.lon, at.lat, at.distance);
  camera.position.set(x, y, z);
  camera.lookAt(0, 0, 0);
}

export function createCamera(at: CameraAt): PerspectiveCamera {
  const camera = new PerspectiveCamera(35, 1, 0.05, 100);
  placeCamera(camera, at);
  return camera;
}
