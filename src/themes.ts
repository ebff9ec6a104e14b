import type { Theme } from "./theme";

/**
 * The light scheme: the app's colours since its start. Party colours are taken from the Okabe–Ito set
 * (distinguishable with the common forms of colour blindness); tests/unit/theme/colourBlind.test.ts measures them.
 */
export const LIGHT: Theme = {
  scheme: "light",
  background: "#eef1f4",
  ocean: "#b9c9d6",
  land: "#e4e0d6",
  border: "#4a525c",
  coast: "#8a98a6",
  atmosphere: [0.55, 0.7, 0.85],
  link: "#1d2630",
  muted: "#44505c",
  outline: "#1d2630",
  occupied: "#6b6f76",
  parties: { blue: "#2a78c2", orange: "#e69f00", purple: "#b7659a", green: "#009e73" },
  panel: "rgba(255,255,255,0.92)",
  frameLine: "#c3ccd5",
  swatchEdge: "rgba(0,0,0,0.3)",
  inset: { fill: "rgba(255,255,255,0.94)", stroke: "#d5dbe1", paper: "#ffffff" },
  labels: {
    country: { size: 12, weight: 600, italic: false, colour: "#26303a", letterSpacing: 0.02 },
    sea: { size: 12.5, weight: 400, italic: true, colour: "#3d6480", letterSpacing: 0.04 },
    party: { size: 12.5, weight: 600, italic: false, colour: "#1d2630", letterSpacing: 0 },
    halo: "rgba(255, 255, 255, 0.9)",
    haloWidth: 2.5,
    chip: "rgba(255,255,255,0.92)",
    chipLine: "#c9d1d9",
  },
  seaHatch: 0.3,
  seaTint: 0.27,
  fadedStrength: 0.3,
};

/**
 * The dark scheme, for a dark page: a deep blue-grey ocean, neutral land a mid dark grey, borders lighter than the
 * land, names light with a dark halo. Blue, purple and green are lighter than the light scheme's, so that they stand
 * apart from the dark land and ocean; a sea's hatch lines are thinner, since bright lines over a dark ocean weigh
 * more. The colour test checks both schemes by the same rules.
 */
export const DARK: Theme = {
  scheme: "dark",
  background: "#11161c",
  ocean: "#1e3447",
  land: "#4e535b",
  border: "#a3adb8",
  coast: "#6f8599",
  atmosphere: [0.2, 0.32, 0.48],
  link: "#e3e8ee",
  muted: "#a4afba",
  outline: "#f4f7fa",
  occupied: "#202429",
  parties: { blue: "#4a94db", orange: "#e69f00", purple: "#c77cab", green: "#1fb386" },
  panel: "rgba(24,31,39,0.92)",
  frameLine: "#3a4552",
  swatchEdge: "rgba(255,255,255,0.35)",
  inset: { fill: "rgba(24,31,39,0.94)", stroke: "#3a4552", paper: "#181f27" },
  labels: {
    country: { ...LIGHT.labels.country, colour: "#e1e7ed" },
    sea: { ...LIGHT.labels.sea, colour: "#8fbadb" },
    party: { ...LIGHT.labels.party, colour: "#e3e8ee" },
    halo: "rgba(17, 22, 28, 0.9)",
    haloWidth: 2.5,
    chip: "rgba(24,31,39,0.92)",
    chipLine: "#46515d",
  },
  seaHatch: 0.15,
  seaTint: 0.27,
  fadedStrength: 0.3,
};
