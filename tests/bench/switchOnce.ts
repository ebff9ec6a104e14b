/** One switch of a page's colouring, from the click to the drawn frame. */
import type { Page } from "playwright-core";
import { SWITCH_TIMEOUT_MS, type BenchWindow, type Kind } from "./page";
import type { SwitchWait } from "./pageScript";

/** The not-pressed proposal button of the app, the swap button of the baseline. */
const SWITCH_SELECTOR: Record<Kind, string> = {
  ours: `button.switcher__button[aria-pressed="false"]`,
  baseline: "#swap",
};

/**
 * Clicks the page's switch and waits until the new colouring has been drawn: the next "globe:coloured"
 * mark and the frame after it (with marks), and for the app its ready flag. Returns the click's time.
 */
export async function switchOnce(page: Page, kind: Kind, hasMarks: boolean): Promise<{ click: number; afterMark: number | null }> {
  // Few round trips, each with the same source (the page may be slow to answer while it draws, and a
  // new source each time would add compiled scripts to the heap the leak check measures).
  const target = await page.evaluate(([selector]) => (window as unknown as BenchWindow).__bench.switchTarget(selector), [SWITCH_SELECTOR[kind]] as const);
  if (!target) throw new Error(`${kind}: no switch button (${SWITCH_SELECTOR[kind]})`);
  // A plain mouse click at the button's centre: Playwright's click first waits for the button to be
  // stable over two animation frames, which takes many seconds on a page whose frames are slow.
  await page.mouse.click(target.x, target.y);
  const wait: SwitchWait = {
    clicks: target.clicks,
    marks: hasMarks ? target.marks : null,
    proposal: kind === "ours" ? target.proposal : null,
    ready: kind === "ours",
    timeoutMs: SWITCH_TIMEOUT_MS,
  };
  const ok = await page.evaluate((w) => (window as unknown as BenchWindow).__bench.switched(w), wait);
  if (!ok) throw new Error(`${kind}: timed out after ${SWITCH_TIMEOUT_MS / 1000} s waiting for a switch to be drawn (${JSON.stringify(wait)})`);
  const [click, afterMark] = await page.evaluate(
    ([c, m]) => {
      const b = (window as unknown as BenchWindow).__bench;
      return [b.clicks[c]!, b.afterMark[m] ?? null] as const;
    },
    [target.clicks, target.marks] as const,
  );
  return { click, afterMark: hasMarks ? afterMark : null };
}
