import { describe, expect, it } from "vitest";
import { describeUrlProblem, type IgnoredReason, type UrlProblem } from "../../../src/state/urlProblems";
import { parseUrlState } from "../../../src/state/urlState";

const KNOWN = { proposals: ["nato-two-systems", "russia-sectors"], briefings: [{ id: "may-2011", steps: 8 }] };

const ignored = (parameter: "proposal" | "compare" | "mode" | "link" | "point" | "brief" | "step" | "at" | "year" | "embed" | "origins" | "lang", value: string, reason: IgnoredReason): UrlProblem => ({
  code: "ignored",
  parameter,
  value,
  reason,
});

describe("describeUrlProblem: a value ignored, in English", () => {
  const cases: [UrlProblem, string][] = [
    [ignored("proposal", "warsaw-pact", { code: "no-proposal", ids: ["warsaw-pact"] }), 'The URL parameter proposal="warsaw-pact" was ignored: there is no proposal "warsaw-pact".'],
    [
      ignored("compare", "x,y", { code: "no-proposal", ids: ["x", "y"] }),
      'The URL parameter compare="x,y" was ignored: there is no proposal "x" or "y".',
    ],
    [ignored("compare", "a", { code: "two-proposals" }), 'The URL parameter compare="a" was ignored: it must name two proposals, separated by a comma.'],
    [ignored("compare", "a,a", { code: "same-twice" }), 'The URL parameter compare="a,a" was ignored: it names the same proposal twice.'],
    [ignored("mode", "other", { code: "not-mode" }), 'The URL parameter mode="other" was ignored: it must be "full" or "differences".'],
    [ignored("link", "yes", { code: "not-link" }), 'The URL parameter link="yes" was ignored: it must be "1" (cameras move together) or "0".'],
    [ignored("point", "nowhere", { code: "no-point", id: "nowhere" }), 'The URL parameter point="nowhere" was ignored: there is no point of contention "nowhere".'],
    [ignored("brief", "june-2011", { code: "no-briefing", id: "june-2011" }), 'The URL parameter brief="june-2011" was ignored: there is no briefing "june-2011".'],
    [
      ignored("at", "east", { code: "not-camera", distance: [1.35, 6] }),
      'The URL parameter at="east" was ignored: it must be longitude,latitude,distance (degrees, degrees, 1.35 to 6 globe radii).',
    ],
    [ignored("year", "2024", { code: "not-year" }), 'The URL parameter year="2024" was ignored: it must be "2011" (as the proposals were made) or "today".'],
    [ignored("embed", "2", { code: "not-embed" }), 'The URL parameter embed="2" was ignored: it must be "1" or "0".'],
    [
      ignored("origins", "*", { code: "not-origins", max: 8 }),
      'The URL parameter origins="*" was ignored: it must be 1 to 8 web origins separated by commas, each written as scheme://host or scheme://host:port, like http://127.0.0.1:8080 (no path, no trailing slash, no repeats).',
    ],
    [ignored("lang", "fr", { code: "not-lang" }), 'The URL parameter lang="fr" was ignored: it must be "en" (English) or "ru" (Russian).'],
    [ignored("step", "2", { code: "no-briefing-to-step" }), 'The URL parameter step="2" was ignored: there is no briefing to step through.'],
    [ignored("step", "9", { code: "step-range", steps: 8 }), 'The URL parameter step="9" was ignored: it must be a step number from 1 to 8.'],
    [ignored("proposal", "", { code: "no-proposal", ids: [""] }), 'The URL parameter proposal="" was ignored: there is no proposal "".'],
  ];
  for (const [problem, message] of cases) {
    it(message, () => {
      expect(describeUrlProblem(problem, "en")).toBe(message);
    });
  }
});

describe("describeUrlProblem: unknown, repeated and cut addresses, in English", () => {
  it("one unknown or repeated parameter by name", () => {
    expect(describeUrlProblem({ code: "unknown", parameters: ["foo"], more: 0 }, "en")).toBe('Unknown URL parameter "foo" was ignored.');
    expect(describeUrlProblem({ code: "repeated", parameters: ["proposal"], more: 0 }, "en")).toBe('The URL parameter "proposal" is given more than once; only the first is used.');
  });
  it("several in one sentence, the first few named and the rest counted", () => {
    expect(describeUrlProblem({ code: "unknown", parameters: ["a", "b"], more: 0 }, "en")).toBe('Unknown URL parameters "a", "b" were ignored.');
    expect(describeUrlProblem({ code: "unknown", parameters: ["k0", "k1", "k2"], more: 1497 }, "en")).toBe('Unknown URL parameters "k0", "k1", "k2" and 1,497 more were ignored.');
    expect(describeUrlProblem({ code: "repeated", parameters: ["mode", "link"], more: 0 }, "en")).toBe(
      'The URL parameters "mode", "link" are given more than once; only the first of each is used.',
    );
  });
  it("too many parameters, or too long an address", () => {
    expect(describeUrlProblem({ code: "too-many", limit: 32 }, "en")).toBe("The address has more than 32 parameters; those after the first 32 were not read.");
    expect(describeUrlProblem({ code: "too-long", limit: 4000 }, "en")).toBe("The address is longer than 4,000 characters; the rest of it was not read.");
  });
});

describe("describeUrlProblem: shortens what it shows", () => {
  it("a value longer than 80 characters to its first 77 and an ellipsis; 80 are shown whole", () => {
    const long = "x".repeat(3000);
    expect(describeUrlProblem(ignored("proposal", long, { code: "no-proposal", ids: [long] }), "en")).toBe(
      `The URL parameter proposal="${"x".repeat(77)}…" was ignored: there is no proposal "${"x".repeat(77)}…".`,
    );
    const eighty = "y".repeat(80);
    expect(describeUrlProblem(ignored("brief", eighty, { code: "no-briefing", id: eighty }), "en")).toBe(
      `The URL parameter brief="${eighty}" was ignored: there is no briefing "${eighty}".`,
    );
  });
  it("a long parameter name, as a value", () => {
    expect(describeUrlProblem({ code: "unknown", parameters: ["k".repeat(500)], more: 0 }, "en")).toBe(`Unknown URL parameter "${"k".repeat(77)}…" was ignored.`);
    expect(describeUrlProblem({ code: "unknown", parameters: ["k".repeat(81), "b"], more: 0 }, "en")).toBe(`Unknown URL parameters "${"k".repeat(77)}…", "b" were ignored.`);
  });
});

describe("describeUrlProblem in Russian", () => {
  it("names the parameter and value as the English does, in Russian words", () => {
    expect(describeUrlProblem(ignored("proposal", "warsaw-pact", { code: "no-proposal", ids: ["warsaw-pact"] }), "ru")).toBe(
      'Параметр адреса proposal="warsaw-pact" не учтён: нет предложения "warsaw-pact".',
    );
    expect(describeUrlProblem(ignored("step", "2", { code: "no-briefing-to-step" }), "ru")).toBe(
      'Параметр адреса step="2" не учтён: не указан брифинг, по шагам которого можно идти.',
    );
    expect(describeUrlProblem(ignored("step", "9", { code: "step-range", steps: 8 }), "ru")).toBe('Параметр адреса step="9" не учтён: нужен номер шага от 1 до 8.');
    expect(describeUrlProblem({ code: "unknown", parameters: ["foo"], more: 0 }, "ru")).toBe('Неизвестный параметр адреса "foo" не учтён.');
    expect(describeUrlProblem({ code: "unknown", parameters: ["k0", "k1", "k2"], more: 29 }, "ru")).toBe('Неизвестные параметры адреса "k0", "k1", "k2" и ещё 29 не учтены.');
    expect(describeUrlProblem({ code: "too-long", limit: 4000 }, "ru")).toBe("Адрес длиннее 4\u00a0000 знаков; остальная его часть не прочитана.");
  });
});

describe("a URL's messages, as the screen shows them", () => {
  it("follow a switch of language: one parse, described in each", () => {
    const { problems } = parseUrlState("?lang=ru&step=2&foo=1", KNOWN);
    expect(problems.map((p) => describeUrlProblem(p, "en"))).toEqual([
      'Unknown URL parameter "foo" was ignored.',
      'The URL parameter step="2" was ignored: there is no briefing to step through.',
    ]);
    expect(problems.map((p) => describeUrlProblem(p, "ru"))).toEqual([
      'Неизвестный параметр адреса "foo" не учтён.',
      'Параметр адреса step="2" не учтён: не указан брифинг, по шагам которого можно идти.',
    ]);
  });
  it("1,500 unknown parameters: three messages, as before", () => {
    const search = `?${Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join("&")}&proposal=nato-two-systems`;
    expect(parseUrlState(search, KNOWN).problems.map((p) => describeUrlProblem(p, "en"))).toEqual([
      'Unknown URL parameters "k0", "k1", "k2" and 29 more were ignored.',
      "The address has more than 32 parameters; those after the first 32 were not read.",
      "The address is longer than 4,000 characters; the rest of it was not read.",
    ]);
  });
});
