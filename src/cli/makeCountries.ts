/**
 * Writes data/countries.json: one entry per country feature of world-atlas's countries-50m.json,
 * with its ISO 3166-1 alpha-3 code, numeric code and English and Russian names.
 * Features that have no ISO code (or share one) get a user-assigned code from ASSIGNED below.
 * Run: npm run data:countries
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
countries.registerLocale(require("i18n-iso-countries/langs/ru.json"));

/** Natural Earth features without a usable ISO 3166-1 code. X-prefixed alpha-3 codes are reserved for user assignment. */
const ASSIGNED: Record<string, { code: string; en: string; ru: string }> = {
  Kosovo: { code: "XKX", en: "Kosovo", ru: "Косово" },
  Somaliland: { code: "XSL", en: "Somaliland", ru: "Сомалиленд" },
  "N. Cyprus": { code: "XNC", en: "Northern Cyprus", ru: "Северный Кипр" },
  "Indian Ocean Ter.": { code: "XIO", en: "Australian Indian Ocean Territories", ru: "Австралийские территории в Индийском океане" },
  "Siachen Glacier": { code: "XSG", en: "Siachen Glacier", ru: "Ледник Сиачен" },
  "Ashmore and Cartier Is.": { code: "XAC", en: "Ashmore and Cartier Islands", ru: "Острова Ашмор и Картье" },
};

/** Short everyday names where the ISO list gives a formal or abbreviated one. */
const EN: Record<string, string> = {
  ARE: "United Arab Emirates", GBR: "United Kingdom", USA: "United States", COD: "DR Congo", COG: "Republic of the Congo",
  KOR: "South Korea", PRK: "North Korea", LAO: "Laos", MDA: "Moldova", FSM: "Micronesia", SYR: "Syria",
  VAT: "Vatican City", FLK: "Falkland Islands", TWN: "Taiwan", NLD: "Netherlands", CZE: "Czech Republic",
  IRN: "Iran", BOL: "Bolivia", VEN: "Venezuela", TZA: "Tanzania", RUS: "Russia", BRN: "Brunei", VNM: "Vietnam",
  MAF: "Saint Martin", SXM: "Sint Maarten", GMB: "Gambia", VGB: "British Virgin Islands", VIR: "US Virgin Islands",
  PSE: "Palestine", MKD: "North Macedonia", CPV: "Cabo Verde", ALA: "Åland Islands",
};
/** The same in Russian, spelt as the models spell them (Белоруссия, Молдавия). */
const RU: Record<string, string> = {
  ESH: "Западная Сахара", CAF: "Центральноафриканская Республика", ARE: "Объединённые Арабские Эмираты", USA: "Соединённые Штаты",
  KOR: "Южная Корея", PRK: "КНДР", RUS: "Россия", GBR: "Великобритания", BLR: "Белоруссия", MDA: "Молдавия",
  CHN: "Китай", TWN: "Тайвань", FRO: "Фарерские острова", PSE: "Палестина", HMD: "Остров Херд и острова Макдональд",
  TCA: "Тёркс и Кайкос", SHN: "Остров Святой Елены",
};

type Geometry = { id?: string; properties: { name: string } };
const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-50m.json", "utf8"));
const geometries: Geometry[] = topology.objects.countries.geometries;

const rows = geometries.map((g) => {
  const assigned = ASSIGNED[g.properties.name];
  if (assigned) return { code: assigned.code, numeric: null, atlasName: g.properties.name, en: assigned.en, ru: assigned.ru };
  if (!g.id) throw new Error(`no id and no assigned code for "${g.properties.name}"`);
  const code = countries.numericToAlpha3(g.id);
  if (!code) throw new Error(`no alpha-3 code for numeric ${g.id} ("${g.properties.name}")`);
  return {
    code,
    numeric: g.id,
    atlasName: g.properties.name,
    en: EN[code] ?? countries.getName(code, "en", { select: "alias" }) ?? g.properties.name,
    ru: RU[code] ?? countries.getName(code, "ru", { select: "alias" }) ?? g.properties.name,
  };
});
rows.sort((a, b) => a.code.localeCompare(b.code));
const seen = new Set<string>();
for (const r of rows) {
  if (seen.has(r.code)) throw new Error(`duplicate code ${r.code}`);
  seen.add(r.code);
}
writeFileSync("data/countries.json", JSON.stringify(rows, null, 1) + "\n");
console.log(`data/countries.json: ${rows.length} countries`);
