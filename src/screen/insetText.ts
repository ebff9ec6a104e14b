import { wrap } from "../i18n/wrapText";

/**
 * The width of a character, in ems, that the inset's layout assumes: wider than IBM Plex Sans's average Latin or
 * Cyrillic letter (about 0.53 em regular), so that a line laid out by this estimate fits when drawn.
 */
const CHAR_EM = 0.58;
/** The same for semibold text (headings). */
const CHAR_EM_BOLD = 0.62;

/** The estimated width of a line of text at a font size (in the same units as the size). */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? CHAR_EM_BOLD : CHAR_EM);
}

/** How many characters fit in a width at a font size, by the estimate above (at least 1). */
export function charsIn(width: number, size: number, bold = false): number {
  // The small allowance keeps a width worked out from the estimate itself from losing a character to rounding.
  return Math.max(1, Math.floor(width / (size * (bold ? CHAR_EM_BOLD : CHAR_EM)) + 1e-9));
}

/**
 * Text wrapped to a width at a font size: broken at spaces, and a word longer than a line broken with a hyphen,
 * so that every line fits the width by the estimate.
 */
export function fitLines(text: string, width: number, size: number, bold = false): string[] {
  const max = charsIn(width, size, bold);
  return wrap(text, max).flatMap((line) => {
    if (line.length <= max) return [line];
    const pieces: string[] = [];
    const step = Math.max(1, max - 1);
    for (let i = 0; i < line.length; i += step) pieces.push(i + step < line.length ? `${line.slice(i, i + step)}-` : line.slice(i));
    return pieces;
  });
}

/**
 * A very short form of a text on one line: its first words up to `cap` characters (and no wider than the width),
 * with "…" where words are left out; a first word too long for that is cut.
 */
export function shortText(text: string, width: number, size: number, cap: number): string {
  const max = Math.min(cap, charsIn(width, size));
  if (text.length <= max) return text;
  let out = "";
  for (const word of text.split(/\s+/)) {
    const next = out ? `${out} ${word}` : word;
    if (next.length + 1 > max) break;
    out = next;
  }
  // Not ending on a short word ("Exchange data on…"), a dash or a comma.
  let words = out.split(" ");
  while (words.length > 1 && words[words.length - 1]!.replace(/[^\p{L}\p{N}]/gu, "").length <= 2) words = words.slice(0, -1);
  out = words.join(" ").replace(/[,:;.\s—–-]+$/u, "");
  return out ? `${out}…` : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * What tells each of some labels apart: each label without the words that begin or end all of them
 * ("Joint data processing centre", "Joint fire control centre" → "Data processing", "Fire control"), its first
 * letter upper-case. A single label, or labels with nothing in common, are given back as they are.
 */
export function distinguishing(labels: readonly string[]): string[] {
  if (labels.length < 2) return [...labels];
  const words = labels.map((l) => l.split(/\s+/));
  const shortest = Math.min(...words.map((w) => w.length));
  let head = 0;
  while (head < shortest - 1 && words.every((w) => w[head]!.toLowerCase() === words[0]![head]!.toLowerCase())) head++;
  let tail = 0;
  while (tail < shortest - 1 - head && words.every((w) => w[w.length - 1 - tail]!.toLowerCase() === words[0]![words[0]!.length - 1 - tail]!.toLowerCase())) tail++;
  return words.map((w) => {
    const rest = w.slice(head, w.length - tail).join(" ");
    return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
  });
}
