/** A measured tab: its page errors, whether it crashed, and a CDP session with the network watched uncached. */
import type { BrowserContext } from "playwright-core";
import { PAGE_SCRIPT } from "./pageScript";

export async function openTab(context: BrowserContext) {
  const tab = await context.newPage();
  const errors: string[] = [];
  const state = { crashed: false };
  tab.on("pageerror", (e) => errors.push(e.message));
  tab.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  tab.on("crash", () => (state.crashed = true));
  // Playwright runs an init script in every frame (an iframe included): each frame has its own record.
  await tab.addInitScript(PAGE_SCRIPT);
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  return { tab, errors, state, cdp };
}
