import { describe, expect, it } from "vitest";
import { captionCues, cueAt, cueLines, CUE_CHARS, LINE_CHARS, splitSentences, timedCues, webVtt, type Cue } from "../../../src/video/subtitles";
import { videoTimeline } from "../../../src/video/timeline";
import { briefingJson } from "../support";

/* Subtitles: a step's caption cut into cues of two short lines, timed over the step, written as WebVTT. */

const words = (t: string) => t.split(/\s+/).filter(Boolean);
/** The real briefing's captions, in both languages: long sentences, abbreviations, names with initials. */
const CAPTIONS: string[] = (briefingJson("models/may-2011.json").steps as { caption: { en: string; ru: string } }[]).flatMap((s) => [s.caption.en, s.caption.ru]);

describe("splitSentences", () => {
  it("breaks after a full stop, a question or exclamation mark or an ellipsis before a capital", () => {
    expect(splitSentences("They met. Nobody knew why? It was late! Then… Nothing more.")).toEqual(["They met.", "Nobody knew why?", "It was late!", "Then…", "Nothing more."]);
  });

  it("does not break after U.S., a title such as Lt. or Gen., or a name's initials", () => {
    expect(splitSentences("The U.S. Secretary spoke. Then Russia did.")).toEqual(["The U.S. Secretary spoke.", "Then Russia did."]);
    expect(splitSentences("Lt. Gen. Patrick O'Reilly attended. He spoke.")).toEqual(["Lt. Gen. Patrick O'Reilly attended.", "He spoke."]);
    expect(splitSentences("A. Antonov met J. R. Miller. They talked.")).toEqual(["A. Antonov met J. R. Miller.", "They talked."]);
  });

  it("does not break before a small letter or a digit", () => {
    expect(splitSentences("It ended at 5 p.m. on Monday. Then it rained.")).toEqual(["It ended at 5 p.m. on Monday.", "Then it rained."]);
    expect(splitSentences("See part 2. 3 more follow.")).toEqual(["See part 2. 3 more follow."]);
  });

  it("breaks after a closing quotation mark and before an opening one", () => {
    expect(splitSentences('He said "no." Then he left. «Yes,» she said.')).toEqual(['He said "no."', "Then he left.", "«Yes,» she said."]);
  });

  it("splits Russian the same way, keeping «г.» and initials with what follows", () => {
    expect(splitSentences("Встреча прошла в мае 2011 г. Россия предложила секторы. С. Лавров согласился. США — нет!")).toEqual([
      "Встреча прошла в мае 2011 г. Россия предложила секторы.",
      "С. Лавров согласился.",
      "США — нет!",
    ]);
  });

  it("joins lines and runs of spaces, and gives nothing for an empty text", () => {
    expect(splitSentences("  One.\n\n  Two  words. ")).toEqual(["One.", "Two words."]);
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   ")).toEqual([]);
  });
});

describe("captionCues", () => {
  it(`keeps every cue of the real captions within ${CUE_CHARS} characters, their words all there and in order`, () => {
    expect(CUE_CHARS).toBe(84);
    for (const caption of CAPTIONS) {
      const cues = captionCues(caption);
      expect(cues.length).toBeGreaterThan(1);
      for (const c of cues) {
        expect(c.length, c).toBeLessThanOrEqual(84);
        expect(c).toBe(c.trim());
      }
      expect(words(cues.join(" "))).toEqual(words(caption));
    }
  });

  it("puts short sentences together in one cue while they fit", () => {
    expect(captionCues("One. Two. Three.")).toEqual(["One. Two. Three."]);
    const a = `A ${"word ".repeat(9)}end.`; // 51 characters
    const b = `B ${"word ".repeat(6)}end.`; // 36 characters: 88 with the first, too long for one cue
    expect(captionCues(`${a} ${b}`)).toEqual([a, b]);
    expect(captionCues(`${b} Yes.`)).toEqual([`${b} Yes.`]);
  });

  it("cuts a long sentence into the fewest even parts", () => {
    // Twenty nine-letter words: 199 characters, three parts of six or seven words (69 characters at most).
    const sentence = Array.from({ length: 20 }, (_, i) => `wor${String(i).padStart(2, "0")}abcd`).join(" ");
    const cues = captionCues(sentence);
    expect(cues).toHaveLength(3);
    expect(cues.map((c) => words(c).length).sort()).toEqual([6, 7, 7]);
    expect(cues.join(" ")).toBe(sentence);
  });

  it("leaves no single word on its own when a sentence is just over a cue's length", () => {
    // 18 words, 91 characters: filling the first cue would leave "May." alone; two halves instead.
    const sentence = "The talks in Brussels were to prepare a meeting of the two presidents at the summit in May.";
    expect(sentence.length).toBeGreaterThan(84);
    const cues = captionCues(sentence);
    expect(cues).toHaveLength(2);
    for (const c of cues) expect(c.length).toBeGreaterThan(35);
  });

  it("gives no cue for an empty caption", () => {
    expect(captionCues("")).toEqual([]);
    expect(captionCues("  \n ")).toEqual([]);
  });
});

describe("cueLines", () => {
  it(`keeps a cue of up to ${LINE_CHARS} characters on one line`, () => {
    expect(LINE_CHARS).toBe(42);
    const t = "x".repeat(20) + " " + "y".repeat(21);
    expect(cueLines(t)).toEqual([t]);
    expect(cueLines("")).toEqual([""]);
  });

  it("breaks a longer cue in two at the space nearest its middle", () => {
    // 54 characters, spaces at 10, 21, 32 and 43: the one at 32 is nearest the middle (27).
    expect(cueLines("aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee")).toEqual(["aaaaaaaaaa bbbbbbbbbb cccccccccc", "dddddddddd eeeeeeeeee"]);
    expect(cueLines(`${"x".repeat(30)} ${"y".repeat(20)}`)).toEqual(["x".repeat(30), "y".repeat(20)]);
  });

  it("leaves a long cue without spaces whole", () => {
    expect(cueLines("z".repeat(60))).toEqual(["z".repeat(60)]);
  });

  it("sets every cue of the real captions in at most two lines of about 42 characters", () => {
    for (const caption of CAPTIONS)
      for (const cue of captionCues(caption)) {
        const lines = cueLines(cue);
        expect(lines.length).toBeLessThanOrEqual(2);
        expect(lines.join(" ")).toBe(cue);
        for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(48);
      }
  });
});

const STEP_CAPTIONS = [CAPTIONS[0]!, "A short caption.", CAPTIONS[3]!];
const timeline = videoTimeline(
  STEP_CAPTIONS.map((caption, i) => ({ caption, camera: { lon: 20 + 10 * i, lat: 50, distance: 2.5 } })),
  { fps: 30, reducedMotion: false },
);

describe("timedCues", () => {
  const cues = timedCues(timeline, STEP_CAPTIONS);

  it("fills each step's time exactly with its caption's cues, one after the other", () => {
    timeline.steps.forEach((s, step) => {
      const mine = cues.filter((c) => c.step === step);
      expect(mine.map((c) => c.text)).toEqual(captionCues(STEP_CAPTIONS[step]!));
      expect(mine[0]!.start).toBe(s.start);
      expect(mine[mine.length - 1]!.end).toBe(s.end);
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBe(mine[i - 1]!.end);
    });
    // In the steps' order, end to end over the whole video.
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.start).toBeCloseTo(cues[i - 1]!.end, 9);
    expect(cues[cues.length - 1]!.end).toBeCloseTo(timeline.duration, 9);
  });

  it("shows each cue for its share of the step as long as its share of the text", () => {
    timeline.steps.forEach((s, step) => {
      const mine = cues.filter((c) => c.step === step);
      const total = mine.reduce((n, c) => n + c.text.length, 0);
      for (const c of mine) expect((c.end - c.start) / (s.end - s.start)).toBeCloseTo(c.text.length / total, 9);
    });
  });

  it("gives a step without a caption no cue", () => {
    const none = timedCues(timeline, [STEP_CAPTIONS[0]!, "", STEP_CAPTIONS[2]!]);
    expect(none.some((c) => c.step === 1)).toBe(false);
    expect(none.filter((c) => c.step === 2)[0]!.start).toBe(timeline.steps[2]!.start);
  });
});

describe("cueAt", () => {
  const cues: Cue[] = [
    { start: 0, end: 2, text: "one", step: 0 },
    { start: 2, end: 3.5, text: "two", step: 0 },
    { start: 5, end: 6, text: "three", step: 2 },
  ];

  it("finds the cue showing at a moment: from its start, up to (not at) its end", () => {
    expect(cueAt(cues, 0)?.text).toBe("one");
    expect(cueAt(cues, 1.999)?.text).toBe("one");
    expect(cueAt(cues, 2)?.text).toBe("two");
    expect(cueAt(cues, 5.5)?.text).toBe("three");
  });

  it("finds none between cues, before the first or after the last", () => {
    expect(cueAt(cues, 4)).toBeNull();
    expect(cueAt(cues, -1)).toBeNull();
    expect(cueAt(cues, 6)).toBeNull();
    expect(cueAt([], 0)).toBeNull();
  });
});

/** A WebVTT file read back, written here from the format's rules: a header, then blocks of an id, a timing line, text. */
function parseVtt(vtt: string): { id: string; start: number; end: number; lines: string[] }[] {
  const [header, ...blocks] = vtt.replace(/\n+$/, "").split("\n\n");
  if (header !== "WEBVTT") throw new Error(`header ${JSON.stringify(header)}`);
  const seconds = (t: string) => {
    const m = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(t);
    if (!m) throw new Error(`timestamp ${t}`);
    return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
  };
  return blocks.map((b) => {
    const [id, timing, ...lines] = b.split("\n");
    const m = /^(\S+) --> (\S+)$/.exec(timing ?? "");
    if (!m) throw new Error(`timing ${timing}`);
    return { id: id!, start: seconds(m[1]!), end: seconds(m[2]!), lines };
  });
}
const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("webVtt", () => {
  it("starts with the WEBVTT header and numbers the cues from 1", () => {
    const vtt = webVtt([{ start: 0, end: 1, text: "One.", step: 0 }, { start: 1, end: 2, text: "Two.", step: 0 }]);
    expect(vtt.startsWith("WEBVTT\n\n")).toBe(true);
    expect(vtt).toBe("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nOne.\n\n2\n00:00:01.000 --> 00:00:02.000\nTwo.\n");
  });

  it("writes times as hours, minutes, seconds and milliseconds, rounded to the millisecond", () => {
    const at = (start: number, end: number) => webVtt([{ start, end, text: "x", step: 0 }]).split("\n")[3];
    expect(at(61.5, 3723.25)).toBe("00:01:01.500 --> 01:02:03.250");
    expect(at(1 / 3, 2 / 3)).toBe("00:00:00.333 --> 00:00:00.667");
    // Rounding up carries into the seconds and the minutes.
    expect(at(59.9996, 3599.9999)).toBe("00:01:00.000 --> 01:00:00.000");
    expect(at(0.0004, 10 + 1 / 30)).toBe("00:00:00.000 --> 00:00:10.033");
  });

  it("writes <, > and & as entities", () => {
    const [cue] = parseVtt(webVtt([{ start: 0, end: 1, text: "A < B & C > D", step: 0 }]));
    expect(cue!.lines).toEqual(["A &lt; B &amp; C &gt; D"]);
  });

  it("gives back the cues' times, to the millisecond, and their text in at most two lines", () => {
    const cues = [...timedCues(timeline, STEP_CAPTIONS), { start: 3600.5, end: 3610, text: "Fish & chips <cheap> at 5 p.m. & later, said the U.S. Deputy & Co.", step: 3 }];
    const read = parseVtt(webVtt(cues));
    expect(read).toHaveLength(cues.length);
    read.forEach((r, i) => {
      expect(r.id).toBe(String(i + 1));
      expect(Math.abs(r.start - cues[i]!.start)).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(Math.abs(r.end - cues[i]!.end)).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(r.lines.length).toBeGreaterThanOrEqual(1);
      expect(r.lines.length).toBeLessThanOrEqual(2);
      expect(r.lines.map(unescape).join(" ")).toBe(cues[i]!.text);
      for (const l of r.lines) expect(l).not.toMatch(/<|>|&(?!amp;|lt;|gt;)/);
    });
  });
});

describe("captionCues with a word longer than a cue", () => {
  it("keeps the long word alone and the words around it together", () => {
    const address = `https://example.org/${"a".repeat(90)}`;
    expect(captionCues(`See ${address} for the full text of it.`)).toEqual(["See", address, "for the full text of it."]);
  });
});
