/**
 * Takes the page's first paint away (the picture the build put where the globe will be: publish/firstPaint.ts)
 * once the live view is drawn, or once the app has something else to say (it could not start). The globe is
 * already drawn under it, so the live view takes its place in the same frame.
 */
export function endFirstPaint(): void {
  document.getElementById("first-paint")?.remove();
}

/** A reader who starts using the page before the first view is drawn sees the live page at once. */
export function endFirstPaintOnInput(): void {
  if (!document.getElementById("first-paint")) return;
  const end = () => {
    endFirstPaint();
    for (const type of ["pointerdown", "keydown", "wheel"]) window.removeEventListener(type, end, true);
  };
  for (const type of ["pointerdown", "keydown", "wheel"]) window.addEventListener(type, end, true);
}
