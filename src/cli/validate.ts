/**
 * Checks model, briefing and context files with the app's validators and prints every problem.
 * Run: npm run validate [-- files…]   (with no files: every file in models/)
 */
import { runValidate } from "./validateCommand";

process.exitCode = runValidate(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
