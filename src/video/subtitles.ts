import type { Timeline } from "./timeline";

/** A subtitle: its text (at most two lines) and when it shows, in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** The step it belongs to, from 0. */
  step: number;
}

/** Subtitle guidelines' line length: two lines of this many characters at most. */
export const LINE_CHARS = 42;
export const CUE_CHARS = LINE_CHARS * 2;

/**
 * Splits text at spaces into the fewest parts of at most `max` characters, the longest part as short as can be (a word
 * longer than `max` stands alone).
 */
function evenParts(text: string, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  // A word longer than a part (an address, say) stands alone, and the words around it are split on their own.
  const long = words.findIndex((w) => w.length > max);
  if (long >= 0) {
    const before = words.slice(0, long).join(" ");
    const after = words.slice(long + 1).join(" ");
    return [...(before ? evenParts(before, max) : []), words[long]!, ...(after ? evenParts(after, max) : [])];
  }
  const n = words.length;
  // at[i]: characters before word i, a space after each word.
  const at = [0];
  for (const w of words) at.push(at[at.length - 1]! + w.length + 1);
  const len = (i: number, j: number) => at[j]! - at[i]! - 1;
  for (let count = Math.max(1, Math.ceil(text.length / max)); count <= n; count++) {
    // worst[k][j]: the longest part when words 0..j-1 make k parts; from[k][j]: where the last of them starts.
    const worst = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
    worst[0]![0] = 0;
    for (let k = 1; k <= count; k++)
      for (let j = 1; j <= n; j++)
        for (let i = k - 1; i < j; i++) {
          const w = Math.max(worst[k - 1]![i]!, len(i, j));
          if (w < worst[k]![j]!) {
            worst[k]![j] = w;
            from[k]![j] = i;
          }
        }
    if (worst[count]![n]! <= max || count === n) {
      const parts: string[] = [];
      for (let k = count, j = n; k > 0; j = from[k]![j]!, k--) parts.unshift(words.slice(from[k]![j]!, j).join(" "));
      return parts;
    }
  }
  return [text];
}

/** Abbreviations a sentence does not end at: initials ("U.S.", "A. Antonov"), titles ("Lt.", "Gen."). */
const ABBREVIATION = /(?:^|\s)(?:(?:[A-ZА-ЯЁ]\.)+|Lt\.|Gen\.|Col\.|Maj\.|Adm\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|ген\.|г\.)$/;

/** A text's sentences: broken after . ! ? or … (and a closing quotation mark) before a capital or an opening mark. */
export function splitSentences(text: string): string[] {
  const pieces = text.replace(/\s+/g, " ").trim().split(/(?<=[.!?…]["»”’)]?)\s+(?=[A-ZА-ЯЁ«"“(])/u);
  const out: string[] = [];
  for (const p of pieces) {
    if (out.length && ABBREVIATION.test(out[out.length - 1]!)) out[out.length - 1] += ` ${p}`;
    else out.push(p);
  }
  return out.filter(Boolean);
}

/**
 * A caption cut into subtitles of at most CUE_CHARS characters: whole sentences where they fit (short ones together),
 * a long sentence in even parts at spaces.
 */
export function captionCues(caption: string): string[] {
  const sentences = splitSentences(caption);
  const cues: string[] = [];
  let cue = "";
  for (const raw of sentences.map((s) => s.trim()).filter(Boolean)) {
    const parts = raw.length > CUE_CHARS ? evenParts(raw, CUE_CHARS) : [raw];
    for (const p of parts) {
      const next = cue ? `${cue} ${p}` : p;
      if (next.length <= CUE_CHARS && parts.length === 1) cue = next;
      else {
        if (cue) cues.push(cue);
        cue = p;
      }
    }
  }
  if (cue) cues.push(cue);
  return cues;
}

/** A cue's text in at most two lines, broken at the space nearest the middle when it is longer than a line. */
export function cueLines(text: string): string[] {
  if (text.length <= LINE_CHARS) return [text];
  let best = -1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/** Each step's caption as cues over the step's time, each shown for a share of it as long as its share of the text. */
export function timedCues(timeline: Timeline, captions: readonly string[]): Cue[] {
  const out: Cue[] = [];
  timeline.steps.forEach((s, step) => {
    const texts = captionCues(captions[step] ?? "");
    const total = texts.reduce((n, t) => n + t.length, 0);
    let at = s.start;
    texts.forEach((text, i) => {
      const end = i === texts.length - 1 ? s.end : at + ((s.end - s.start) * text.length) / total;
      out.push({ start: at, end, text, step });
      at = end;
    });
  });
  return out;
}

/** The cue showing at a moment, or null. */
export function cueAt(cues: readonly Cue[], time: number): Cue | null {
  return cues.find((c) => time >= c.start - 1e-9 && time < c.end - 1e-9) ?? null;
}

function stamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** A WebVTT file of the cues, each in at most two lines (the characters WebVTT reserves written as entities). */
export function webVtt(cues: readonly Cue[]): string {
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = cues.map((c, i) => `${i + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${cueLines(c.text).map(esc).join("\n")}\n`);
  return `WEBVTT\n\n${body.join("\n")}`;
}
