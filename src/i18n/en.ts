/**
 * The interface's English strings, grouped by where they appear. Strings with parameters are functions.
 * The Russian dictionary (ru.ts) has the type of this one, so it must have every key, and no other.
 * Texts from the models and data/ (titles, labels, country and sea names) are not here: they carry both languages.
 */
export const en = {
  /** Words used inside other strings. */
  words: {
    /** Joins the last two items of a list: "A, B and C". */
    and: "and",
    /** Quotation marks around a verbatim quotation. */
    quote: (text: string) => `“${text}”`,
  },
  app: {
    documentTitle: "Missile defence in Europe: NATO's and Russia's proposals, May 2011",
    kicker: "Missile defence in Europe: two proposals, May 2011",
    language: "Language",
    compare: "Compare side by side",
    briefing: (title: string) => `Briefing: ${title}`,
    steps: "Steps of the briefing",
    noModel: "No valid proposal model could be loaded; see the messages above.",
    openFullView: "Open the full view ↗",
    /** The same link where a small embed has little room. */
    fullViewShort: "Full view ↗",
    showing: (title: string) => `Showing: ${title}`,
    stopShowing: "Stop showing this point",
    differencesHeading: "Where the proposals differ",
    shortcuts: "Keyboard shortcuts (?)",
  },
  sections: {
    contention: "Points of contention",
    timeline: "Timeline",
    people: "People",
    textView: "Text view",
    sources: "Sources",
    /** Where a section's contents are still on their way (heard politely by screen readers). */
    loading: "Loading…",
    /** Where a section's contents could not be fetched (the network failed, or the site lacks a file). */
    loadFailed: "This section could not be loaded. Reload the page to try again.",
  },
  /** What the live region says when the view changes. */
  announce: {
    step: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}.`,
    point: (title: string) => `Showing on the globe: ${title}.`,
    sideBySide: (a: string, b: string, differencesOnly: boolean) => `Side by side: ${a} and ${b}${differencesOnly ? ", differences only" : ""}.`,
    asOf: (date: string) => `Borders and membership as of ${date}.`,
    asOfToday: "Borders and membership as of today.",
    /** The headline of a comparison (over an embed, in exports): the proposals' own titles are the globes' headings. */
    comparisonTitle: (differencesOnly: boolean, pair: boolean): string =>
      pair
        ? differencesOnly
          ? "Two proposals for missile defence in Europe: where they differ"
          : "Two proposals for missile defence in Europe, side by side"
        : differencesOnly
          ? "Where the proposals differ"
          : "The proposals side by side",
  },
  notices: {
    label: "Messages",
    dismiss: "Dismiss message",
    startupFailed: (message: string) => `The map data could not be loaded (${message}). Reload the page to try again; if this keeps happening, the site is missing a file.`,
    /** A model, briefing or context file failed validation; the message (file, path, problem) follows. */
    fileNotLoaded: (message: string) => `A file in models/ was not loaded. ${message}`,
    /** An edited file became invalid while the app runs; the globe keeps its last valid version. */
    fileKept: (message: string) => `A file in models/ has a problem, so its last valid version is still shown. ${message}`,
    svgFallback:
      "This browser cannot draw the 3D globe (WebGL is unavailable), so a flat drawing of it is shown. Drag it or use the arrow keys to turn it.",
    contextLost: "The graphics context was lost. The globe will come back by itself when the browser restores it.",
    webglFailed: (message: string) => `The 3D globe could not start (${message}), so a flat drawing is shown instead.`,
    noWebgl:
      "This browser cannot show the 3D globe (WebGL is unavailable). The proposals are described in the panel and the region list.",
  },
  /** Messages about URL parameters that were ignored. Values in quotes are what the URL says, verbatim. */
  url: {
    ignored: (key: string, value: string, why: string) => `The URL parameter ${key}="${value}" was ignored: ${why}.`,
    repeated: (key: string) => `The URL parameter "${key}" is given more than once; only the first is used.`,
    unknown: (key: string) => `Unknown URL parameter "${key}" was ignored.`,
    /** Several unknown (or repeated) parameters in one message: the first few names, and how many more. */
    unknownMany: (keys: readonly string[], more: number) =>
      `Unknown URL parameters ${keys.map((k) => `"${k}"`).join(", ")}${more ? ` and ${more.toLocaleString("en")} more` : ""} were ignored.`,
    repeatedMany: (keys: readonly string[], more: number) =>
      `The URL parameters ${keys.map((k) => `"${k}"`).join(", ")}${more ? ` and ${more.toLocaleString("en")} more` : ""} are given more than once; only the first of each is used.`,
    /** The address is longer than any view needs: what lies past the limit was not read. */
    tooLong: (limit: number) => `The address is longer than ${limit.toLocaleString("en")} characters; the rest of it was not read.`,
    tooMany: (limit: number) => `The address has more than ${limit} parameters; those after the first ${limit} were not read.`,
    noProposal: (ids: readonly string[]) => `there is no proposal ${ids.map((id) => `"${id}"`).join(" or ")}`,
    twoProposals: "it must name two proposals, separated by a comma",
    sameTwice: "it names the same proposal twice",
    mode: 'it must be "full" or "differences"',
    link: 'it must be "1" (cameras move together) or "0"',
    noPoint: (id: string) => `there is no point of contention "${id}"`,
    noBriefing: (id: string) => `there is no briefing "${id}"`,
    at: (min: number, max: number) => `it must be longitude,latitude,distance (degrees, degrees, ${min} to ${max} globe radii)`,
    year: 'it must be "2011" (as the proposals were made) or "today"',
    embed: 'it must be "1" or "0"',
    origins: (max: number) =>
      `it must be 1 to ${max} web origins separated by commas, each written as scheme://host or scheme://host:port, like http://127.0.0.1:8080 (no path, no trailing slash, no repeats)`,
    lang: 'it must be "en" (English) or "ru" (Russian)',
    childId: (max: number) => `it must be the id of the element that holds the frame, as Pym.js gives it: up to ${max} characters, with no spaces`,
    theme: 'it must be "auto" (as the system prefers), "light" or "dark"',
    noBriefingToStep: "there is no briefing to step through",
    stepRange: (steps: number) => `it must be a step number from 1 to ${steps}`,
  },
  /** Messages about a host page's command to an embedded globe (shown in the browser's console). */
  embed: {
    /** One field, or several (the first few names, and how many more), that a host page cannot set. */
    unusableField: (key: string, fields: readonly string[]) =>
      `The field "${key}" of a show command was ignored: a host page can set ${fields.join(", ")}, each as text, a number or a list.`,
    unusableFields: (keys: readonly string[], more: number, fields: readonly string[]) =>
      `The fields ${keys.map((k) => `"${k}"`).join(", ")}${more ? ` and ${more.toLocaleString("en")} more` : ""} of a show command were ignored: a host page can set ${fields.join(", ")}, each as text, a number or a list.`,
  },
  /** The scrolling story page (story.html): a briefing's steps as text, with the embedded globe beside them. */
  story: {
    documentTitle: (title: string) => `${title}: the story, step by step`,
    kicker: "A story in steps",
    howToRead: "Scroll down: the globe follows the text and shows each step as you reach it. It shades who would be responsible for which area under each proposal.",
    skipGlobe: "Skip the globe and go to the text",
    globeTitle: (title: string) => `Globe following the text: ${title}`,
    steps: "The steps",
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    sources: (list: readonly string[]) => `Sources: ${list.join("; ")}.`,
    openFullView: "Open the full explainer, with every region, source and comparison",
    language: "Language",
  },
  switcher: {
    label: "Proposals",
  },
  year: {
    legend: "Borders and membership",
    may2011: "May 2011",
    today: "Today",
    asMade: "As they were when the proposals were made.",
  },
  /** The line under the year switch: what today's view adds to the 2011 one. */
  changes: {
    grown: (group: string, from: number, to: number, joined: string) => `${group} has grown from ${from} to ${to} members: ${joined} joined`,
    nothing: "Nothing in the data changed between these dates.",
  },
  compare: {
    label: "Comparison",
    heading: "Side by side",
    left: "Left",
    right: "Right",
    shade: "Shade",
    everyRegion: "Every region",
    onlyDifferences: "Only differences",
    linked: "Move both globes together",
    back: "Back to one globe",
  },
  briefing: {
    /** "Step 3 of 8", around the step number. */
    step: "Step",
    of: (total: number) => `of ${total}`,
    previousLabel: "Previous step",
    previous: "← Previous",
    nextLabel: "Next step",
    next: "Next →",
    fullScreen: "Full screen",
    leave: "Leave",
  },
  proposal: {
    proposedBy: (party: string) => `Proposed by ${party}`,
    /** Who a key statement is from: the speaker, or for a paraphrase "Position of <speaker>, as reported". */
    attribution: (speaker: string, quoted: boolean) => (quoted ? speaker : `Position of ${speaker}, as reported`),
    schematic: (title: string, nodes: readonly string[], links: readonly string[]) =>
      `Schematic of ${title}: ${nodes.join(", ")}${links.length ? `; ${links.join("; ")}` : ""}.`,
  },
  /** The schematic inset in a corner of each globe's frame: its text alternative, one sentence. */
  inset: {
    description: (parts: readonly string[], arrows: readonly string[]) =>
      `Schematic, not tied to any place: ${[...parts, ...arrows].join("; ")}.`,
    /** A part and the parties it belongs to (a list already joined). */
    part: (label: string, owners: string) => `${label} (${owners})`,
    /** A joint system and the parts drawn inside it (a list already joined). */
    holding: (label: string, owners: string, parts: string) => `${label} (${owners}), made up of ${parts}`,
    oneWay: (from: string, to: string, label: string) => `from ${from} to ${to}: ${label}`,
    bothWays: (a: string, b: string, label: string) => `between ${a} and ${b}, each way: ${label}`,
  },
  regions: {
    summary: "Regions in this proposal",
    noArea: "No area on this date",
  },
  sources: {
    /** Before a list of sources. */
    source: "Source:",
    reportedIn: "Reported in",
    /** In place of the date of an item that the citing article does not date. */
    undated: "date not given",
    /** After a source cited through another publication: "Interfax II, April 29, as reported by Global Security Newswire". */
    asReportedBy: (reporter: string) => `, as reported by ${reporter}`,
    /** Under the list of sources: the Russian officials' words reach us through an English-language report. */
    translationNote:
      "Russian officials' words are quoted as Global Security Newswire reported them in English; what they said in Russian may have been worded differently.",
  },
  contention: {
    show: "Show on the globe",
    showing: "Showing on the globe",
  },
  timeline: {
    around: (date: string) => `around ${date}`,
    with: "With:",
  },
  people: {
    side: { nato: "NATO", russia: "Russia", "united-states": "United States" },
  },
  textView: {
    caption: (title: string, date: string) => `${title}: who is responsible for what, as of ${date}`,
    region: "Region",
    responsible: "Responsible",
    places: "Countries and seas",
    sources: "Sources",
    /** The responsible column for a disputed region. */
    disputed: (party: string, other: string) => `${party} on one reading, ${other} on another`,
    /** The responsible column for a region the app assigns by its reading of the source. */
    reading: (party: string) => `${party}, on this explainer's reading (not named in the source)`,
    /** Under the table: a part of a country that another state holds without recognition. */
    occupied: (place: string, note: string) => `${place}: ${note}.`,
  },
  tooltip: {
    responsible: (party: string) => `Responsible: ${party}`,
    readings: (party: string, other: string) => `${party} on one reading, ${other} on another`,
    /** A region the app assigns by its reading of the source's words, which name no such country. */
    reading: (party: string) => `${party}, on this explainer's reading of the source (not named in it)`,
    notAssigned: "Not assigned in this proposal",
  },
  legend: {
    label: "Legend",
    /** The button that shows the legend where a small embed has no room for it. */
    key: "Key",
    disputed: (party: string, other: string) => `Disputed: ${party} on one reading, ${other} on another`,
    reading: (party: string) => `${party}, on this explainer's reading`,
    /** The grey hatch over land held without recognition, with what it is (from data/border-corrections.json). */
    occupied: (labels: string) => `Hatched grey: ${labels}`,
    responsible: (party: string) => `${party} responsible`,
    sea: (party: string) => `Sea area in ${party}'s charge`,
    notAssigned: "Not assigned in this proposal",
    /** A proposal named after the party that made it. */
    proposalName: (party: string) => `${party}'s proposal`,
    /** A sentence of a differences view: each proposal's party, and what the area is under it. */
    difference: (partyA: string, a: string, partyB: string, b: string) => `Under ${partyA}'s proposal: ${a}. Under ${partyB}'s proposal: ${b}.`,
    /** One side of a difference sentence. */
    diffNotAssigned: "not assigned",
    diffRegion: (region: string, party: string) => `${region}: ${party}`,
    diffDisputed: (region: string, party: string, other: string) => `${region}: ${party} or ${other}`,
    diffReading: (region: string, party: string) => `${region}: ${party}, on this explainer's reading`,
  },
  /** Text alternatives of the globe, for screen readers. */
  describe: {
    globe: (title: string, date: string, parts: readonly string[]) => `Globe showing ${title}, as of ${date}. ${parts.join("; ")}.`,
    part: (region: string, party: string) => `${region}: ${party}`,
    partDisputed: (region: string, party: string, other: string) => `${region}: ${party} or ${other}, depending on the reading`,
    partReading: (region: string, party: string) => `${region}: ${party}, on this explainer's reading`,
    region: (region: string, party: string, places: string) => `${region}, ${party}${places}.`,
    regionDisputed: (region: string, party: string, other: string, places: string) =>
      `${region}, ${party} or ${other} depending on the reading${places}.`,
    regionReading: (region: string, party: string, places: string) => `${region}, ${party} on this explainer's reading${places}.`,
    roleDescription: "interactive globe",
  },
  share: {
    summary: "Share and export",
    copyLink: "Copy link",
    linkCopied: "Link copied.",
    linkNotCopied: "Could not copy: select the address bar instead.",
    embedCode: "Embed code",
    /** The plain frame: its height is set in the code. */
    embedFrame: "Frame (iframe), of a fixed height",
    /** The loader script with its placeholder: the frame takes the height the globe asks for. */
    embedScript: "Script and placeholder: the frame takes the globe's height",
    copyEmbed: "Copy the frame code",
    copyEmbedScript: "Copy the script code",
    embedCopied: "Embed code copied.",
    embedNotCopied: "Could not copy the embed code.",
    /** What readers whose browser runs no scripts get instead of the globe. */
    embedNoScript: "Where scripts do not run, readers get a link to the full view.",
    /** The link that stands for the globe in the embed code. */
    embedLinkText: (title: string) => `${title} (interactive globe)`,
    imageSize: "Image size",
    size4k: "4K (3840 px wide)",
    transparent: "Transparent background",
    downloadPng: "Download image (PNG)",
    rendering: "Rendering…",
    imageDownloaded: "Image downloaded.",
    imageFailed: (message: string) => `The image could not be made: ${message}`,
    downloadSvg: "Download SVG (for print)",
    svgDownloaded: "SVG downloaded.",
  },
  /** The video of a briefing (or of a view's slow turn) and the printed handout (Video and handout section). */
  video: {
    summary: "Video and handout",
    intro: "A video of the whole briefing, rendered frame by frame in this browser: the same steps, colours, names and words as on screen, with subtitles in a file beside it.",
    introView: "A video of this view: a slow turn to what it shows, with its legend, note and source.",
    formatLegend: "Video format",
    format169: "Wide 16:9 (1920 × 1080)",
    format11: "Square 1:1 (1080 × 1080)",
    format45: "Portrait 4:5 (1080 × 1350)",
    format916: "Vertical 9:16 (1080 × 1920)",
    frameRate: "Frames a second",
    stepsLegend: "Steps",
    fromStep: "From step",
    toStep: "to step",
    burnIn: "Captions in the picture",
    download: "Download video",
    cancel: "Cancel",
    /** The progress bar's label. */
    progressLabel: "Video rendering",
    progress: (step: number, steps: number, frame: number, frames: number) => `Step ${step} of ${steps}, frame ${frame} of ${frames}`,
    left: (seconds: number) => `about ${seconds < 90 ? `${Math.max(1, Math.round(seconds))} s` : `${Math.round(seconds / 60)} min`} left`,
    preparing: "Preparing the video…",
    made: (container: string, codec: string, width: number, height: number, seconds: number) =>
      `Downloaded: ${container} video (${codec}), ${width} × ${height}, ${Math.round(seconds)} s, with its subtitles (WebVTT).`,
    cancelled: "The video was cancelled. Nothing was downloaded.",
    failed: (message: string) => `The video could not be made: ${message}`,
    noEncoder: "This browser cannot encode video (WebCodecs). A current version of any major browser can.",
    motion: "With reduced motion, the video cuts from step to step.",
    needsGlobe: "The video and the handout are drawn by the 3D globe, which this browser cannot show here.",
    handout: "Print handout",
    handoutIntro: "The briefing on paper: one step per half page, with its picture, caption and sources. Use the print dialogue's “Save as PDF” for a file.",
    handoutPreparing: "Drawing the handout's pictures…",
    handoutReady: "The handout is ready to print.",
    handoutFailed: (message: string) => `The handout could not be made: ${message}`,
  },
  /** The printed handout of a briefing. */
  handout: {
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    sources: "Sources",
    pictureAlt: (title: string) => `${title}: the globe as the briefing shows it at this step (illustrative)`,
  },
  /** Text drawn into exported images. */
  export: {
    sources: (list: readonly string[]) => `Sources: ${list.join("; ")}.`,
    notReady: "the globe is not ready",
    /** The date an exported view shows: a model's date, or the day it was made. */
    asOf: (date: string) => `As of ${date}`,
    today: (date: string) => `Today, ${date}`,
    /** The panel's choice of frame. */
    framesLegend: "Image for publishing",
    screenLegend: "As on screen",
    presetHd: "Wide 16:9 (1920 × 1080)",
    preset4k: "Wide 16:9, 4K (3840 × 2160)",
    presetSquare: "Square 1:1 (1080 × 1080)",
    presetPortrait: "Portrait 4:5 (1080 × 1350)",
    presetVertical: "Vertical 9:16 (1080 × 1920)",
  },
  publish: {
    /** What a share card and a search result say of the page. */
    description:
      "An interactive globe of the two missile defence proposals reported on 3 May 2011: NATO's two separate systems that exchange data, and Russia's single system split into sectors. Illustrative: it shows who would be responsible for which area.",
    /** The alternative text of a view's picture. */
    pictureAlt: (title: string) => `${title}: a globe shaded by who would be responsible for which area (illustrative)`,
    /** Under the first picture while the live globe loads, and where scripts are off. */
    noScript: "The interactive globe needs JavaScript. The picture and the table show the same view.",
  },
  note: {
    illustrative:
      "Illustrative only: shading shows who would be responsible for which area in each proposal as reported in May 2011. It shows no sites, equipment or capabilities, and the report gives no borders for the sectors.",
    /** The same note where a small embed has room for two lines only. */
    short: "Illustrative only: who would be responsible for which area, as reported in May 2011. No sites, equipment or capabilities; no sector borders were given.",
  },
  /** What a desk prints under its graphic, from the site file (models/site.json: see model/siteSchema.ts). */
  publication: {
    updated: (date: string) => `Updated ${date}`,
    /** Between the date of revision and the credit, on one line. */
    separator: " · ",
    /** The label of the list of notes, for screen readers. */
    notes: "Notes on the graphic",
  },
  shortcuts: {
    heading: "Keyboard shortcuts",
    close: "Close",
    /** Key names that are words; the other keys (Tab, PageDown, Home, End, Enter, Esc) are printed on the keys. */
    space: "Space",
    shiftSpace: "Shift+Space",
    showProposal: "Show a proposal",
    move: "Move between controls and the globe",
    turn: "Turn the globe (when it has the focus)",
    zoom: "Zoom in and out (when the globe has the focus)",
    nextStep: "Next step of a briefing",
    previousStep: "Previous step of a briefing",
    firstLast: "First and last step of a briefing",
    section: "Open or close a section of the panel",
    showList: "Show this list",
    closeList: "Close this list",
  },
  /** An embedded globe's hints, for a gesture it leaves to the page (see src/ui/gestures.ts). */
  gestures: {
    twoFingers: "Use two fingers to turn the globe",
    ctrlWheel: "Hold Ctrl (⌘ on a Mac) and scroll to zoom",
  },
  /** The bar above the globe on a phone (src/ui/PhoneBar.tsx). */
  phoneBar: {
    label: "Choose a proposal",
    compare: "Compare",
  },
};

/** The shape of a dictionary: every language has exactly these keys. */
export type Strings = typeof en;
