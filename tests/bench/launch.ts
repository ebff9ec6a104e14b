/**
 * Launching Chromium for the bench: software WebGL (SwiftShader, as the browser tests use), or with --gpu the
 * machine's GPU; and reading which WebGL renderer a page really gets.
 */
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/browser";

/** The switches that select software WebGL: left out with --gpu. */
const SOFTWARE_ARGS = new Set(["--use-angle=swiftshader", "--enable-unsafe-swiftshader"]);

/**
 * What --gpu adds, tried in turn until a page's WebGL renderer is a hardware one. Headless Chromium on Linux has
 * no window system: ANGLE on Vulkan without a surface is what works with NVIDIA's and Mesa's drivers; ANGLE on
 * the system's OpenGL through EGL is the fallback for a GPU whose Vulkan driver is missing.
 */
export const GPU_ARG_SETS: readonly (readonly string[])[] = [
  ["--enable-gpu", "--ignore-gpu-blocklist", "--use-angle=vulkan", "--enable-features=Vulkan", "--disable-vulkan-surface"],
  ["--enable-gpu", "--ignore-gpu-blocklist", "--use-gl=angle", "--use-angle=gl-egl"],
];

/** The renderer of a new WebGL context in the page: UNMASKED_RENDERER_WEBGL of WEBGL_debug_renderer_info (RENDERER without it); null without WebGL. */
export const RENDERER_STRING = `(() => {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
  if (!gl) return null;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return name;
})()`;

/** Whether a renderer string is a software rasterizer (or there is no WebGL at all). */
export const isSoftware = (renderer: string | null) => renderer === null || /swiftshader|llvmpipe|lavapipe|softpipe|software|basic render/i.test(renderer);

export const NO_GPU = "no hardware GPU: figures are software rendering";

export interface Launched {
  browser: Browser;
  args: string[];
  /** The WebGL renderer of a blank page in this browser. */
  renderer: string | null;
  hardware: boolean;
  gpuRequested: boolean;
  /** With --gpu: each set of switches tried and the renderer it gave. */
  probes: { args: string[]; renderer: string | null; error?: string }[];
}

export async function readRenderer(browser: Browser): Promise<string | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return (await page.evaluate(RENDERER_STRING)) as string | null;
  } finally {
    await context.close();
  }
}

const start = (args: string[]) => chromium.launch({ executablePath: CHROMIUM, headless: true, args });

/**
 * Chromium with software WebGL; with `gpu`, the first of GPU_ARG_SETS whose renderer is a hardware one, and
 * software WebGL again (the run goes on as without --gpu) when none is.
 */
export async function launchBrowser(gpu: boolean): Promise<Launched> {
  const probes: Launched["probes"] = [];
  if (gpu) {
    const kept = CHROMIUM_ARGS.filter((a) => !SOFTWARE_ARGS.has(a));
    for (const set of GPU_ARG_SETS) {
      const args = [...kept, ...set];
      let browser: Browser | null = null;
      try {
        browser = await start(args);
        const renderer = await readRenderer(browser);
        probes.push({ args, renderer });
        if (!isSoftware(renderer)) return { browser, args, renderer, hardware: true, gpuRequested: true, probes };
      } catch (e) {
        probes.push({ args, renderer: null, error: e instanceof Error ? e.message.split("\n")[0]! : String(e) });
      }
      await browser?.close();
    }
  }
  const args = [...CHROMIUM_ARGS];
  const browser = await start(args);
  const renderer = await readRenderer(browser);
  return { browser, args, renderer, hardware: !isSoftware(renderer), gpuRequested: gpu, probes };
}
