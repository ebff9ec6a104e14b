import { describe, expect, it } from "vitest";
import type { Source } from "../../../src/model/schema";
import { attributionLine, sourceLine } from "../../../src/model/sourceLine";

const text = (en: string, ru: string) => ({ en, ru });
/** Made-up sources: an agency report cited through a newspaper, which is cited through a wire. */
const wire: Source = { id: "wire", publication: text("Example Wire", "Пример-Вайр"), date: "2011-05-03" };
const paper: Source = { id: "paper", publication: text("Daily Example", "Ежедневный пример"), date: "2011-05-02", via: "wire", label: text("Daily Example, May 2", "Ежедневный пример, 2 мая") };
const agency: Source = { id: "agency", publication: text("Agency", "Агентство"), date: "2011-05-01", via: "paper" };
const sameWire: Source = { id: "same", publication: text("Example Wire", "Пример-Вайр"), date: "2011-04-18", via: "wire", label: text("EW, April 18", "EW, 18 апреля") };
const lost: Source = { id: "lost", publication: text("Agency", "Агентство"), date: "2011-05-01", via: "nowhere" };
const byId = new Map([wire, paper, agency, sameWire, lost].map((s) => [s.id, s]));

describe("sourceLine: who reported a source is the source its `via` names", () => {
  it("names the reporter by its label in the cited form, and by its publication in the plain form", () => {
    expect(sourceLine(agency, "en", byId)).toBe("Agency, 1 May 2011, as reported by Daily Example, May 2");
    expect(sourceLine(agency, "en", byId, "plain")).toBe("Agency, as reported by Daily Example");
    expect(sourceLine(paper, "en", byId)).toBe("Daily Example, May 2, as reported by Example Wire");
  });
  it("says the same in Russian", () => {
    expect(sourceLine(agency, "ru", byId)).toBe("Агентство, 1 мая 2011 г., по сообщению Ежедневный пример, 2 мая");
    expect(sourceLine(paper, "ru", byId, "plain")).toBe("Ежедневный пример, по сообщению Пример-Вайр");
  });
  it("says nothing of a reporter it cannot find: `via` not among the sources, or no sources given", () => {
    expect(sourceLine(lost, "en", byId)).toBe("Agency, 1 May 2011");
    expect(sourceLine(lost, "en", byId, "plain")).toBe("Agency");
    expect(sourceLine(agency, "en")).toBe("Agency, 1 May 2011");
    expect(sourceLine(paper, "ru")).toBe("Ежедневный пример, 2 мая");
    // In particular, it names no publication of its own choosing.
    for (const s of [lost, agency, paper]) expect(sourceLine(s, "en")).not.toMatch(/reported|Global Security Newswire/);
  });
  it("says nothing more of a report in the same publication", () => {
    expect(sourceLine(sameWire, "en", byId)).toBe("EW, April 18");
    expect(sourceLine(sameWire, "en", byId, "plain")).toBe("Example Wire");
  });
  it("a source without `via` is named with its date", () => {
    expect(sourceLine(wire, "en", byId)).toBe("Example Wire, 3 May 2011");
    expect(sourceLine(wire, "en", byId, "plain")).toBe("Example Wire");
  });
});

describe("attributionLine", () => {
  it("names who, the publication and its reporter, then the date, each once", () => {
    expect(attributionLine("A. Person", agency, "2011-05-01", "en", byId)).toBe("A. Person; Agency, as reported by Daily Example, 1 May 2011");
    expect(attributionLine("A. Person", lost, "2011-05-01", "en", byId)).toBe("A. Person; Agency, 1 May 2011");
    expect(attributionLine("A. Person", undefined, "2011-05-01", "en")).toBe("A. Person; 1 May 2011");
  });
});
