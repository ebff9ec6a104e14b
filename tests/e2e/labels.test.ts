import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, inspectPng, sharedBrowser, shot } from "./pages";

const { open } = sharedBrowser();

interface ShownLabel {
  id: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The names shown on the globe, with their boxes on the page. */
function shownLabels(page: Page): Promise<ShownLabel[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".label-anchor")]
      .filter((el) => getComputedStyle(el).visibility === "visible")
      .map((el) => {
        const r = el.firstElementChild!.getBoundingClientRect();
        return { id: el.dataset.label!, text: el.textContent ?? "", left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
  );
}

/** The boxes of the overlays that names must keep clear of. */
function overlays(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-keep-out]")]
      .map((el) => ({ what: el.className, r: el.getBoundingClientRect() }))
      .filter((o) => o.r.width > 0 && o.r.height > 0)
      .map((o) => ({ what: o.what, left: o.r.left, top: o.r.top, right: o.r.right, bottom: o.r.bottom })),
  );
}

const meet = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectClear(labels: ShownLabel[], boxes: { what: string; left: number; top: number; right: number; bottom: number }[]) {
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) expect(meet(labels[i]!, labels[j]!), `${labels[i]!.id} meets ${labels[j]!.id}`).toBe(false);
    for (const b of boxes) expect(meet(labels[i]!, b), `${labels[i]!.id} under ${b.what}`).toBe(false);
  }
}

describe("names on the globe", () => {
  it("names the countries and the four seas of Russia's proposal in Europe, none meeting another or an overlay", async () => {
    const { page, errors } = await open("./?proposal=russia-sectors", { width: 1280, height: 800, reducedMotion: true });
    await shot(page, ".stage", "labels-europe");
    const labels = await shownLabels(page);
    const ids = labels.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(["party-russia", "party-nato", "sea-barents", "sea-baltic", "sea-black", "sea-azov", "country-UKR", "country-BLR", "country-POL", "country-FIN"]));
    expect(labels.length).toBeGreaterThan(20);
    expectClear(labels, await overlays(page));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("writes each sea's name over that sea's water, as the tooltip under it says", async () => {
    const { page } = await open("./?proposal=russia-sectors&at=32,50,2.1", { width: 1280, height: 800, reducedMotion: true });
    const labels = (await shownLabels(page)).filter((l) => l.id.startsWith("sea-"));
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(["sea-azov", "sea-baltic", "sea-black"]));
    for (const l of labels) {
      await page.mouse.move((l.left + l.right) / 2, (l.top + l.bottom) / 2);
      await expect.poll(() => page.locator(".tooltip").textContent(), { timeout: 30_000 }).toContain(l.text);
    }
    await page.context().close();
  });

  it("keeps names clear on a phone, and writes none from the far side of the globe", async () => {
    const phone = await open("./?proposal=russia-sectors", { width: 390, height: 844, reducedMotion: true });
    await shot(phone.page, ".stage", "labels-phone");
    const labels = await shownLabels(phone.page);
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(["sea-black", "sea-baltic", "country-UKR"]));
    expectClear(labels, await overlays(phone.page));
    await phone.page.context().close();

    const far = await open("./?proposal=russia-sectors&at=-158,-40,2.7", { width: 1280, height: 800, reducedMotion: true });
    const farIds = (await shownLabels(far.page)).map((l) => l.id);
    for (const id of ["sea-baltic", "sea-black", "country-UKR", "country-POL", "party-nato"]) expect(farIds).not.toContain(id);
    await far.page.context().close();
  });

  it("names everything in Russian in the Russian view", async () => {
    const { page } = await open("./?proposal=russia-sectors&lang=ru", { width: 1280, height: 800, reducedMotion: true });
    await shot(page, ".stage", "labels-europe-ru");
    const labels = await shownLabels(page);
    expect(labels.find((l) => l.id === "sea-black")?.text).toBe("Чёрное море");
    expect(labels.find((l) => l.id === "country-UKR")?.text).toBe("Украина");
    for (const l of labels) expect(l.text, l.id).toMatch(/^[А-Яа-яЁё\s-]+$/);
    await page.context().close();
  });

  it("writes the names and draws the borders of a 4K export as much larger as the image is", async () => {
    const { page } = await open("./?proposal=russia-sectors", { width: 1000, height: 700, reducedMotion: true });
    await page.locator(".share summary").click();
    const exported = async (size: string) => {
      await page.locator(`input[name="export-size"][value="${size}"]`).check();
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.locator('[data-action="download-image"]').click()]);
      const png = readFileSync(await download.path());
      await download.saveAs(`${ARTIFACTS}/labels-export-${size}.png`);
      return inspectPng(page, png);
    };
    const small = await exported("1x");
    const large = await exported("4k");
    expect(large.width).toBe(3840);
    // Names and borders are dark grey ink: lines one pixel wide at 4K would leave a quarter of the ink's share.
    expect(small.ink).toBeGreaterThan(0.004);
    expect(large.ink / small.ink).toBeGreaterThan(0.6);
    await page.context().close();
  });
});
