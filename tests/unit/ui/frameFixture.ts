import type { Rect } from "../../../src/scene/exportViews";
import type { FrameText, Measure } from "../../../src/ui/exportLayout";

/** Text widths estimated for the layout's tests: half the font size a character. */
export const measure: Measure = (text, size) => text.length * size * 0.5;

/** A comparison frame's words, as long as the shipped ones. */
export const FRAME_TEXT: FrameText = {
  headline: "Two proposals for missile defence in Europe, side by side",
  date: "As of 3 May 2011",
  headings: ["NATO: two separate systems that exchange data", "Russia: one joint system divided into sectors"],
  legend: [
    { text: "NATO responsible", swatches: 1 },
    { text: "Russia responsible", swatches: 1 },
    { text: "Disputed: Russia on one reading, NATO on another", swatches: 1 },
    { text: "Under NATO's proposal: not assigned. Under Russia's proposal: Barents, Baltic and Black seas (shown in Russia's sector): Russia.", swatches: 2 },
  ],
  note: "Illustrative only: shading shows who would be responsible for which area in each proposal as reported in May 2011. It shows no sites, equipment or capabilities, and the report gives no borders for the sectors.",
  source: "Sources: Global Security Newswire, 3 May 2011; RIA Novosti, April 29, as reported by Global Security Newswire.",
  credit: null,
};

/** Whether `inner` lies inside `outer`, to half a pixel. */
export const inside = (inner: Rect, outer: Rect) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.left + inner.width <= outer.left + outer.width + 0.5 && inner.top + inner.height <= outer.top + outer.height + 0.5;
