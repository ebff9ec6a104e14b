import { describe, expect, it } from "vitest";
import { heightToSend } from "../../../src/embed/heightToSend";

describe("heightToSend: which heights are posted", () => {
  it("posts the first height, rounded up to a whole pixel", () => {
    expect(heightToSend([], 600, 620.2)).toBe(621);
  });
  it("posts nothing when the height is the one last posted", () => {
    expect(heightToSend([{ width: 600, height: 621 }], 600, 620.4)).toBeUndefined();
    expect(heightToSend([{ width: 600, height: 621 }], 580, 621)).toBeUndefined();
  });
  it("posts each change, up or down, and a change back that the view made at the same width", () => {
    expect(heightToSend([{ width: 600, height: 621 }], 600, 700)).toBe(700);
    expect(heightToSend([{ width: 600, height: 700 }], 600, 500)).toBe(500);
    // A legend of more rows, then fewer again: the width stays, so it is no loop.
    expect(heightToSend([{ width: 600, height: 621 }, { width: 600, height: 641 }], 600, 621)).toBe(621);
  });
  it("breaks the loop of a scroll bar that comes with the taller frame and goes with the lower one", () => {
    // 600 px wide: 621 high; the host's scroll bar comes and takes 15 px: 609 high; it goes: the taller height is posted…
    expect(heightToSend([{ width: 600, height: 621 }, { width: 585, height: 609 }], 600, 621)).toBe(621);
    // …and the bar comes again with it: the lower height is not posted again, and the taller one stays.
    expect(heightToSend([{ width: 600, height: 621 }, { width: 585, height: 609 }, { width: 600, height: 621 }], 585, 609)).toBeUndefined();
  });
  it("follows a change of width beyond a scroll bar's, back and forth", () => {
    expect(heightToSend([{ width: 1000, height: 686 }, { width: 600, height: 621 }], 1000, 686)).toBe(686);
  });
});
