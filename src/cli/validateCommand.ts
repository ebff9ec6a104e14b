import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { readReference } from "../data/readReference";
import { idFromFileName } from "../model/checkFile";
import { loadModels } from "../model/loadModels";

/** Where a command writes: its output, and its complaints about how it was called. */
export interface CommandIo {
  /** The directory the command runs in (the repository root for npm scripts). */
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

export const VALIDATE_USAGE = [
  "usage: npm run validate [-- file.json …]",
  "Checks model, briefing, context and site files as the app does, and prints every problem with its file, path,",
  "bad value and a hint. With no files, checks every .json file in models/ except the JSON Schemas.",
  "Exit status: 0 all valid, 1 a file has a problem, 2 a file is missing or the command was misused.",
].join("\n");

/** The files of models/ that the app bundles: every .json except the JSON Schemas, as "models/<name>". */
export function modelDirFiles(cwd: string): string[] {
  const dir = join(cwd, "models");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
    .sort()
    .map((f) => `models/${f}`);
}

/** A path as messages show it: relative to cwd when inside it, with forward slashes. */
function shown(cwd: string, file: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs).split(sep).join("/");
}

/**
 * `npm run validate [files…]`: validates the files with the app's loader (loadModels), together with the rest of
 * models/, so that a briefing or context file is checked against the proposals as the app would load them; a file
 * given outside models/ takes the place of the file in models/ with the same id. Prints each file's problems (or
 * "ok"), then a summary; returns the exit status: 0 all valid, 1 any problem, 2 a usage error.
 */
export function runValidate(args: readonly string[], io: CommandIo): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(VALIDATE_USAGE);
    return 0;
  }
  const usage: string[] = [];
  for (const a of args) {
    if (a.startsWith("-")) usage.push(`validate: unknown option ${a}`);
    else if (!existsSync(resolve(io.cwd, a)) || !statSync(resolve(io.cwd, a)).isFile()) usage.push(`validate: no such file: ${a}`);
    else if (!a.endsWith(".json")) usage.push(`validate: not a .json file: ${a}`);
    else if (a.endsWith(".schema.json")) usage.push(`validate: ${a} is a JSON Schema, not a model, briefing, context or site file`);
  }
  if (usage.length) {
    for (const line of [...usage, VALIDATE_USAGE]) io.err(line);
    return 2;
  }

  const given = [...new Set((args.length ? args : modelDirFiles(io.cwd)).map((a) => shown(io.cwd, a)))];
  const givenIds = new Set(given.map(idFromFileName));
  const files: Record<string, string> = {};
  for (const f of modelDirFiles(io.cwd)) if (!givenIds.has(idFromFileName(f))) files[f] = readFileSync(join(io.cwd, f), "utf8");
  for (const f of given) files[f] = readFileSync(resolve(io.cwd, f), "utf8");

  const { errors } = loadModels(files, readReference());
  let problems = 0;
  let invalid = 0;
  for (const f of given) {
    const mine = errors.filter((e) => e.startsWith(`${f}: `));
    if (mine.length) invalid++;
    problems += mine.length;
    for (const line of mine.length ? mine : [`${f}: ok`]) io.out(line);
  }
  const checked = `${given.length} file${given.length === 1 ? "" : "s"} checked`;
  io.out(
    invalid
      ? `${checked}: ${invalid} with problems (${problems} problem${problems === 1 ? "" : "s"}), ${given.length - invalid} valid`
      : `${checked}: all valid`,
  );
  return invalid ? 1 : 0;
}
