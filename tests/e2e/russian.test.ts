import { describe, expect, it } from "vitest";
import { waitForGlobe } from "./browser";
import { ARTIFACTS, sharedBrowser, param, shot } from "./pages";

const { open } = sharedBrowser();
const cyrillic = /[А-Яа-яЁё]/;

describe("in Russian", () => {
  it("shows the page, the legend, the note and the globe's labels in Russian, and switches back", async () => {
    const { page, errors } = await open("./?proposal=nato-two-systems&lang=ru", { reducedMotion: true });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    for (const selector of ["h1", ".legend", ".illustrative-note", ".globe-label--country", ".globe-label--sea", ".switcher"]) {
      expect(await page.locator(selector).first().textContent(), selector).toMatch(cyrillic);
    }
    await shot(page, ".stage", "russian");
    await page.getByRole("button", { name: "English" }).click();
    await waitForGlobe(page);
    expect(param(page, "lang")).toBeNull();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("h1").textContent()).not.toMatch(cyrillic);
    // The names on the globe follow, and are placed again (shown) in their new width, in the framing the English
    // legend and note leave.
    const black = page.locator('[data-label="sea-black"]');
    await expect.poll(() => black.textContent()).toBe("Black Sea");
    const seas = () => page.locator(".globe-label--sea").evaluateAll((els) => els.filter((el) => getComputedStyle(el.closest(".label-anchor") ?? el).visibility === "visible").map((el) => el.textContent ?? ""));
    await expect.poll(async () => (await seas()).length, { timeout: 120_000 }).toBeGreaterThan(0);
    for (const name of await seas()) expect(name).toMatch(/^[A-Za-z ]+ Sea$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("exports an image with the Russian title and legend", async () => {
    const { page } = await open("./?proposal=russia-sectors&lang=ru", { reducedMotion: true });
    await page.locator(".share summary").click();
    await page.locator('input[name="export-size"][value="1x"]').check();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-action="download-image"]').click()]);
    await download.saveAs(`${ARTIFACTS}/export-ru.png`);
    expect(await download.path()).toBeTruthy();
    await page.context().close();
  });
});
