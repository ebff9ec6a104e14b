import { useMemo } from "react";
import { chooseLabels, type Projected } from "../screen/chooseLabels";
import type { GlobeLabel } from "../screen/globeLabels";
import type { Box, Disc } from "../screen/labelPlacement";
import { estimateTextWidth } from "../screen/textWidth";
import type { Vec3 } from "../geo/units";
import type { LabelStyle, Theme } from "../theme";

interface Props {
  labels: readonly GlobeLabel[];
  project: (at: Readonly<Vec3>, out: Projected) => Projected;
  disc: Disc;
  pxPerRadian: number;
  /** ViewBox units per CSS pixel: names are the same size on screen as over the 3D globe. */
  unit: number;
  /** The viewBox's size. */
  width: number;
  height: number;
  keepOut: readonly Box[];
  /** The colours of the names (and of a party's swatch). */
  theme: Theme;
}

const PAD = 8;
const SWATCH = 10;

/** The size of a name's box in viewBox units, as the 3D globe's overlay lays it out. */
function measure(style: LabelStyle, label: GlobeLabel, unit: number) {
  const s = style[label.kind];
  const text = estimateTextWidth(label.text, s.size, s.weight >= 600) + s.letterSpacing * s.size * label.text.length;
  const width = (label.kind === "party" ? text + PAD * 2 + SWATCH + 5 : text) * unit;
  return { width, height: (s.size * 1.25 + (label.kind === "party" ? 4 : 0)) * unit };
}

/** The globe's names on the SVG globe and in SVG downloads: placed by the same rules as on the 3D globe (screen/chooseLabels). */
export function SvgLabels({ labels, project, disc, pxPerRadian, unit, width, height, keepOut, theme }: Props) {
  const style = theme.labels;
  const placed = useMemo(
    () => chooseLabels({ labels, project, pxPerRadian, measure: (l) => measure(style, l, unit), area: { width, height, disc, keepOut, gap: 3 * unit } }),
    [labels, project, pxPerRadian, unit, width, height, disc, keepOut, style],
  );
  return (
    <g className="svg-globe__labels" aria-hidden="true" fontFamily="IBM Plex Sans, sans-serif">
      {placed.map(({ label, box }) => {
        const s = style[label.kind];
        const y = box.top + box.height / 2;
        const type = { fontSize: s.size * unit, fontWeight: s.weight, fontStyle: s.italic ? "italic" : undefined, letterSpacing: s.letterSpacing * s.size * unit };
        if (label.kind === "party")
          return (
            <g key={label.id} data-label={label.id}>
              <rect x={box.left} y={box.top} width={box.width} height={box.height} rx={box.height / 2} fill={style.chip} stroke={style.chipLine} strokeWidth={unit} />
              {label.colour && <rect x={box.left + PAD * unit} y={y - (SWATCH / 2) * unit} width={SWATCH * unit} height={SWATCH * unit} fill={theme.parties[label.colour]} />}
              <text x={box.left + (PAD + SWATCH + 5) * unit} y={y} dominantBaseline="central" fill={s.colour} {...type}>
                {label.text}
              </text>
            </g>
          );
        return (
          <text
            key={label.id}
            data-label={label.id}
            x={box.left}
            y={y}
            dominantBaseline="central"
            fill={s.colour}
            stroke={style.halo}
            strokeWidth={style.haloWidth * unit}
            strokeLinejoin="round"
            paintOrder="stroke"
            {...type}
          >
            {label.text}
          </text>
        );
      })}
    </g>
  );
}
