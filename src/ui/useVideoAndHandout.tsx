import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { exposeAutomation } from "./automation";
import { Handout } from "./Handout";
import { videoMakers, type HandoutContent } from "./videos";

type Input = Parameters<typeof videoMakers>[0] & { webgl: boolean };

/**
 * The video and the handout of what the page shows: the panel's two actions (absent without the 3D globe; the
 * handout only in a briefing), the page's automation for scripts (window.proposalGlobeVideo), and the handout
 * itself, once asked for, for the print stylesheet to show in place of the page.
 */
export function useVideoAndHandout(input: Input): { onVideo?: ReturnType<typeof videoMakers>["makeVideo"]; onHandout?: () => Promise<void>; handout: ReactNode } {
  const { makeVideo, makeHandout } = videoMakers(input);
  const onVideo = input.webgl ? makeVideo : undefined;
  // Scripts reach the latest screen's video through refs: the automation is set once.
  const now = useRef({ makeVideo: onVideo, briefing: input.screen.briefing?.id ?? null });
  now.current = { makeVideo: onVideo, briefing: input.screen.briefing?.id ?? null };
  useEffect(() => exposeAutomation(() => now.current), []);

  const [content, setContent] = useState<HandoutContent | null>(null);
  const ready = useRef<(() => void) | null>(null);
  const onReady = useCallback(() => ready.current?.(), []);
  const onHandout =
    makeHandout && input.webgl
      ? async () => {
          const made = await makeHandout();
          await new Promise<void>((resolve) => {
            ready.current = resolve;
            setContent(made);
          });
          ready.current = null;
          // The print stylesheet shows the handout in place of the page until the print dialogue closes.
          document.documentElement.classList.add("print-handout");
          window.addEventListener("afterprint", () => document.documentElement.classList.remove("print-handout"), { once: true });
          window.print();
        }
      : undefined;
  const handout = content && <Handout content={content} credit={input.screen.details.credit} onReady={onReady} />;
  return { onVideo, onHandout, handout };
}
