import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Id } from "../model/schema";
import { starterModelText } from "../model/starterModel";
import type { CommandIo } from "./validateCommand";

export const NEW_MODEL_USAGE = [
  "usage: npm run new-model -- <id>",
  "Writes models/<id>.json, a starter proposal model that validates as it is; its $comment fields say what to",
  "replace. The id is lower-case words joined by hyphens, e.g. pacific-example, and is the file's name.",
].join("\n");

/**
 * `npm run new-model -- <id>`: writes models/<id>.json from the starter model, dated `today`. Refuses an id that
 * is not lower-case words joined by hyphens and a file that already exists (exit 1); no id, several or an
 * option is a usage error (exit 2).
 */
export function runNewModel(args: readonly string[], io: CommandIo, today: string): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(NEW_MODEL_USAGE);
    return 0;
  }
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    io.err(args.length === 0 ? "new-model: no id given" : `new-model: expected one id, got ${args.map((a) => `"${a}"`).join(" ")}`);
    io.err(NEW_MODEL_USAGE);
    return 2;
  }
  const id = args[0]!;
  if (!Id.safeParse(id).success) {
    const suggestion = id.toLowerCase().replace(/\.json$/, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    io.err(`new-model: "${id}" is not a valid id: it must be lower-case letters and digits joined by hyphens${suggestion ? `, e.g. "${suggestion}"` : ""}`);
    return 1;
  }
  const file = `models/${id}.json`;
  if (existsSync(join(io.cwd, file))) {
    io.err(`new-model: ${file} already exists; choose another id, or edit that file`);
    return 1;
  }
  mkdirSync(join(io.cwd, "models"), { recursive: true });
  writeFileSync(join(io.cwd, file), starterModelText(id, today), { flag: "wx" });
  io.out(`${file} written. Replace its REPLACE texts and example parties, countries and source, then run: npm run validate ${file}`);
  return 0;
}
