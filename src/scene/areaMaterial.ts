import { ShaderMaterial, type DataTexture, type IUniform, type Vector3 } from "three";
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
vec3 paletteColour(sampler2D tex, float u, float stripe) {
  vec3 a = texture2D(tex, vec2(u, 0.25)).rgb;
  vec3 b = texture2D(tex, vec2(u, 0.75)).rgb;
  return mix(a, b, stripe);
}
void main() {
  float u = (floor(vArea + 0.5) + 0.5) / uWidth;
  float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / (12.0 * uHatchScale)));
  vec3 c = mix(paletteColour(uFrom, u, stripe), paletteColour(uTo, u, stripe), uMix);
  gl_FragColor = vec4(c * headlight(vNormalV, 0.8), 1.0);
}`;

/** The one material of land and seas: colour from two palette textures, blended by uMix. */
export function createAreaMaterial(uniforms: AreaUniforms): ShaderMaterial {
  return new ShaderMaterial({ uniforms, vertexShader, fragmentShader });
}
