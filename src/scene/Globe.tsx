import type { ThreeEvent } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import type { Geography } from "../data/geography";
import { xyzToLonLat } from "../geo/lonLatToXyz";
import type { ResolvedModel } from "../model/resolve";
import { AreaMesh } from "./AreaMesh";
import { Atmosphere } from "./Atmosphere";
import { Borders } from "./Borders";
import { CameraRig, type CameraView } from "./CameraRig";
import { Links } from "./Links";
import { Ocean } from "./Ocean";
import { ScreenLabels, type LabelElements } from "./ScreenLabels";
import { createAreaMaterial } from "./areaMaterial";
import type { GlobeLinkLayout } from "./globeLinkLayout";
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
  links: GlobeLinkLayout;
  labelElements: LabelElements;
  reducedMotion: boolean;
  /** Camera framing; the model's own view when not given. */
  view?: CameraView;
  onHover: (info: HoverInfo | null) => void;
}

/** The whole scene: ocean, seas, land, borders, halo, links and camera. Switching models changes colours only. */
export function Globe({ geography, resolved, links, labelElements, reducedMotion, view, onHover }: Props) {
  const transition = usePaletteTransition(resolved, geography.landCount, geography.paletteWidth, reducedMotion);
  const material = useMemo(() => createAreaMaterial(transition.uniforms), [transition]);
  useEffect(() => () => material.dispose(), [material]);

  const pick = (e: ThreeEvent<PointerEvent | MouseEvent>) => {
    const [lon, lat] = xyzToLonLat(e.point.x, e.point.y, e.point.z);
    onHover({ area: geography.areas.find(lon, lat), lon, lat, clientX: e.nativeEvent.clientX, clientY: e.nativeEvent.clientY });
  };

  return (
    <>
      <CameraRig view={view ?? resolved.model.view} reducedMotion={reducedMotion} />
      <Ocean onPointerMove={pick} onClick={pick} onPointerLeave={() => onHover(null)} />
      <AreaMesh name="seas" fill={geography.seas} material={material} />
      <AreaMesh name="land" fill={geography.land} material={material} />
      <Borders geography={geography} date={resolved.date} />
      <Atmosphere />
      <Links layout={links} />
      <ScreenLabels labels={links.labels} elements={labelElements} />
    </>
  );
}
