import { formatPath } from "./problem";

/**
 * Limits that no real model, briefing or context file comes near (the shipped ones: 30 KB, 6 levels deep,
 * strings under 2,000 characters, lists under 40 items), checked on the text before anything recursive or
 * expensive runs on it, so that no file an author can save hangs or crashes the page or the validator.
 */
export const LIMITS = {
  /** Characters in a file. */
  fileChars: 1_000_000,
  /** Levels of nested lists and objects. */
  depth: 32,
  /** Characters in one string, as written in the file. */
  stringChars: 20_000,
  /** Items in one list, or fields in one object. */
  items: 2_000,
  /** Problems reported for one file; the rest are counted. */
  problems: 50,
} as const;

const n = (x: number) => x.toLocaleString("en");
const TOO_DEEP = `lists and objects nested more than ${n(LIMITS.depth)} levels deep`;
const tooLong = (key: boolean) => `${key ? "a field name" : "a text"} of more than ${n(LIMITS.stringChars)} characters`;
const tooMany = (kind: "object" | "array") => (kind === "array" ? `a list of more than ${n(LIMITS.items)} items` : `an object with more than ${n(LIMITS.items)} fields`);

/**
 * The same limits on a value that did not come from text (depth, string length, items), in document order,
 * with the same messages and paths as scanJsonText gives for its text; an empty list when the value is within them.
 */
export function checkValueLimits(value: unknown): { path: string; message: string }[] {
  const stack: [unknown, PropertyKey[], number][] = [[value, [], 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (v.length > LIMITS.stringChars) return [{ path: reportablePath(at), message: tooLong(false) }];
    } else if (v && typeof v === "object") {
      if (depth >= LIMITS.depth) return [{ path: reportablePath(at), message: TOO_DEEP }];
      const keys: PropertyKey[] = Array.isArray(v) ? Array.from({ length: v.length }, (_, i) => i) : Object.keys(v);
      if (keys.length > LIMITS.items) return [{ path: reportablePath(at), message: tooMany(Array.isArray(v) ? "array" : "object") }];
      for (const k of keys) if (typeof k === "string" && k.length > LIMITS.stringChars) return [{ path: reportablePath(at), message: tooLong(true) }];
      for (let i = keys.length - 1; i >= 0; i--) stack.push([(v as Record<PropertyKey, unknown>)[keys[i]!], [...at, keys[i]!], depth + 1]);
    }
  }
  return [];
}

/**
 * A path as messages write it, cut before the first field name that is not a plain name (a file's own field
 * names always are): the problem is then reported at the object that holds the odd field.
 */
export function reportablePath(parts: readonly PropertyKey[]): string {
  const cut = parts.findIndex((p) => typeof p !== "number" && !/^[A-Za-z_$][\w$]*$/.test(String(p)));
  return formatPath(cut < 0 ? parts : parts.slice(0, cut));
}

/** A problem found in the text itself, at a path of the JSON value (formatPath's form) and a line. */
export interface TextProblem {
  path: string;
  message: string;
  /** True when the file cannot safely be read any further (too large, too deep, too long). */
  fatal: boolean;
}

interface Frame {
  kind: "object" | "array";
  /** Object: the fields seen so far and the line of each; array: unused. */
  keys: Map<string, number>;
  /** Array: the index of the current item; object: the number of fields. */
  count: number;
  /** Object: the field whose value comes next (or is being read). */
  key: string | undefined;
  /** Object: the next string is a field name. */
  expectKey: boolean;
}

/**
 * Scans JSON text without recursion: the file's size, the nesting depth, the length of each string, the
 * number of items in each list and object, and fields written twice in one object (JSON.parse keeps the last,
 * silently). Stops at the first limit passed; duplicate fields are all reported. Text that is not JSON is
 * scanned as far as it goes: its syntax is reported elsewhere.
 */
export function scanJsonText(text: string): TextProblem[] {
  if (text.length > LIMITS.fileChars) {
    return [{ path: "(top level)", message: `the file has ${text.length.toLocaleString("en")} characters, more than the ${LIMITS.fileChars.toLocaleString("en")} a file may have`, fatal: true }];
  }
  const problems: TextProblem[] = [];
  const stack: Frame[] = [];
  let line = 1;
  const path = (extra?: PropertyKey) => {
    const parts: PropertyKey[] = [];
    for (const f of stack) {
      if (f.kind === "array") parts.push(f.count);
      else if (f.key !== undefined) parts.push(f.key);
    }
    if (extra !== undefined) parts.push(extra);
    return reportablePath(parts);
  };
  const fatal = (message: string, at = path()): TextProblem[] => [...problems, { path: at, message, fatal: true }];
  /** The path of the innermost list or object itself (not of its current item). */
  const containerPath = () => {
    const top = stack.pop()!;
    const at = path();
    stack.push(top);
    return at;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") line++;
    else if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === "\\") i++;
        else if (text[i] === "\n") line++;
      }
      const length = i - start - 1;
      const top = stack[stack.length - 1];
      if (length > LIMITS.stringChars) {
        const key = top?.kind === "object" && top.expectKey;
        return fatal(tooLong(key), key ? containerPath() : path());
      }
      if (top?.kind === "object" && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(start, i + 1)) as string;
        } catch {
          continue; // not a valid string: the syntax check says so
        }
        const first = top.keys.get(key);
        if (first !== undefined) {
          top.key = key;
          problems.push({ path: path(), message: `field "${key}" is written twice in the same object (lines ${first} and ${line}); JSON keeps only the last, so write it once`, fatal: false });
        } else top.keys.set(key, line);
        top.key = key;
        top.expectKey = false;
      }
    } else if (ch === "{" || ch === "[") {
      if (stack.length >= LIMITS.depth) return fatal(TOO_DEEP);
      stack.push({ kind: ch === "{" ? "object" : "array", keys: new Map(), count: 0, key: undefined, expectKey: ch === "{" });
    } else if (ch === "}" || ch === "]") {
      stack.pop();
    } else if (ch === ",") {
      const top = stack[stack.length - 1];
      if (!top) continue;
      top.count++;
      if (top.count >= LIMITS.items) return fatal(tooMany(top.kind), containerPath());
      if (top.kind === "object") top.expectKey = true;
    }
  }
  return problems;
}

/** Characters that have no place in a text shown to readers, with what they are. */
const UNCLEAN: [RegExp, string][] = [
  [/\uFFFD/, "a replacement character (U+FFFD): the file is not valid UTF-8, or was damaged"],
  [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, "a lone surrogate: not a character"],
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/, "a control character"],
  [/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/, "a bidirectional control character, which can make text read differently from how it is stored"],
];

/**
 * Operational content that the format has no field for, written into free text: coordinates, distances and
 * counts of weapons systems. Flagged with the path, so that a reviewer sees it.
 */
const OPERATIONAL: [RegExp, string][] = [
  [/\b\d{1,3}(?:[.,]\d+)?\s*°\s*[NSEWnsew]?|\b\d{1,3}(?:\.\d+)\s*[NSEW]\b|\b\d{1,2}[.,]\d+\s*[NSEW]\s*,?\s*\d{1,3}[.,]\d+\s*[NSEW]\b/, "coordinates"],
  [/\b\d[\d,. ]*\s*(?:km|kilomet(?:er|re)s?|miles?|nmi|nautical miles?|км|километр\p{L}*|мил[ьяие]\p{L}*)(?![\p{L}])/iu, "a distance"],
  [/\b(?:range|radius)_?km\b|\bmax_?range\b/i, "a range"],
  [/\b\d+\s+(?:interceptors?|radars?|launchers?|batter(?:y|ies)|missiles?|warheads?|противоракет\p{L}*|радар\p{L}*|пусков\p{L}*|ракет\p{L}*|боеголов\p{L}*)/iu, "a count of weapons or sensors"],
];

/**
 * Problems in the strings of a parsed file (which scanJsonText has checked for depth and size): characters
 * that are not clean text, and operational content in free text. One message per string and kind.
 */
export function checkStrings(value: unknown): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const stack: [unknown, PropertyKey[]][] = [[value, []]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === "string") {
      for (const [pattern, what] of UNCLEAN) if (pattern.test(v)) out.push({ path: reportablePath(at), message: `the text contains ${what}` });
      for (const [pattern, what] of OPERATIONAL) {
        const m = pattern.exec(v);
        if (m) out.push({ path: reportablePath(at), message: `the text gives ${what} ("${m[0].trim()}"): the app shows who would be responsible, never sites, ranges or numbers of systems` });
      }
    } else if (v && typeof v === "object") {
      const keys: PropertyKey[] = Array.isArray(v) ? Array.from({ length: v.length }, (_, i) => i) : Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (typeof k === "string") for (const [pattern, what] of UNCLEAN) if (pattern.test(k)) out.push({ path: reportablePath(at), message: `a field name contains ${what}` });
        stack.push([(v as Record<PropertyKey, unknown>)[k], [...at, k]]);
      }
    }
  }
  return out;
}

/** At most LIMITS.problems messages, then one that counts the rest. */
export function capProblems(file: string, errors: readonly string[]): string[] {
  if (errors.length <= LIMITS.problems) return [...errors];
  return [...errors.slice(0, LIMITS.problems), `${file}: … and ${errors.length - LIMITS.problems} more problems (the first ${LIMITS.problems} are shown)`];
}
