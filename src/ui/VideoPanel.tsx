import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { Strings } from "../i18n/strings";
import { VIDEO_FORMAT_IDS, type VideoFormatId } from "../video/formats";
import type { VideoProgress, VideoResult } from "../video/renderVideo";
import { FRAME_RATES } from "../video/timeline";
import type { VideoChoice } from "./videos";

const FORMAT_LABEL: Record<VideoFormatId, keyof Strings["video"]> = {
  "16:9": "format169",
  "1:1": "format11",
  "4:5": "format45",
  "9:16": "format916",
};

interface Props {
  briefing: boolean;
  /** The briefing's number of steps (a clip of some of them can be made); 0 outside a briefing. */
  stepCount?: number;
  reducedMotion: boolean;
  /** Renders and downloads the video; absent when the 3D view is not available. */
  onVideo?: (choice: VideoChoice) => Promise<VideoResult>;
  /** Draws the handout's pictures and opens the print dialogue; absent outside a briefing. */
  onHandout?: () => Promise<void>;
}

const canEncode = () => typeof window !== "undefined" && "VideoEncoder" in window;

/**
 * The body of the Video and handout section: a format, a frame rate and burned-in captions to choose, Download video
 * with a progress bar (step, frame, time left) and Cancel while it renders, and Print handout for a briefing.
 */
export function VideoPanel({ briefing, stepCount = 0, reducedMotion, onVideo, onHandout }: Props) {
  const { t } = useI18n();
  const [format, setFormat] = useState<VideoFormatId>("16:9");
  const [fps, setFps] = useState<number>(FRAME_RATES[0]);
  const [burnIn, setBurnIn] = useState(false);
  // A clip: from and to which step (from 1); the whole briefing by default, and again when it has another length.
  const [clip, setClip] = useState<{ count: number; from: number; to: number }>({ count: stepCount, from: 1, to: stepCount });
  const range = clip.count === stepCount ? clip : { count: stepCount, from: 1, to: stepCount };
  const [progress, setProgress] = useState<VideoProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState("");
  const [handoutBusy, setHandoutBusy] = useState(false);
  const [handoutStatus, setHandoutStatus] = useState("");
  const abort = useRef<AbortController | null>(null);
  // A render still under way when the section goes stops.
  useEffect(() => () => abort.current?.abort(), []);
  // The keyboard stays where the reader was: on Cancel while the video renders, on Download video after.
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    if (!hadFocus.current) return;
    hadFocus.current = false;
    (running ? cancelButton : startButton).current?.focus();
  }, [running]);
  const encoder = canEncode();

  const start = async () => {
    if (!onVideo) return;
    hadFocus.current = document.activeElement === startButton.current;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setProgress(null);
    setStatus(t.video.preparing);
    try {
      const steps: [number, number] | undefined = briefing && stepCount > 1 ? [range.from, range.to] : undefined;
      const r = await onVideo({ format, fps, burnIn, steps, signal: controller.signal, onProgress: setProgress });
      setStatus(t.video.made(r.container, r.codec, r.width, r.height, r.duration));
    } catch (e) {
      setStatus(controller.signal.aborted ? t.video.cancelled : t.video.failed((e as Error).message));
    } finally {
      abort.current = null;
      hadFocus.current ||= document.activeElement === cancelButton.current;
      setRunning(false);
      setProgress(null);
    }
  };

  return (
    <>
      <p className="share__hint">{briefing ? t.video.intro : t.video.introView}</p>
      <fieldset className="segmented" disabled={running}>
        <legend>{t.video.formatLegend}</legend>
        {VIDEO_FORMAT_IDS.map((f) => (
          <label key={f}>
            <input type="radio" name="video-format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t.video[FORMAT_LABEL[f]] as string}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented" disabled={running}>
        <legend>{t.video.frameRate}</legend>
        {FRAME_RATES.map((r) => (
          <label key={r}>
            <input type="radio" name="video-fps" value={r} checked={fps === r} onChange={() => setFps(r)} /> {r}
          </label>
        ))}
      </fieldset>
      {briefing && stepCount > 1 && (
        <fieldset className="segmented" disabled={running}>
          <legend>{t.video.stepsLegend}</legend>
          {(["from", "to"] as const).map((end) => (
            <label key={end}>
              {end === "from" ? t.video.fromStep : t.video.toStep}{" "}
              <select
                data-control={`video-${end}`}
                value={range[end]}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  // The other end follows, so that the clip runs forwards.
                  setClip(end === "from" ? { count: stepCount, from: n, to: Math.max(n, range.to) } : { count: stepCount, from: Math.min(n, range.from), to: n });
                }}
              >
                {Array.from({ length: stepCount }, (_, i) => (
                  <option key={i} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <label className="field field--check">
        <input type="checkbox" checked={burnIn} disabled={running} onChange={(e) => setBurnIn(e.target.checked)} data-control="burn-in" /> {t.video.burnIn}
      </label>
      {reducedMotion && <p className="share__hint">{t.video.motion}</p>}
      {!onVideo && <p className="share__hint" role="note">{t.video.needsGlobe}</p>}
      {onVideo && !encoder && <p className="share__hint" role="note">{t.video.noEncoder}</p>}
      <div className="share__row">
        {running ? (
          <button
            type="button"
            className="button"
            data-action="cancel-video"
            ref={cancelButton}
            onClick={() => {
              hadFocus.current = document.activeElement === cancelButton.current;
              abort.current?.abort();
            }}
          >
            {t.video.cancel}
          </button>
        ) : (
          <button type="button" className="button button--primary" data-action="download-video" ref={startButton} disabled={!onVideo || !encoder} onClick={start}>
            {t.video.download}
          </button>
        )}
      </div>
      {running && (
        <div className="video__progress">
          <progress max={progress?.frames ?? 1} value={progress?.frame ?? 0} aria-label={t.video.progressLabel} data-field="video-progress" />
          {progress && (
            <span>
              {t.video.progress(progress.step, progress.steps, progress.frame, progress.frames)}
              {progress.secondsLeft !== null && ` · ${t.video.left(progress.secondsLeft)}`}
            </span>
          )}
        </div>
      )}
      <p className="share__status" role="status" data-field="video-status">
        {/* "Preparing…" until the first frame, then the progress bar says it. */}
        {running && progress ? "" : status}
      </p>
      {onHandout && (
        <>
          <p className="share__hint">{t.video.handoutIntro}</p>
          <div className="share__row">
            <button
              type="button"
              className="button"
              data-action="print-handout"
              disabled={handoutBusy}
              onClick={async () => {
                setHandoutBusy(true);
                setHandoutStatus(t.video.handoutPreparing);
                try {
                  await onHandout();
                  setHandoutStatus(t.video.handoutReady);
                } catch (e) {
                  setHandoutStatus(t.video.handoutFailed((e as Error).message));
                } finally {
                  setHandoutBusy(false);
                }
              }}
            >
              {t.video.handout}
            </button>
          </div>
          <p className="share__status" role="status" data-field="handout-status">
            {handoutStatus}
          </p>
        </>
      )}
    </>
  );
}
