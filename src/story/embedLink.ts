import type { GlobeEvent, ShowMessage } from "../embed/protocol";

/** The story page's end of the host protocol (src/embed/protocol.ts). */
export interface EmbedLink {
  /** Asks the globe to show a command; before the globe is ready, only the latest command is kept and sent then. */
  show(command: ShowMessage): void;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Talks to the globe in `frame`, served from `origin`: commands go to that origin only, and only events from
 * that frame and origin are read.
 */
export function linkEmbed(frame: HTMLIFrameElement, origin: string, onEvent: (event: GlobeEvent) => void = () => {}): EmbedLink {
  let ready = false;
  let pending: ShowMessage | undefined;
  const send = (command: ShowMessage) => frame.contentWindow?.postMessage(command, origin);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    const data = e.data as Partial<GlobeEvent> | null;
    if (data?.type !== "ready" && data?.type !== "changed") return;
    if (data.type === "ready") {
      ready = true;
      if (pending) send(pending);
      pending = undefined;
    }
    onEvent(data as GlobeEvent);
  };
  window.addEventListener("message", onMessage);
  return {
    show(command) {
      if (ready) send(command);
      else pending = command;
    },
    dispose: () => window.removeEventListener("message", onMessage),
  };
}
