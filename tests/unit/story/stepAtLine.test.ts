import { describe, expect, it } from "vitest";
import { readingLine, stepAtLine, type StepBox } from "../../../src/story/stepAtLine";

/** Eight blocks 300 px tall, 400 px apart (a gap of 100 px), the first at `first` in the viewport. */
const blocks = (first: number): StepBox[] => Array.from({ length: 8 }, (_, i) => ({ step: i + 1, top: first + i * 400, bottom: first + i * 400 + 300 }));

describe("stepAtLine: the step shown for where the blocks are", () => {
  it("is the block the line crosses, at either of its edges too", () => {
    const boxes = blocks(100);
    expect(stepAtLine(boxes, 250)).toBe(1);
    expect(stepAtLine(boxes, 100)).toBe(1);
    expect(stepAtLine(boxes, 400)).toBe(1);
    expect(stepAtLine(boxes, 500)).toBe(2);
    expect(stepAtLine(boxes, 100 + 5 * 400 + 150)).toBe(6);
  });
  it("between two blocks, is the one whose top has passed the line (the one just read), not the next", () => {
    const boxes = blocks(100);
    expect(stepAtLine(boxes, 401)).toBe(1);
    expect(stepAtLine(boxes, 499)).toBe(1);
  });
  it("before the first block is the first step, and past the last block the last", () => {
    expect(stepAtLine(blocks(600), 400)).toBe(1);
    expect(stepAtLine(blocks(-5000), 400)).toBe(8);
  });
  it("depends only on where the blocks are: a jump straight to any place gives the step a slow scroll there gives", () => {
    const line = 400;
    const slow: number[] = [];
    for (let scroll = 0; scroll <= 3600; scroll += 10) slow.push(stepAtLine(blocks(600 - scroll), line)!);
    // Slowly, the steps come one after another, each once, in order.
    expect([...new Set(slow)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const scroll of [0, 1230, 2990, 3600, 150, 2000]) expect(stepAtLine(blocks(600 - scroll), line), `${scroll}`).toBe(slow[scroll / 10]);
    expect(stepAtLine(blocks(600 - 3600), line)).toBe(8);
    expect(stepAtLine(blocks(600 - 2000), line)).toBe(5);
  });
  it("reads the boxes' own step numbers, whatever they are", () => {
    expect(stepAtLine([{ step: 3, top: 0, bottom: 100 }, { step: 7, top: 200, bottom: 300 }], 250)).toBe(7);
  });
  it("is undefined when there are no blocks", () => {
    expect(stepAtLine([], 400)).toBeUndefined();
  });
});

describe("readingLine: the middle of the part of the viewport the text is read in", () => {
  it("is the middle of the viewport when nothing covers it (the globe beside the text)", () => {
    expect(readingLine(800)).toBe(400);
    expect(readingLine(800, 0)).toBe(400);
  });
  it("is the middle of the part below a globe pinned at the top (a phone)", () => {
    expect(readingLine(844, 500)).toBe(672);
  });
  it("stays inside the viewport for a cover taller than it or a negative one", () => {
    expect(readingLine(800, 900)).toBe(800);
    expect(readingLine(800, -50)).toBe(400);
  });
});
