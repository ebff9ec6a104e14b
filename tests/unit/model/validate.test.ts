import { describe, expect, it } from "vitest";
import { loadReference } from "../../../src/data/loadReference";
import { formatPath, validateModel, validateModelText } from "../../../src/model/validate";
import { MODEL_FILES, modelJson, readRepoFile, withoutHints } from "../support";

const ref = loadReference();
const NATO = "models/nato-two-systems.json";
const RUSSIA = "models/russia-sectors.json";

/** Errors from validating a copy of a real model changed by `change`, without their hints (messages.test.ts checks those). */
function errorsAfter(file: typeof NATO | typeof RUSSIA, change: (m: Record<string, any>) => void, asFile: string = file): string[] {
  const m = modelJson(file);
  change(m);
  const r = validateModel(m, asFile, ref);
  if (r.ok) return [];
  return withoutHints(r.errors);
}

describe("formatPath", () => {
  it("writes regions[3].countries[1]", () => expect(formatPath(["regions", 3, "countries", 1])).toBe("regions[3].countries[1]"));
  it("writes view.lat", () => expect(formatPath(["view", "lat"])).toBe("view.lat"));
  it("writes (top level) for the empty path", () => expect(formatPath([])).toBe("(top level)"));
});

describe("validateModelText on the real model files", () => {
  for (const file of MODEL_FILES) {
    it(`${file} is valid`, () => {
      const r = validateModelText(readRepoFile(file), file, ref);
      expect(r.ok ? [] : r.errors).toEqual([]);
      expect(r.ok).toBe(true);
    });
  }
  it("fills in the defaults: nato-two-systems' regions get certainty clear and empty seas", () => {
    const r = validateModelText(readRepoFile(NATO), NATO, ref);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.model.regions[0]!.certainty).toBe("clear");
    expect(r.model.regions[0]!.seas).toEqual([]);
    expect(r.model.regions[1]!.groups).toEqual([]);
    expect(r.model.id).toBe("nato-two-systems");
  });
});

describe("validateModel rejects bad input, naming the file and the path", () => {
  it("an unknown top-level field", () => {
    expect(errorsAfter(NATO, (m) => (m.range = 500))).toEqual([`${NATO}: (top level): unknown field "range"`]);
  });
  it("an unknown field inside a region (path regions[0])", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[0].colourHex = "#ff0000"))).toEqual([`${NATO}: regions[0]: unknown field "colourHex"`]);
  });
  it("an unknown country code: models/russia-sectors.json: regions[0].countries[1]: unknown country \"XYZ\"", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.regions[0].countries[1] = "XYZ"))).toEqual([
      `${RUSSIA}: regions[0].countries[1]: unknown country "XYZ"`,
    ]);
  });
  it("an unknown country in bordering, and an unknown group in within", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.regions[2].bordering = ["RUS", "SOV"]))).toEqual([`${RUSSIA}: regions[2].bordering[1]: unknown country "SOV"`]);
    expect(errorsAfter(RUSSIA, (m) => (m.regions[3].within = ["warsaw-pact"]))).toEqual([
      `${RUSSIA}: regions[3].within[0]: unknown group "warsaw-pact" (known: nato, eastern-europe, europe)`,
    ]);
  });
  it("a country code that is not three capital letters", () => {
    const errors = errorsAfter(RUSSIA, (m) => (m.regions[0].countries[0] = "ru"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^models\/russia-sectors\.json: regions\[0\]\.countries\[0\]: .*alpha-3/);
  });
  it("an unknown sea id", () => {
    const errors = errorsAfter(RUSSIA, (m) => (m.regions[1].seas[1] = "north"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^models\/russia-sectors\.json: regions\[1\]\.seas\[1\]: unknown sea "north" \(known: /);
  });
  it("the same sea in two regions", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.regions[0].seas = ["black"]))).toEqual([
      `${RUSSIA}: regions[1].seas[2]: sea "black" is already in region "russia"`,
    ]);
  });
  it("an unknown group", () => {
    const errors = errorsAfter(NATO, (m) => (m.regions[0].groups = ["csto"]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^models\/nato-two-systems\.json: regions\[0\]\.groups\[0\]: unknown group "csto" \(known: nato, eastern-europe, europe\)$/);
  });
  it("an unknown party in regions[i].party", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[1].party = "china"))).toEqual([`${NATO}: regions[1].party: unknown party "china"`]);
  });
  it("an unknown party in proposedBy, alternativeParty and node owners", () => {
    expect(errorsAfter(NATO, (m) => (m.proposedBy = "china"))).toEqual([`${NATO}: proposedBy: unknown party "china"`]);
    expect(errorsAfter(RUSSIA, (m) => (m.regions[3].alternativeParty = "china"))).toEqual([
      `${RUSSIA}: regions[3].alternativeParty: unknown party "china"`,
    ]);
    expect(errorsAfter(NATO, (m) => (m.nodes[1].owners = ["russia", "china"]))).toEqual([`${NATO}: nodes[1].owners[1]: unknown party "china"`]);
  });
  it("an unknown source reference", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[0].sources = ["gsn-2011-05-03", "pravda-2011"]))).toEqual([
      `${NATO}: regions[0].sources[1]: unknown source "pravda-2011"`,
    ]);
    expect(errorsAfter(NATO, (m) => (m.links[0].sources = ["nowhere"]))).toEqual([`${NATO}: links[0].sources[0]: unknown source "nowhere"`]);
  });
  it("a source cited via an unknown source, or via itself", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.sources[1].via = "nowhere"))).toEqual([`${RUSSIA}: sources[1].via: unknown source "nowhere"`]);
    expect(errorsAfter(RUSSIA, (m) => (m.sources[1].via = m.sources[1].id))).toEqual([
      `${RUSSIA}: sources[1].via: unknown source "ria-novosti-2011-04-29"`,
    ]);
  });
  it("an unknown node in links[i].from", () => {
    expect(errorsAfter(NATO, (m) => (m.links[0].from = "nato-radar"))).toEqual([`${NATO}: links[0].from: unknown node "nato-radar"`]);
  });
  it("an unknown node in links[i].to", () => {
    expect(errorsAfter(NATO, (m) => (m.links[0].to = "nato-radar"))).toEqual([`${NATO}: links[0].to: unknown node "nato-radar"`]);
  });
  it("a link from a node to itself", () => {
    expect(errorsAfter(NATO, (m) => (m.links[0].to = "nato-system"))).toEqual([
      `${NATO}: links[0].to: a link cannot join node "nato-system" to itself`,
    ]);
  });
  it("a duplicate region id", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[1].id = "nato-members"))).toEqual([`${NATO}: regions[1].id: duplicate id "nato-members"`]);
  });
  it("a duplicate party, node or source id", () => {
    expect(errorsAfter(NATO, (m) => m.parties.push({ ...m.parties[0] }))).toEqual([`${NATO}: parties[2].id: duplicate id "nato"`]);
    expect(errorsAfter(NATO, (m) => (m.nodes[1].id = "nato-system"))).toContain(`${NATO}: nodes[1].id: duplicate id "nato-system"`);
    expect(errorsAfter(NATO, (m) => m.sources.push({ ...m.sources[0] }))).toEqual([`${NATO}: sources[1].id: duplicate id "gsn-2011-05-03"`]);
  });
  it("the same country listed in two regions", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.regions[5].countries = ["BLR", "RUS"]))).toEqual([
      `${RUSSIA}: regions[5].countries[1]: country "RUS" is already listed in region "russia"`,
    ]);
  });
  it("an ambiguous region without alternativeParty is valid: a reading that names one party", () => {
    expect(errorsAfter(RUSSIA, (m) => delete m.regions[3].alternativeParty)).toEqual([]);
  });
  it("a clear region with an alternativeParty", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[1].alternativeParty = "nato"))).toEqual([
      `${NATO}: regions[1].alternativeParty: only an ambiguous region has an alternativeParty`,
    ]);
  });
  it("an ambiguous region whose alternativeParty is its own party", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.regions[3].alternativeParty = "russia"))).toEqual([
      `${RUSSIA}: regions[3].alternativeParty: "russia" is the region's own party`,
    ]);
  });
  it("a region that names no countries, groups or seas", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[1].countries = []))).toEqual([
      `${NATO}: regions[1]: region "russia" names no countries, groups or seas`,
    ]);
  });
  it("an id not matching the file name", () => {
    expect(errorsAfter(NATO, () => {}, "models/x.json")).toEqual([
      `models/x.json: id: "nato-two-systems" does not match the file name (expected "x")`,
    ]);
    expect(errorsAfter(NATO, (m) => (m.id = "russia-sectors"))).toEqual([
      `${NATO}: id: "russia-sectors" does not match the file name (expected "nato-two-systems")`,
    ]);
  });
  it("a wrong date format", () => {
    expect(errorsAfter(NATO, (m) => (m.date = "03/05/2011"))).toEqual([`${NATO}: date: must be a date written YYYY-MM-DD (value: "03/05/2011")`]);
    expect(errorsAfter(NATO, (m) => (m.sources[0].date = "2011-5-3"))).toEqual([`${NATO}: sources[0].date: must be a date written YYYY-MM-DD (value: "2011-5-3")`]);
  });
  it("a date with month 13", () => {
    expect(errorsAfter(NATO, (m) => (m.date = "2011-13-01"))).toEqual([`${NATO}: date: is not a calendar date (value: "2011-13-01")`]);
  });
  it("an impossible day (30 February, 31 April, 29 February in a common year)", () => {
    for (const date of ["2011-02-30", "2011-04-31", "2011-02-29"]) {
      expect(errorsAfter(NATO, (m) => (m.date = date))).toEqual([`${NATO}: date: is not a calendar date (value: "${date}")`]);
    }
    expect(errorsAfter(NATO, (m) => (m.date = "2012-02-29"))).toEqual([]);
  });
  it("a missing required field", () => {
    const errors = errorsAfter(NATO, (m) => delete m.title);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${NATO}: title: `)).toBe(true);
  });
  it("a text without its Russian translation, or with an empty one: models/x.json: regions[0].label.ru: …", () => {
    expect(errorsAfter(NATO, (m) => delete m.regions[0].label.ru, "models/x.json")).toEqual([
      "models/x.json: regions[0].label.ru: missing Russian text",
      'models/x.json: id: "nato-two-systems" does not match the file name (expected "x")',
    ]);
    const empty = errorsAfter(RUSSIA, (m) => (m.sources[1].label.ru = " "));
    expect(empty).toHaveLength(1);
    expect(empty[0]!.startsWith(`${RUSSIA}: sources[1].label.ru: `)).toBe(true);
    expect(errorsAfter(RUSSIA, (m) => (m.keyStatement.speaker = m.keyStatement.speaker.en))[0]).toMatch(/^models\/russia-sectors\.json: keyStatement\.speaker: /);
  });
  it("a hex colour instead of a colour role", () => {
    const errors = errorsAfter(NATO, (m) => (m.parties[0].colour = "#ff0000"));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${NATO}: parties[0].colour: `)).toBe(true);
  });
  it("an id that is not lower-case words joined by hyphens", () => {
    expect(errorsAfter(NATO, (m) => (m.regions[0].id = "Nato Members"))).toEqual([
      `${NATO}: regions[0].id: must be lower-case words joined by hyphens (value: "Nato Members")`,
    ]);
  });
  it("a camera view outside its range", () => {
    const errors = errorsAfter(NATO, (m) => (m.view.lat = 100));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${NATO}: view.lat: `)).toBe(true);
  });
  it("a region without sources", () => {
    const errors = errorsAfter(NATO, (m) => (m.regions[0].sources = []));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${NATO}: regions[0].sources: `)).toBe(true);
  });
  it("reports every problem, not just the first", () => {
    const errors = errorsAfter(RUSSIA, (m) => {
      m.regions[0].countries[1] = "XYZ";
      m.regions[0].party = "china";
      m.links[0].from = "nowhere";
    });
    expect(errors).toEqual([
      `${RUSSIA}: regions[0].countries[1]: unknown country "XYZ"`,
      `${RUSSIA}: regions[0].party: unknown party "china"`,
      `${RUSSIA}: links[0].from: unknown node "nowhere"`,
    ]);
  });
  it("reports the references in the parts that parsed beside a structural problem, in one run", () => {
    const errors = errorsAfter(RUSSIA, (m) => {
      m.bogus = 1;
      m.regions[0].countries[1] = "XYZ";
      m.regions[3].certainty = "perhaps";
      m.regions[4].party = "china";
    });
    expect(errors).toEqual([
      `${RUSSIA}: regions[3].certainty: must be one of "clear", "ambiguous" (value: "perhaps")`,
      `${RUSSIA}: (top level): unknown field "bogus"`,
      `${RUSSIA}: regions[0].countries[1]: unknown country "XYZ"`,
      `${RUSSIA}: regions[4].party: unknown party "china"`,
    ]);
  });
  it("a rejected item is reported once: references to it are not reported as unknown", () => {
    // parties[0] (nato) is rejected; the regions that name nato as their party are not reported again.
    expect(errorsAfter(NATO, (m) => (m.parties[0].colour = "#ff0000"))).toEqual([
      `${NATO}: parties[0].colour: must be one of "blue", "orange", "purple", "green" (value: "#ff0000")`,
    ]);
  });
  it("a value that is not an object", () => {
    for (const v of [[], null, 42, "model"]) {
      const r = validateModel(v, NATO, ref);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.startsWith(`${NATO}: (top level): `)).toBe(true);
    }
  });
});

describe("the schema has no field for sites, ranges or positions", () => {
  it("rejects site, rangeKm, lat and lon on a region, naming each", () => {
    const errors = errorsAfter(NATO, (m) => Object.assign(m.regions[0], { site: "Deveselu", rangeKm: 500, lat: 44.1, lon: 24.1 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`${NATO}: regions[0]: unknown fields `)).toBe(true);
    for (const k of ["site", "rangeKm", "lat", "lon"]) expect(errors[0]).toContain(`"${k}"`);
  });
  it("rejects lat and lon on a node", () => {
    expect(errorsAfter(NATO, (m) => Object.assign(m.nodes[0], { lat: 52, lon: 21 }))).toEqual([`${NATO}: nodes[0]: unknown fields "lat", "lon"`]);
  });
  it("rejects a top-level list of sites", () => {
    expect(errorsAfter(NATO, (m) => (m.sites = [{ lat: 1, lon: 2 }]))).toEqual([`${NATO}: (top level): unknown field "sites"`]);
  });
  it("rejects a range on a link", () => {
    expect(errorsAfter(NATO, (m) => (m.links[0].rangeKm = 3000))).toEqual([`${NATO}: links[0]: unknown field "rangeKm"`]);
  });
});

describe("validateModelText", () => {
  it("turns invalid JSON into one message naming the file", () => {
    for (const text of ["{", "", "{ \"id\": 'x' }"]) {
      const r = validateModelText(text, "models/x.json", ref);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0]!.startsWith("models/x.json: not valid JSON: ")).toBe(true);
      }
    }
  });
  it("validates valid JSON like validateModel does", () => {
    const m = modelJson(NATO);
    m.range = 1;
    const r = validateModelText(JSON.stringify(m), NATO, ref);
    expect(r.ok ? [] : withoutHints(r.errors)).toEqual([`${NATO}: (top level): unknown field "range"`]);
  });
});

describe("the key statement", () => {
  it("must cite a source of the model", () => {
    expect(errorsAfter(RUSSIA, (m) => (m.keyStatement.source = "pravda"))).toEqual([`${RUSSIA}: keyStatement.source: unknown source "pravda"`]);
  });
  it("as a quotation, is at most 15 words; a paraphrase may be longer", () => {
    const long = "Russia should be in charge of the eastern sector encompassing the territories of the contiguous states and seas";
    expect(errorsAfter(RUSSIA, (m) => (m.keyStatement.text.en = long))).toEqual([
      `${RUSSIA}: keyStatement.text: a quotation of 18 words is too long (at most 15)`,
    ]);
    expect(errorsAfter(RUSSIA, (m) => ((m.keyStatement.text.en = long), (m.keyStatement.quoted = false)))).toEqual([]);
  });
  it("the shipped quotation is word for word in the article, attributed to who said it", () => {
    const article =
      "Naturally, Russia should be in charge of the eastern sector encompassing the territories of the contiguous states and seas";
    const k = modelJson(RUSSIA).keyStatement;
    expect(k.quoted).toBe(true);
    expect(article).toContain(k.text.en);
    expect(k.speaker.en).toContain("Ostapenko");
    expect(k.speaker.ru).toContain("Остапенко");
  });
});

describe("values in messages are shown as they are", () => {
  it("a number past JSON's range (1e309) is named Infinity, not null", () => {
    const text = readRepoFile(NATO).replace('"distance": 2.7', '"distance": 1e309');
    const r = validateModelText(text, NATO, ref);
    expect(r.ok ? [] : withoutHints(r.errors)).toEqual([`${NATO}: view.distance: expected number, 1.35 to 6, got a number too large for JSON (value: Infinity)`]);
  });
});
