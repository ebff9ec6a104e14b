import { useEffect, useMemo } from "react";
import { ShaderMaterial, SphereGeometry } from "three";
import { LAYER } from "../data/geography";
import { rgb } from "../theme";
import { HEADLIGHT, headlightChunk, sphereVertexShader } from "./shaderChunks";
import { noRaycast } from "./AreaMesh";

const fragmentShader = /* glsl */ `
uniform vec3 uColour;
varying vec3 vNormalV;
${headlightChunk}
void main() {
  gl_FragColor = vec4(uColour * headlight(vNormalV, 0.78), 1.0);
}`;

const srgb = (hex: string) => rgb(hex).map((v) => v / 255);

/** The ocean sphere, under everything, in `colour` (#rrggbb: the theme's ocean); a new colour recolours it. */
export function Ocean({ colour, invalidate }: { colour: string; invalidate: () => void }) {
  const geometry = useMemo(() => new SphereGeometry(LAYER.ocean, 96, 64), []);
  // The shader writes sRGB values directly, like the land's. Made once, in the first colour; the effect below recolours it.
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { uColour: { value: srgb(colour) }, uLight: { value: HEADLIGHT } },
        vertexShader: sphereVertexShader,
        fragmentShader,
      }),
    [], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => () => {
    geometry.dispose();
    material.dispose();
  }, [geometry, material]);
  useEffect(() => {
    material.uniforms.uColour!.value = srgb(colour);
    invalidate();
  }, [material, colour, invalidate]);
  return (
    <mesh name="ocean" geometry={geometry} material={material} raycast={noRaycast} />
  );
}
