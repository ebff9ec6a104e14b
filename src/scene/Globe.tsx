import type { ThreeEvent } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import type { Mesh } from "three";
import type { Geography } from "../data/geography";
import { areaCentroid } from "../geo/areaCentroid";
import { lonLatToXyz, xyzToLonLat } from "../geo/lonLatToXyz";
import type { LonLat } from "../geo/units";
import { globeLinks } from "../model/globeLinks";
import type { ResolvedModel } from "../model/resolve";
import { AreaMesh } from "./AreaMesh";
import { Atmosphere } from "./Atmosphere";
import { Borders } from "./Borders";
import { CameraRig } from "./CameraRig";
import { Links } from "./Links";
import { Ocean } from "./Ocean";
import { createAreaMaterial } from "./areaMaterial";
import { usePaletteTransition } from "./usePaletteTransition";

export interface HoverInfo {
  /** Palette index of the area under the pointer, or -1 for open ocean. */
  area: number;
  lon: number;
  lat: number;
  clientX: number;
  clientY: number;
}

interface Props {
  geography: Geography;
  resolved: ResolvedModel;
  reducedMotion: boolean;
  onHover: (info: HoverInfo | null) => void;
  /** HTML labels over the scene (off in the scene-graph tests, which have no DOM overlay). */
  showLabels?: boolean;
}

/** The whole scene: ocean, seas, land, borders, halo, links and camera. Switching models changes colours only. */
export function Globe({ geography, resolved, reducedMotion, onHover, showLabels = true }: Props) {
  const transition = usePaletteTransition(resolved, geography.landCount, geography.paletteWidth, reducedMotion);
  const material = useMemo(() => createAreaMaterial(transition.uniforms), [transition]);
  useEffect(() => () => material.dispose(), [material]);
  const ocean = useRef<Mesh>(null!);

  const links = useMemo(() => globeLinks(resolved.model), [resolved.model]);
  const anchors = useMemo(() => partyAnchors(resolved, geography, links.flatMap((l) => [l.fromParty, l.toParty])), [resolved, geography, links]);

  const pick = (e: ThreeEvent<PointerEvent | MouseEvent>) => {
    const [lon, lat] = xyzToLonLat(e.point.x, e.point.y, e.point.z);
    onHover({ area: geography.areas.find(lon, lat), lon, lat, clientX: e.nativeEvent.clientX, clientY: e.nativeEvent.clientY });
  };

  return (
    <>
      <CameraRig view={resolved.model.view} />
      <Ocean ref={ocean} onPointerMove={pick} onClick={pick} onPointerLeave={() => onHover(null)} />
      <AreaMesh name="seas" fill={geography.seas} material={material} />
      <AreaMesh name="land" fill={geography.land} material={material} />
      <Borders geography={geography} date={resolved.date} />
      <Atmosphere />
      <Links links={links} anchors={anchors} parties={resolved.model.parties} occluder={ocean} showLabels={showLabels} />
    </>
  );
}

/** Label point of each party's land, near the part of the globe the model is framed on. */
function partyAnchors(resolved: ResolvedModel, geography: Geography, parties: string[]): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  const { lon, lat } = resolved.model.view;
  const focus = lonLatToXyz(lon, lat, 1);
  for (const party of new Set(parties)) {
    const include = (area: number) => {
      const r = resolved.areaRegion[area] ?? -1;
      return r >= 0 && resolved.regions[r]!.party.id === party && resolved.regions[r]!.certainty === "clear";
    };
    const { positions, indices, area } = geography.land;
    const p = areaCentroid(positions, indices, area, include, focus, 30) ?? areaCentroid(positions, indices, area, include, focus, 180);
    if (p) out.set(party, p);
  }
  return out;
}
