import { describe, expect, it } from "vitest";
import { parseVideoArgs, VIDEO_USAGE } from "../../../src/cli/videoCommand";

/* `npm run video`'s arguments: what each flag sets, and a message naming the flag and the value it cannot use. */
const parse = (...argv: string[]) => parseVideoArgs(["--brief", "may-2011", ...argv]);
/** The message parseVideoArgs throws for `argv`. */
function failure(argv: string[]): string {
  try {
    parseVideoArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return (e as Error).message;
  }
  throw new Error(`no error for ${argv.join(" ")}`);
}

describe("parseVideoArgs", () => {
  it("reads a briefing id alone with the defaults: 16:9, English, 30 fps, every step, no burned-in captions, the light theme", () => {
    const a = parse();
    expect(a).toEqual({ brief: "may-2011", format: "16:9", lang: "en", fps: 30, burnIn: false, theme: "light", reducedMotion: false, out: "videos", dist: "dist" });
    expect(a.steps).toBeUndefined();
    expect(a.codec).toBeUndefined();
  });

  it("reads each flag", () => {
    expect(parse("--format", "9:16").format).toBe("9:16");
    expect(parse("--format", "1:1").format).toBe("1:1");
    expect(parse("--format", "4:5").format).toBe("4:5");
    expect(parse("--lang", "ru").lang).toBe("ru");
    expect(parse("--fps", "25").fps).toBe(25);
    expect(parse("--fps", "1").fps).toBe(1);
    expect(parse("--fps", "60").fps).toBe(60);
    expect(parse("--steps", "2-4").steps).toEqual([2, 4]);
    expect(parse("--steps", "3").steps).toEqual([3, 3]);
    expect(parse("--burn-in").burnIn).toBe(true);
    expect(parse("--reduced-motion").reducedMotion).toBe(true);
    expect(parse("--codec", "vp9").codec).toBe("vp9");
    expect(parse("--codec", "avc").codec).toBe("avc");
    expect(parse("--theme", "dark").theme).toBe("dark");
    expect(parse("--out", "clips/may").out).toBe("clips/may");
    expect(parse("--dist", "build").dist).toBe("build");
  });

  it("reads the flags in any order, the briefing last as well as first", () => {
    expect(parseVideoArgs(["--burn-in", "--format", "4:5", "--lang", "ru", "--brief", "example-briefing"])).toMatchObject({ brief: "example-briefing", format: "4:5", lang: "ru", burnIn: true });
  });

  it("names the flag and the bad value", () => {
    const cases: [string[], string, string][] = [
      [["--format", "16x9"], "--format", '"16x9"'],
      [["--lang", "de"], "--lang", '"de"'],
      [["--fps", "0"], "--fps", '"0"'],
      [["--fps", "61"], "--fps", '"61"'],
      [["--fps", "2.5"], "--fps", '"2.5"'],
      [["--fps", "thirty"], "--fps", '"thirty"'],
      [["--steps", "0"], "--steps", '"0"'],
      [["--steps", "a-b"], "--steps", '"a-b"'],
      [["--steps", "4-2"], "--steps", '"4-2"'],
      [["--steps", "1-0"], "--steps", '"1-0"'],
      [["--steps", "2-"], "--steps", '"2-"'],
      [["--codec", "h265"], "--codec", '"h265"'],
      [["--theme", "sepia"], "--theme", '"sepia"'],
    ];
    for (const [argv, flag, value] of cases) {
      const message = failure(["--brief", "may-2011", ...argv]);
      expect(message, argv.join(" ")).toContain(flag);
      expect(message, argv.join(" ")).toContain(value);
    }
  });

  it("says what a flag may be", () => {
    expect(failure(["--brief", "x", "--format", "16x9"])).toMatch(/16:9, 1:1, 4:5 or 9:16/);
    expect(failure(["--brief", "x", "--fps", "0"])).toMatch(/whole number from 1 to 60/);
    expect(failure(["--brief", "x", "--codec", "h265"])).toMatch(/avc .*vp9/);
  });

  it("names an unknown argument", () => {
    expect(failure(["--brief", "may-2011", "--frobnicate"])).toContain('"--frobnicate"');
    expect(failure(["--brief", "may-2011", "extra"])).toContain('"extra"');
  });

  it("says which flag lacks its value, at the end or before the next flag", () => {
    expect(failure(["--brief", "may-2011", "--format"])).toBe("--format needs a value");
    expect(failure(["--format", "--brief", "may-2011"])).toBe("--format needs a value");
    expect(failure(["--brief"])).toBe("--brief needs a value");
  });

  it("needs a briefing, and an id that could be one", () => {
    expect(failure([])).toMatch(/--brief/);
    expect(failure(["--format", "1:1"])).toMatch(/--brief/);
    const bad = failure(["--brief", "May 2011"]);
    expect(bad).toContain("--brief");
    expect(bad).toContain('"May 2011"');
    for (const id of ["may_2011", "-may", "may-", "May-2011", "../may-2011"]) expect(failure(["--brief", id]), id).toContain("--brief");
  });

  it("documents every flag it reads in its usage", () => {
    for (const flag of ["--brief", "--format", "--lang", "--fps", "--steps", "--burn-in", "--reduced-motion", "--codec", "--theme", "--out", "--dist"]) expect(VIDEO_USAGE).toContain(flag);
  });
});
