/**
 * Writes a starter proposal model, models/<id>.json, that validates as it is and says what to replace.
 * Run: npm run new-model -- <id>
 */
import { todayIso } from "../data/dates";
import { runNewModel } from "./newModelCommand";

process.exitCode = runNewModel(
  process.argv.slice(2),
  { cwd: process.cwd(), out: (line) => console.log(line), err: (line) => console.error(line) },
  todayIso(),
);
