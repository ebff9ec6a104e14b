/** The bench's command-line options and usage. */
import type { ProfileName } from "./page";

export interface Options {
  runs: number;
  switches: number;
  leak: boolean;
  build: boolean;
  /** The profiles loaded: desktop (the full measurement and every page's start-up), phone (start-up only). */
  profiles: ProfileName[];
  /** Launch Chromium on the machine's GPU instead of software WebGL (falls back to software when there is none). */
  gpu: boolean;
  /** Render the whole briefing as a 1080p video, at this many frames a second (0: not at all). */
  videoFps: number;
  /** Only the video check: no page loads, no leak check. */
  videoOnly: boolean;
}

export const USAGE = `npm run bench -- [--quick | --runs N] [--switches N] [--skip-leak] [--no-build] [--desktop | --phone] [--gpu] [--video-fps N | --skip-video] [--video-only]

  --runs N       loads of each page (default 5); --quick: 1
  --switches N   colouring switches per load of the app and the baseline (default 4)
  --skip-leak    leave out the leak check (100 switches in the app)
  --no-build     use the last build of the app, the baseline and the sphere page
  --desktop      the desktop profile only (1280×800): the app and the baseline in full (start-up, idle, orbit,
                 switches), the embed, the story and the bare three.js sphere for their start-up
  --phone        the phone profile only: 4× CPU throttling, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up,
                 390×844 at 2×, touch; the app, the embed and the sphere, start-up only (no orbit, switches
                 or leak check)
                 (default: both profiles in each run)
  --gpu          Chromium on the machine's GPU (ANGLE on Vulkan, else on EGL) instead of SwiftShader; when no
                 hardware renderer is found the run goes on in software and the report says so (every report
                 names the WebGL renderer the pages got)
  --video-fps N  the video check (the whole briefing as a 16:9 1080p video, with the page's heap sampled each
                 second) at N frames a second (default 30, about 7½ minutes in software; fewer make it shorter);
                 --skip-video leaves it out, --video-only does only it`;

export function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, switches: 4, leak: true, build: true, profiles: ["desktop", "phone"], gpu: false, videoFps: 30, videoOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number ≥ 1`);
      return v;
    };
    if (a === "--quick") o.runs = 1;
    else if (a === "--runs") o.runs = value();
    else if (a === "--switches") o.switches = value();
    else if (a === "--skip-leak" || a === "--no-leak") o.leak = false;
    else if (a === "--no-build") o.build = false;
    else if (a === "--desktop") o.profiles = ["desktop"];
    else if (a === "--phone") o.profiles = ["phone"];
    else if (a === "--gpu") o.gpu = true;
    else if (a === "--video-fps") o.videoFps = value();
    else if (a === "--skip-video" || a === "--no-video") o.videoFps = 0;
    else if (a === "--video-only") o.videoOnly = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  // The leak check and the video are the app's on the desktop.
  if (o.videoOnly) {
    o.leak = false;
    o.runs = 0;
    o.profiles = ["desktop"];
    if (o.videoFps === 0) throw new Error("--video-only and --skip-video leave nothing to measure");
  }
  if (!o.profiles.includes("desktop")) {
    o.leak = false;
    o.videoFps = 0;
  }
  return o;
}
