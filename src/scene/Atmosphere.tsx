import { useEffect, useMemo } from "react";
import { AdditiveBlending, BackSide, ShaderMaterial, SphereGeometry } from "three";
import { noRaycast } from "./AreaMesh";
import { sphereVertexShader } from "./shaderChunks";

const fragmentShader = /* glsl */ `
uniform vec3 uColour;
varying vec3 vNormalV;
void main() {
  float rim = pow(clamp(0.62 + dot(vNormalV, vec3(0.0, 0.0, 1.0)), 0.0, 1.0), 3.0);
  gl_FragColor = vec4(uColour * rim, rim);
}`;

/** A faint halo around the globe's edge, in `colour` ([r, g, b] in 0–1: the theme's atmosphere); a new colour recolours it. */
export function Atmosphere({ colour, invalidate }: { colour: readonly [number, number, number]; invalidate: () => void }) {
  const geometry = useMemo(() => new SphereGeometry(1.12, 64, 32), []);
  // Made once, in the first colour; the effect below recolours it.
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { uColour: { value: [...colour] } },
        vertexShader: sphereVertexShader,
        fragmentShader,
        side: BackSide,
        transparent: true,
        blending: AdditiveBlending,
        depthWrite: false,
      }),
    [], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => () => {
    geometry.dispose();
    material.dispose();
  }, [geometry, material]);
  const [r, g, b] = colour;
  useEffect(() => {
    material.uniforms.uColour!.value = [r, g, b];
    invalidate();
  }, [material, r, g, b, invalidate]);
  return <mesh name="atmosphere" geometry={geometry} material={material} raycast={noRaycast} />;
}
