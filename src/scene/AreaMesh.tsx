import { useEffect, useMemo } from "react";
import { BufferAttribute, BufferGeometry, type Material } from "three";
import type { FillGeometry } from "../geo/expandFill";

/** One mesh for many areas (all land, or all seas); colours come from the shared palette material. */
export function AreaMesh({ fill, material, name }: { fill: FillGeometry; material: Material; name: string }) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute("position", new BufferAttribute(fill.positions, 3));
    g.setAttribute("aArea", new BufferAttribute(fill.area, 1));
    g.setIndex(new BufferAttribute(fill.indices, 1));
    g.computeBoundingSphere();
    return g;
  }, [fill]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh name={name} geometry={geometry} material={material} raycast={noRaycast} />;
}

/** Land and seas are picked by lon/lat from the ocean sphere, not by raycasting their triangles. */
export function noRaycast(): void {}
