import { isVideoFormat, type VideoFormatId } from "../video/formats";

/** What `npm run video` was asked for. */
export interface VideoArgs {
  brief: string;
  format: VideoFormatId;
  lang: "en" | "ru";
  fps: number;
  steps?: [number, number];
  burnIn: boolean;
  codec?: "avc" | "vp9";
  theme: "light" | "dark";
  /** Cuts between steps instead of flights and blends, as for a reader who asks for reduced motion. */
  reducedMotion: boolean;
  out: string;
  dist: string;
}

export const VIDEO_USAGE = `Usage: npm run video -- --brief <id> [--format 16:9|1:1|4:5|9:16] [--lang en|ru] [--fps 30]
                      [--steps 2-4] [--burn-in] [--reduced-motion] [--codec avc|vp9] [--theme light|dark]
                      [--out videos] [--dist dist]
Renders the briefing's video in the built app (headless Chromium) and writes it with its WebVTT subtitles.`;

/** A flag's value when it is one of `allowed`; else an error naming the flag, what it takes (`said`) and the value. */
function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[], said: string): T {
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`${flag} must be ${said}, not "${v}"`);
  return v as T;
}

/** Reads the command's arguments; throws a message naming the argument for anything it cannot use. */
export function parseVideoArgs(argv: readonly string[]): VideoArgs {
  const args: VideoArgs = { brief: "", format: "16:9", lang: "en", fps: 30, burnIn: false, theme: "light", reducedMotion: false, out: "videos", dist: "dist" };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--brief":
        args.brief = value();
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(args.brief)) throw new Error(`--brief: "${args.brief}" is not a briefing id (lower-case letters and digits joined by hyphens)`);
        break;
      case "--format": {
        const v = value();
        if (!isVideoFormat(v)) throw new Error(`--format must be 16:9, 1:1, 4:5 or 9:16, not "${v}"`);
        args.format = v;
        break;
      }
      case "--lang":
        args.lang = oneOf(flag, value(), ["en", "ru"] as const, "en or ru");
        break;
      case "--fps": {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > 60) throw new Error(`--fps must be a whole number from 1 to 60, not "${v}"`);
        args.fps = n;
        break;
      }
      case "--steps": {
        const v = value();
        const m = /^(\d+)(?:-(\d+))?$/.exec(v);
        if (!m || Number(m[1]) < 1 || Number(m[2] ?? m[1]) < Number(m[1])) throw new Error(`--steps must be a step or a range of steps from 1, such as 3 or 2-4, not "${v}"`);
        args.steps = [Number(m[1]), Number(m[2] ?? m[1])];
        break;
      }
      case "--burn-in":
        args.burnIn = true;
        break;
      case "--reduced-motion":
        args.reducedMotion = true;
        break;
      case "--codec":
        args.codec = oneOf(flag, value(), ["avc", "vp9"] as const, "avc (H.264 in MP4) or vp9 (VP9 in WebM)");
        break;
      case "--theme":
        args.theme = oneOf(flag, value(), ["light", "dark"] as const, "light or dark");
        break;
      case "--out":
        args.out = value();
        break;
      case "--dist":
        args.dist = value();
        break;
      default:
        throw new Error(`unknown argument "${flag}"`);
    }
  }
  if (!args.brief) throw new Error("--brief <id> is needed: the briefing to render (its file name in models/ without .json)");
  return args;
}
