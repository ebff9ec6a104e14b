import { Vector3 } from "three";

/** Light from the upper left, fixed to the camera, so the face turned to the reader is always lit. */
export const HEADLIGHT = new Vector3(-0.45, 0.55, 0.7).normalize();

/** Vertex shader for a sphere: passes the normal in view space (vNormalV). */
export const sphereVertexShader = /* glsl */ `
varying vec3 vNormalV;
void main() {
  vNormalV = normalize(normalMatrix * normal);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

/** GLSL: soft headlight shading factor for a view-space normal; `ambient` is the share always lit. */
export const headlightChunk = /* glsl */ `
uniform vec3 uLight;
float headlight(vec3 normalV, float ambient) {
  return ambient + (1.0 - ambient) * max(dot(normalize(normalV), uLight), 0.0);
}`;
