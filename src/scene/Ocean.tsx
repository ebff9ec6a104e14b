import { useEffect, useMemo } from "react";
import { ShaderMaterial, SphereGeometry } from "three";
import { LAYER } from "../data/geography";
import { THEME, rgb } from "../theme";
import { HEADLIGHT, headlightChunk, sphereVertexShader } from "./shaderChunks";
import { noRaycast } from "./AreaMesh";

const fragmentShader = /* glsl */ `
uniform vec3 uColour;
varying vec3 vNormalV;
${headlightChunk}
void main() {
  gl_FragColor = vec4(uColour * headlight(vNormalV, 0.78), 1.0);
}`;

/** The ocean sphere, under everything. */
export function Ocean() {
  const geometry = useMemo(() => new SphereGeometry(LAYER.ocean, 96, 64), []);
  // The shader writes sRGB values directly, like the land's.
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { uColour: { value: rgb(THEME.ocean).map((v) => v / 255) }, uLight: { value: HEADLIGHT } },
        vertexShader: sphereVertexShader,
        fragmentShader,
      }),
    [],
  );
  useEffect(() => () => {
    geometry.dispose();
    material.dispose();
  }, [geometry, material]);
  return (
    <mesh name="ocean" geometry={geometry} material={material} raycast={noRaycast} />
  );
}
