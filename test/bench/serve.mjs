/**
 * A small static server for the bench: serves a built folder on 127.0.0.1 with gzip (level 9,
 * as the budgets are measured), the right content types, and nothing else (no external requests,
 * no caching between page loads: every response says `Cache-Control: no-cache`).
 *
 * It also counts what it sends per path (gzip bytes), so the bench can cross-check what the
 * browser reports.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync, constants } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
// Already-compressed formats are sent as they are, as static hosts do.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.csv', '.txt', '.xml', '.svg', '.ico']);

/**
 * Serve `root` on 127.0.0.1 (a free port unless one is given).
 * @returns {Promise<{ url: string, port: number, sent: Map<string, number>, close: () => Promise<void> }>}
 */
export async function serve(root, { port = 0 } = {}) {
  const base = resolve(root);
  const cache = new Map(); // path -> { raw, gz, type }
  const sent = new Map(); // pathname -> bytes of body sent (last response)

  async function load(file) {
    let entry = cache.get(file);
    if (entry) return entry;
    const raw = await readFile(file);
    const ext = extname(file).toLowerCase();
    entry = {
      raw,
      gz: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
    };
    cache.set(file, entry);
    return entry;
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      let rel;
      try {
        rel = decodeURIComponent(pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file = resolve(base, '.' + rel);
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('Not found');
        return;
      }
      const entry = await load(file);
      const gzip = entry.gz !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? entry.gz : entry.raw;
      const headers = {
        'Content-Type': entry.type,
        'Content-Length': String(body.length),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      if (entry.gz !== null) headers.Vary = 'Accept-Encoding';
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      sent.set(pathname, body.length);
      res.end(body);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    sent,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// `node test/bench/serve.mjs <folder> [port]`: serve a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
  const s = await serve(root, { port: Number(process.argv[3] ?? 4174) });
  console.log(`Serving ${resolve(root)} with gzip at ${s.url} (Ctrl-C to stop)`);
}
