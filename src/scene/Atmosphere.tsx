import { useEffect, useMemo } from "react";
import { AdditiveBlending, BackSide, ShaderMaterial, SphereGeometry } from "three";
import { noRaycast } from "./AreaMesh";
import { sphereVertexShader } from "./shaderChunks";

const fragmentShader = /* glsl */ `
varying vec3 vNormalV;
void main() {
  float rim = pow(clamp(0.62 + dot(vNormalV, vec3(0.0, 0.0, 1.0)), 0.0, 1.0), 3.0);
  gl_FragColor = vec4(vec3(0.55, 0.7, 0.85) * rim, rim);
}`;

/** A faint halo around the globe's edge. */
export function Atmosphere() {
  const geometry = useMemo(() => new SphereGeometry(1.12, 64, 32), []);
  const material = useMemo(
    () => new ShaderMaterial({ vertexShader: sphereVertexShader, fragmentShader, side: BackSide, transparent: true, blending: AdditiveBlending, depthWrite: false }),
    [],
  );
  useEffect(() => () => {
    geometry.dispose();
    material.dispose();
  }, [geometry, material]);
  return <mesh name="atmosphere" geometry={geometry} material={material} raycast={noRaycast} />;
}
