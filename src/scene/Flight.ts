import type { PerspectiveCamera } from "three";
import { flightDuration, flightPath, type FlightPath } from "../geo/flight";
import type { Vec3 } from "../geo/units";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import type { CameraAt } from "../state/viewState";
import { smoothstep } from "../geo/easing";

const scratch: Vec3 = [0, 0, 0];

/** A flight of one camera towards a view: along the great circle, eased, at most a quarter second per step. */
export class Flight {
  private readonly path: FlightPath;
  private t = 0;
  private readonly duration: number;
  private fresh = true;

  constructor(
    readonly camera: PerspectiveCamera,
    at: CameraAt,
  ) {
    this.path = flightPath([camera.position.x, camera.position.y, camera.position.z], lonLatToXyz(at.lon, at.lat, at.distance));
    this.duration = flightDuration(this.path.angle);
  }

  /** Moves the camera; returns true while the flight goes on. The first step starts the clock. */
  advance(dt: number): boolean {
    this.t = Math.min(1, this.t + (this.fresh ? 0 : Math.min(dt, 0.25)) / this.duration);
    this.fresh = false;
    this.path(smoothstep(this.t), scratch);
    this.camera.position.set(scratch[0], scratch[1], scratch[2]);
    this.camera.lookAt(0, 0, 0);
    return this.t < 1;
  }
}
