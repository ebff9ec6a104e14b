import type { Box } from "../screen/labelPlacement";

/**
 * Boxes of the overlays over a frame (elements marked `data-keep-out` in the frame's stage: title, legend, note,
 * caption, headings, inset), in the frame's pixels, scaled by `unit` (viewBox units per pixel for an SVG frame).
 */
export function keepOutBoxes(frame: Element, unit = 1): Box[] {
  const root = frame.closest(".stage") ?? frame.parentElement ?? frame;
  const f = frame.getBoundingClientRect();
  const out: Box[] = [];
  for (const el of root.querySelectorAll<HTMLElement>("[data-keep-out]")) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.right > f.left && r.left < f.right && r.bottom > f.top && r.top < f.bottom)
      out.push({ left: (r.left - f.left) * unit, top: (r.top - f.top) * unit, width: r.width * unit, height: r.height * unit });
  }
  return out;
}
