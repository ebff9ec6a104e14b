/**
 * About how wide a line of text is in the app's type (IBM Plex Sans), in pixels at `size` pixels, where it cannot be
 * measured (the SVG globe and its download are made without a layout). Letters are counted by their usual widths:
 * narrow (i, l, punctuation), wide (m, w, capitals, most Cyrillic capitals), and the rest.
 */
export function estimateTextWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.26;
    else if (/[ilIjt.,'’:;|!()\-]/.test(ch)) em += 0.3;
    else if (/[mwMWШЩЖМЮшщжмю]/.test(ch)) em += 0.85;
    else if (/[A-ZА-ЯЁ]/.test(ch)) em += 0.66;
    else em += 0.55;
  }
  return em * size * (bold ? 1.04 : 1);
}
