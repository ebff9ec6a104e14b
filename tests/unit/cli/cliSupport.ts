/** Temporary checkouts for the command-line tools: a directory with a models/ folder, and captured output. */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandIo } from "../../../src/cli/validateCommand";
import { REPO } from "../support";

export interface TempRepo {
  dir: string;
  /** Writes a file (JSON values are written as two-space JSON), creating its folder. */
  write(path: string, content: unknown): void;
  remove(): void;
}

/** An empty directory with an empty models/, or a copy of the real models/ when `withRealModels`. */
export function tempRepo(withRealModels = false): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), "globe-cli-"));
  if (withRealModels) cpSync(join(REPO, "models"), join(dir, "models"), { recursive: true });
  else mkdirSync(join(dir, "models"));
  return {
    dir,
    write(path, content) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An io that records what a command prints, in `dir`. */
export function captured(dir: string): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: dir, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}
