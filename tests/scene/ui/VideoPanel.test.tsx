import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { I18nProvider } from "../../../src/i18n/I18nContext";
import type { VideoProgress, VideoResult } from "../../../src/video/renderVideo";
import { VideoPanel } from "../../../src/ui/VideoPanel";
import type { VideoChoice } from "../../../src/ui/videos";

/* The Video and handout section's body in jsdom, with a stand-in for the render: what the reader chooses reaches it,
 * its progress is shown, Cancel stops it, and the keyboard stays on the button the reader used. */

const RESULT: VideoResult = {
  video: new Blob([]),
  fileName: "may-2011.en.9x16.mp4",
  container: "MP4",
  codec: "H.264",
  width: 1080,
  height: 1920,
  duration: 64.2,
  frames: 1926,
  drawn: 80,
  subtitles: "WEBVTT\n\n",
  subtitlesName: "may-2011.en.9x16.vtt",
};

let root: Root;
let el: HTMLElement;
beforeEach(() => {
  // jsdom has no WebCodecs: the panel only asks whether the encoder is there.
  (window as unknown as { VideoEncoder: unknown }).VideoEncoder = class {};
  el = document.createElement("div");
  document.body.append(el);
  root = createRoot(el);
});
afterEach(() => {
  act(() => root.unmount());
  el.remove();
  delete (window as unknown as { VideoEncoder?: unknown }).VideoEncoder;
});

/** A render the test finishes: the choice it was given, and its progress, end and failure in the test's hands. */
function standIn() {
  const calls: VideoChoice[] = [];
  let finish: (r: VideoResult) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const onVideo = (choice: VideoChoice) =>
    new Promise<VideoResult>((resolve, reject) => {
      calls.push(choice);
      finish = resolve;
      fail = reject;
      choice.signal.addEventListener("abort", () => reject(new Error("aborted")));
    });
  return { calls, onVideo, finish: (r: VideoResult) => finish(r), fail: (e: Error) => fail(e) };
}

const q = <T extends Element>(s: string) => el.querySelector<T>(s);
const status = () => q('[data-field="video-status"]')!.textContent;

async function show(props: Parameters<typeof VideoPanel>[0], lang: "en" | "ru" = "en") {
  await act(async () =>
    root.render(
      <I18nProvider lang={lang}>
        <VideoPanel {...props} />
      </I18nProvider>,
    ),
  );
}

describe("the video panel", () => {
  it("renders the format, frame rate and captions chosen, shows the step, frame and time left, and says what it made", async () => {
    const r = standIn();
    await show({ briefing: true, reducedMotion: false, onVideo: r.onVideo });
    await act(async () => {
      q<HTMLInputElement>('input[name="video-format"][value="9:16"]')!.click();
      q<HTMLInputElement>('input[name="video-fps"][value="25"]')!.click();
      q<HTMLInputElement>('[data-control="burn-in"]')!.click();
    });
    const start = q<HTMLButtonElement>('[data-action="download-video"]')!;
    start.focus();
    await act(async () => start.click());
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]).toMatchObject({ format: "9:16", fps: 25, burnIn: true });
    // While it renders: Cancel in the button's place, with the keyboard on it, and the choices locked.
    expect(q('[data-action="download-video"]')).toBeNull();
    expect(document.activeElement).toBe(q('[data-action="cancel-video"]'));
    expect(q<HTMLFieldSetElement>("fieldset")!.disabled).toBe(true);
    const progress: VideoProgress = { step: 2, steps: 8, frame: 140, frames: 900, secondsLeft: 75 };
    await act(async () => r.calls[0]!.onProgress(progress));
    expect(q<HTMLProgressElement>('[data-field="video-progress"]')!.value).toBe(140);
    expect(q<HTMLProgressElement>('[data-field="video-progress"]')!.max).toBe(900);
    expect(q(".video__progress span")!.textContent).toBe("Step 2 of 8, frame 140 of 900 · about 75 s left");
    await act(async () => r.finish(RESULT));
    expect(status()).toBe("Downloaded: MP4 video (H.264), 1080 × 1920, 64 s, with its subtitles (WebVTT).");
    expect(q('[data-field="video-progress"]')).toBeNull();
    expect(document.activeElement).toBe(q('[data-action="download-video"]'));
  });

  it("makes a clip of the steps chosen, the other end following so that it runs forwards; the whole briefing by default", async () => {
    const r = standIn();
    await show({ briefing: true, stepCount: 8, reducedMotion: false, onVideo: r.onVideo });
    const select = (end: "from" | "to", value: string) => {
      const el = q<HTMLSelectElement>(`[data-control="video-${end}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    };
    await act(async () => q<HTMLButtonElement>('[data-action="download-video"]')!.click());
    expect(r.calls[0]!.steps).toEqual([1, 8]);
    await act(async () => r.finish(RESULT));
    await act(async () => select("from", "5"));
    await act(async () => select("to", "3"));
    expect(q<HTMLSelectElement>('[data-control="video-from"]')!.value).toBe("3");
    await act(async () => q<HTMLButtonElement>('[data-action="download-video"]')!.click());
    expect(r.calls[1]!.steps).toEqual([3, 3]);
  });

  it("cancels: the render's signal aborts, the panel says nothing was downloaded, and Download video is back", async () => {
    const r = standIn();
    await show({ briefing: true, reducedMotion: false, onVideo: r.onVideo });
    await act(async () => q<HTMLButtonElement>('[data-action="download-video"]')!.click());
    const cancel = q<HTMLButtonElement>('[data-action="cancel-video"]')!;
    cancel.focus();
    await act(async () => cancel.click());
    expect(r.calls[0]!.signal.aborted).toBe(true);
    expect(status()).toBe("The video was cancelled. Nothing was downloaded.");
    expect(document.activeElement).toBe(q('[data-action="download-video"]'));
  });

  it("says why a render failed, in Russian too", async () => {
    const r = standIn();
    await show({ briefing: true, reducedMotion: false, onVideo: r.onVideo }, "ru");
    await act(async () => q<HTMLButtonElement>('[data-action="download-video"]')!.click());
    await act(async () => r.fail(new Error("контекст WebGL потерян")));
    expect(status()).toBe("Не удалось сделать видео: контекст WebGL потерян");
  });

  it("without the 3D globe, or without WebCodecs, keeps the button off and says why; with reduced motion, says the video cuts", async () => {
    await show({ briefing: false, reducedMotion: true });
    expect(q<HTMLButtonElement>('[data-action="download-video"]')!.disabled).toBe(true);
    expect(el.textContent).toContain("drawn by the 3D globe, which this browser cannot show here");
    expect(el.textContent).toContain("With reduced motion, the video cuts from step to step.");
    expect(el.textContent).toContain("a slow turn to what it shows");
    // No handout outside a briefing.
    expect(q('[data-action="print-handout"]')).toBeNull();

    delete (window as unknown as { VideoEncoder?: unknown }).VideoEncoder;
    await show({ briefing: true, reducedMotion: false, onVideo: standIn().onVideo, onHandout: async () => {} });
    expect(q<HTMLButtonElement>('[data-action="download-video"]')!.disabled).toBe(true);
    expect(el.textContent).toContain("This browser cannot encode video (WebCodecs).");
    expect(q('[data-action="print-handout"]')).not.toBeNull();
  });
});
