/**
 * The starter model that `npm run new-model -- <id>` writes: a complete, valid model whose "$comment" fields
 * say what each part is for and whose texts say what to put in their place. Two example parties, each
 * responsible for one example country, and one source; every placeholder text starts with "REPLACE".
 */
export function starterModel(id: string, date: string): Record<string, unknown> {
  return {
    $schema: "./model.schema.json",
    $comment: [
      `Starter model "${id}", written by npm run new-model. Its id must stay equal to the file name.`,
      "Replace every text that starts with REPLACE (English in en, Russian in ru: both are required),",
      "the example parties, countries and source, then check the file with: npm run validate models/" + id + ".json.",
      "Every field is described in README.md, Model reference. Optional parts not shown here: keyStatement,",
      "nodes and links (a schematic diagram). The format only says who is responsible for which area:",
      "it has no field for sites, ranges or performance. $comment fields are ignored by the app; delete them when done.",
    ].join(" "),
    id,
    title: text("title of the proposal, as shown on the switcher", "название предложения для переключателя"),
    summary: text(
      "two or three sentences, in your own words, explaining the proposal",
      "два-три предложения своими словами о сути предложения",
    ),
    date,
    proposedBy: "party-a",
    view: { lon: -5, lat: 40, distance: 2.6 },
    parties: [
      {
        $comment: 'A party that can be responsible for regions. colour is a role from the palette: "blue", "orange", "purple" or "green".',
        id: "party-a",
        name: text("name of the first party", "название первой стороны"),
        colour: "blue",
      },
      { id: "party-b", name: text("name of the second party", "название второй стороны"), colour: "orange" },
    ],
    regions: [
      {
        $comment: [
          "A shaded area and the party responsible for it. countries: ISO 3166-1 alpha-3 codes from data/countries.json;",
          'groups: e.g. "nato" (its members on the model\'s date); seas: ids from data/seas.json.',
          'Where the source names no borders, write "certainty": "ambiguous" and an "alternativeParty": the region is drawn in stripes.',
        ].join(" "),
        id: "region-a",
        label: text("short name of the first region", "краткое название первого региона"),
        countries: ["PRT"],
        party: "party-a",
        note: text("why this area is the first party's, in your own words", "почему этот район за первой стороной, своими словами"),
        sources: ["source-1"],
      },
      {
        id: "region-b",
        label: text("short name of the second region", "краткое название второго региона"),
        countries: ["ESP"],
        party: "party-b",
        note: text("why this area is the second party's", "почему этот район за второй стороной"),
        sources: ["source-1"],
      },
    ],
    sources: [
      {
        id: "source-1",
        publication: text("publication or agency", "издание или агентство"),
        title: text("headline of the item", "заголовок материала"),
        date,
      },
    ],
  };
}

/** A placeholder text in both languages. */
function text(en: string, ru: string): { en: string; ru: string } {
  return { en: `REPLACE: ${en}`, ru: `ЗАМЕНИТЬ: ${ru}` };
}

/** The starter model as the file's text: two-space JSON with a final newline, like the shipped models. */
export function starterModelText(id: string, date: string): string {
  return `${JSON.stringify(starterModel(id, date), null, 2)}\n`;
}
