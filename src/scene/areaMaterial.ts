import { ShaderMaterial, type DataTexture, type IUniform, type Vector3 } from "three";
import { SEA_HATCH_PERIOD } from "../theme";
import { headlightChunk } from "./shaderChunks";

export interface AreaUniforms {
  [name: string]: IUniform;
  uFrom: IUniform<DataTexture>;
  uTo: IUniform<DataTexture>;
  uMix: IUniform<number>;
  uWidth: IUniform<number>;
  uHatchScale: IUniform<number>;
  uLight: IUniform<Vector3>;
}

const vertexShader = /* glsl */ `
attribute float aArea;
varying float vArea;
varying vec3 vNormalV;
void main() {
  vArea = aArea;
  vNormalV = normalize(normalMatrix * normalize(position));
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

// Colours are sRGB bytes from the palette texture and are written out as they are.
const fragmentShader = /* glsl */ `
uniform sampler2D uFrom;
uniform sampler2D uTo;
uniform float uMix;
uniform float uWidth;
uniform float uHatchScale;
varying float vArea;
varying vec3 vNormalV;
${headlightChunk}
// Land: half-and-half diagonal stripes of the two colours. Seas (row 0's alpha below 1, the share of lines): thin
// level lines of row 1's colour over row 0's, the usual mark of water.
vec3 paletteColour(sampler2D tex, float u) {
  vec4 a = texture2D(tex, vec2(u, 0.25));
  vec3 b = texture2D(tex, vec2(u, 0.75)).rgb;
  float sea = step(a.a, 0.99);
  float period = mix(12.0, ${SEA_HATCH_PERIOD.toFixed(1)}, sea) * uHatchScale;
  float t = fract((gl_FragCoord.x * (1.0 - sea) + gl_FragCoord.y) / period);
  return mix(a.rgb, b, step(1.0 - mix(0.5, a.a, sea), t));
}
void main() {
  float u = (floor(vArea + 0.5) + 0.5) / uWidth;
  vec3 c = mix(paletteColour(uFrom, u), paletteColour(uTo, u), uMix);
  gl_FragColor = vec4(c * headlight(vNormalV, 0.8), 1.0);
}`;

/** The one material of land and seas: colour from two palette textures, blended by uMix. */
export function createAreaMaterial(uniforms: AreaUniforms): ShaderMaterial {
  return new ShaderMaterial({ uniforms, vertexShader, fragmentShader });
}
