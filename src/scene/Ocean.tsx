import { useEffect, useMemo } from "react";
import { ShaderMaterial, SphereGeometry } from "three";
import type { ThreeEvent } from "@react-three/fiber";
import { LAYER } from "../data/geography";
import { THEME, rgb } from "../theme";
import { HEADLIGHT, headlightChunk, sphereVertexShader } from "./shaderChunks";

const fragmentShader = /* glsl */ `
uniform vec3 uColour;
varying vec3 vNormalV;
${headlightChunk}
void main() {
  gl_FragColor = vec4(uColour * headlight(vNormalV, 0.78), 1.0);
}`;

interface Props {
  onPointerMove?: (e: ThreeEvent<PointerEvent>) => void;
  onPointerLeave?: () => void;
  onClick?: (e: ThreeEvent<MouseEvent>) => void;
}

/** The ocean sphere, under everything; it also receives the pointer (the globe is picked by lon/lat). */
export function Ocean(props: Props) {
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
    <mesh
      name="ocean"
      geometry={geometry}
      material={material}
      onPointerMove={props.onPointerMove}
      onPointerLeave={props.onPointerLeave}
      onClick={props.onClick}
    />
  );
}
