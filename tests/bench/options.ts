/** The bench's command-line options and usage. */

export interface Options {
  runs: number;
  switches: number;
  leak: boolean;
  build: boolean;
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, switches: 4, leak: true, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number ≥ 1`);
      return v;
    };
    if (a === "--quick") o.runs = 1;
    else if (a === "--runs") o.runs = value();
    else if (a === "--switches") o.switches = value();
    else if (a === "--skip-leak" || a === "--no-leak") o.leak = false;
    else if (a === "--no-build") o.build = false;
    else if (a === "--help" || a === "-h") {
      console.log("npm run bench -- [--quick | --runs N] [--switches N] [--skip-leak] [--no-build]");
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}
