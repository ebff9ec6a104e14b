/**
 * Where a text stops being JSON, and why, in the same words in every browser and in Node (their JSON.parse
 * messages differ, and not all give a position). Called only on text that JSON.parse rejected.
 */

export interface JsonSyntaxError {
  /** What is wrong, e.g. `expected "," or "}"`. */
  problem: string;
  /** 1-based line and column of the first character that is not JSON. */
  line: number;
  column: number;
  /** Advice for a common slip (a trailing comma, single quotes, a comment), or the text around the spot. */
  hint: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly problem: string,
  ) {}
}

/** Finds the first syntax error in `text`; undefined if there is none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (problem: string): never => {
    throw new Stop(i, i >= text.length ? `${problem}, but the file ends` : problem);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const word = (w: string) => {
    for (const ch of w) if (text[i++] !== ch) ((i -= 1), fail(`expected ${w}`));
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? "")) fail("expected a digit");
    while (/[0-9]/.test(text[i] ?? "")) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail("unterminated string");
      if (ch === '"') return void i++;
      if (ch! < " ") fail("a line break or control character inside a string (write \\n)");
      if (ch === "\\") {
        const e = text[i + 1] ?? "";
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e && '"\\/bfnrt'.includes(e)) i += 2;
        else fail("a bad escape in a string");
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail("expected a field name in double quotes");
        string();
        ws();
        if (text[i] !== ":") fail('expected ":"');
        i++;
        value();
        ws();
        if (text[i] === "}") return void i++;
        if (text[i] !== ",") fail('expected "," or "}"');
        i++;
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === "]") return void i++;
        if (text[i] !== ",") fail('expected "," or "]"');
        i++;
      }
    }
    if (ch === '"') return string();
    if (ch === "t") return word("true");
    if (ch === "f") return word("false");
    if (ch === "n") return word("null");
    if (ch === "-" || /[0-9]/.test(ch ?? "")) {
      if (ch === "-") i++;
      if (text[i] === "0") i++;
      else digits();
      if (text[i] === ".") (i++, digits());
      if (text[i] === "e" || text[i] === "E") {
        i++;
        if (text[i] === "+" || text[i] === "-") i++;
        digits();
      }
      return;
    }
    fail("expected a value");
  };
  try {
    value();
    ws();
    if (i < text.length) fail("unexpected text after the end of the JSON");
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return located(text, e);
  }
}

function located(text: string, stop: Stop): JsonSyntaxError {
  const before = text.slice(0, stop.at);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const column = stop.at - lineStart + 1;
  const lineEnd = text.indexOf("\n", stop.at);
  const lineText = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, "");
  return { problem: stop.problem, line, column, hint: advice(text, stop) ?? `line ${line}: ${excerpt(lineText, column)}` };
}

/** Advice for the usual slips, read from the text at the spot. */
function advice(text: string, stop: Stop): string | undefined {
  const at = text[stop.at];
  const previous = text.slice(0, stop.at).trimEnd().at(-1);
  if ((at === "}" || at === "]") && previous === ",") return `JSON allows no comma before "${at}": remove the last comma`;
  if (at === "'") return "JSON strings and field names take double quotes (\")";
  if (at === "/" && (text[stop.at + 1] === "/" || text[stop.at + 1] === "*")) return 'JSON has no comments; a model file can carry notes in "$comment" fields';
  if (text.trim() === "") return "the file is empty";
  if (at === undefined) return 'the file ends too early: a closing "}", "]" or quote may be missing';
  if (at === "\ufeff" && stop.at === 0) return "the file starts with a byte order mark: save it as UTF-8 without BOM";
  return undefined;
}

/** Up to 50 characters of a line around a column, with "…" where cut. */
function excerpt(line: string, column: number): string {
  const from = Math.max(0, column - 25);
  const to = Math.min(line.length, from + 50);
  return `${from > 0 ? "…" : ""}${line.slice(from, to).trim()}${to < line.length ? "…" : ""}`;
}
