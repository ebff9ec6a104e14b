import { useLayoutEffect } from "react";
import type { Screen } from "../screen/types";
import { endFirstPaint } from "./endFirstPaint";

/** What a renderer reports once it has drawn a screen and come to rest: the screen's key and its camera's. */
export interface Drawn {
  key: string;
  camera: string;
}

/**
 * Whether the page is ready: the renderer has drawn this screen's globes, flown its camera to `cameraKey`'s target and come to rest, and the
 * panels (rendered a moment later, from `panels`) show the same screen. The `<html data-globe-ready>` flag that
 * tests and exports wait on is written from it; the embed's `ready` message follows it too. Once ready, the build's first
 * paint (a picture of the view) gives way to the live page.
 */
export function useReady(screen: Screen, panels: Screen, drawn: Drawn | null, cameraKey: string): boolean {
  const ready = panels === screen && drawn !== null && drawn.key === screen.key && drawn.camera === cameraKey;
  useLayoutEffect(() => {
    document.documentElement.dataset.globeReady = ready ? "true" : "false";
    if (ready) endFirstPaint();
  }, [ready]);
  return ready;
}
