/** A small static file server for the bench: several folders under URL prefixes, gzip like a production host. */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".bin": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
};

/** Formats that are compressed already: sent as they are. */
const PRECOMPRESSED = new Set([".woff2", ".woff", ".png", ".jpg", ".webp", ".gz", ".br"]);

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves each folder of `mounts` ({ "/app/": "dist" }) on 127.0.0.1 at a free port. */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const mount = roots.find(([prefix]) => path.startsWith(prefix));
      if (!mount) return void res.writeHead(404).end("not found");
      const [prefix, root] = mount;
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end("forbidden");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file).catch(() => null);
      if (!body) return void res.writeHead(404).end("not found");
      const ext = extname(file).toLowerCase();
      const headers: Record<string, string> = {
        "Content-Type": TYPES[ext] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
        Vary: "Accept-Encoding",
      };
      let out: Buffer = body;
      if (!PRECOMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        const key = `${file}:${body.length}`;
        let z = gzipped.get(key);
        if (!z) gzipped.set(key, (z = gzipSync(body)));
        out = z;
        headers["Content-Encoding"] = "gzip";
      }
      headers["Content-Length"] = String(out.length);
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : out);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
