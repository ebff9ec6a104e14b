import { runnerImport } from "vite";
import { writeFileSync, mkdirSync, rmSync } from "node:fs";
const t = performance.now();
const { module } = await runnerImport("/work/main/src/publish/renderPictures.tsx", { configFile: false, logLevel: "warn" });
console.log("import", performance.now() - t);
const only = process.argv[2] === "default" ? () => false : undefined;
const p = module.renderPictures("/work/main/", { only });
console.log("total", performance.now() - t, p.files.length, p.defaultStem);
let size = 0;
rmSync("/tmp/pics", { recursive: true, force: true });
mkdirSync("/tmp/pics/pictures", { recursive: true });
for (const f of p.files) { size += f.source.length; writeFileSync("/tmp/pics/" + f.fileName, f.source); }
console.log("bytes", size);
