/**
 * embed-resize.js on a real host page, in Chromium. Three localhost origins, started here:
 * - the embeds' origin serves the built site under /site/ (a sub-folder, as a host would
 *   deploy it) and an unrelated page under /other/ (another app on the same origin);
 * - the host page's origin serves the page with the iframes and the script tag;
 * - a third origin serves an "ad" frame (also reached by a redirect from the site's folder).
 * Only the real embed may resize itself; its heights are clamped; malformed messages do nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { getBrowser, closeBrowser } from '../support/browser';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};
const HTML = TYPES['.html']!;
const TYPE = 'ai-economics:height';
const START = 300;

const servers: Server[] = [];
let embedOrigin = '';
let hostOrigin = '';
let adOrigin = '';

type Reply = { type: string; body: string | Buffer } | { redirect: string } | null;

async function listen(handler: (path: string) => Promise<Reply>): Promise<string> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const found = await handler(path).catch(() => null);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if ('redirect' in found) res.writeHead(302, { location: found.redirect }).end();
    else res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const plainPage = (title: string) =>
  `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>${title}</title><p>${title}</p></html>`;

function hostPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A host page</title></head>
<body>
  <iframe name="embed" src="${embedOrigin}/site/embed/calculator.html" title="Embed" width="600" height="${START}"></iframe>
  <iframe name="blank" title="Blank frame" width="300" height="${START}"></iframe>
  <iframe name="ad" src="${adOrigin}/ad.html" title="Ad" width="300" height="${START}"></iframe>
  <iframe name="other" src="${embedOrigin}/other/page.html" title="Another app on the embeds' origin" width="300" height="${START}"></iframe>
  <iframe name="moved" src="${embedOrigin}/site/moved.html" title="Redirected elsewhere" width="300" height="${START}"></iframe>
  <script src="${embedOrigin}/site/embed-resize.js"></script>
  <script>
    // Registered after embed-resize.js's listener, so it sees each message after the script did.
    window.seen = [];
    addEventListener('message', function (e) { window.seen.push(e.data && e.data.marker); });
  </script>
</body>
</html>`;
}

beforeAll(async () => {
  await stat(join(DIST, 'embed-resize.js')).catch(() => {
    throw new Error(`${DIST}/embed-resize.js is missing: build the site first.`);
  });
  embedOrigin = await listen(async (path) => {
    if (path === '/other/page.html') return { type: HTML, body: plainPage('Another app') };
    if (path === '/site/moved.html') return { redirect: `${adOrigin}/ad.html` };
    if (!path.startsWith('/site/')) return null;
    let file = join(DIST, path.slice('/site/'.length));
    if (!file.startsWith(DIST)) return null;
    if (path.endsWith('/')) file = join(file, 'index.html');
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  });
  hostOrigin = await listen(async (path) => (path === '/host.html' ? { type: HTML, body: hostPage() } : null));
  adOrigin = await listen(async (path) => (path === '/ad.html' ? { type: HTML, body: plainPage('An ad') } : null));
});

afterAll(async () => {
  await closeBrowser();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

interface Host {
  page: Page;
  errors: string[];
  frame(name: string): Frame;
  height(name: string): Promise<number>;
  /** Post `data` from the named frame's own window to the host, and wait until the host saw it. */
  post(from: string, data: unknown, marker: string): Promise<void>;
  close(): Promise<void>;
}

async function openHost(): Promise<Host> {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  await page.goto(`${hostOrigin}/host.html`, { waitUntil: 'load' });
  const frame = (name: string) => {
    const f = page.frames().find((x) => x.name() === name);
    if (!f) throw new Error(`no frame ${name}`);
    return f;
  };
  return {
    page,
    errors,
    frame,
    height: (name) => page.locator(`iframe[name="${name}"]`).evaluate((el) => (el as HTMLIFrameElement).clientHeight),
    async post(from, data, marker) {
      // Wrap non-objects so the host can tell the message arrived; keep objects as they are, plus a marker.
      await frame(from).evaluate(
        ({ data, marker }) => {
          const message = data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...data, marker } : data;
          window.parent.postMessage(message, '*');
          if (message === data) window.parent.postMessage({ marker }, '*');
        },
        { data, marker },
      );
      await page.waitForFunction((m) => (window as unknown as { seen: unknown[] }).seen.includes(m), marker);
    },
    close: () => context.close(),
  };
}

/**
 * Wait until the embed has hydrated and its own reports have sized its iframe (the content
 * can reflow once the frame grows and its scroll bar goes); returns its content's height.
 */
async function settled(host: Host): Promise<number> {
  const f = host.frame('embed');
  await f.waitForFunction(() => document.documentElement.classList.contains('js'));
  const content = () => f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect
    .poll(async () => {
      const c = await content();
      return (await host.height('embed')) === Math.min(20000, Math.max(150, c));
    })
    .toBe(true);
  return content();
}

describe('embed-resize.js on a host page', () => {
  it('sizes the real embed to its content, by itself', async () => {
    const host = await openHost();
    const content = await settled(host);
    expect(content).toBeGreaterThan(START);
    expect(await host.height('embed')).toBe(content);
    expect(host.errors).toEqual([]);
    await host.close();
  });

  it('ignores the same message from an about:blank frame, a third-party frame, another app on the embeds’ origin and a frame whose src is ours but whose page is not', async () => {
    const host = await openHost();
    await settled(host);
    await host.post('blank', { type: TYPE, height: 5000 }, 'blank');
    await host.post('ad', { type: TYPE, height: 5000 }, 'ad');
    await host.post('other', { type: TYPE, height: 5000 }, 'other');
    expect(host.frame('moved').url()).toBe(`${adOrigin}/ad.html`);
    await host.post('moved', { type: TYPE, height: 5000 }, 'moved');
    expect(await host.height('blank')).toBe(START);
    expect(await host.height('ad')).toBe(START);
    expect(await host.height('other')).toBe(START);
    expect(await host.height('moved')).toBe(START);
    // The embed's own message still works after them.
    await host.post('embed', { type: TYPE, height: 777 }, 'embed');
    expect(await host.height('embed')).toBe(777);
    expect(host.errors).toEqual([]);
    await host.close();
  });

  it('clamps absurd heights to 150–20,000 px', async () => {
    const host = await openHost();
    await settled(host);
    await host.post('embed', { type: TYPE, height: 1e9 }, 'huge');
    expect(await host.height('embed')).toBe(20000);
    await host.post('embed', { type: TYPE, height: 3 }, 'tiny');
    expect(await host.height('embed')).toBe(150);
    await host.post('embed', { type: TYPE, height: -500 }, 'negative');
    expect(await host.height('embed')).toBe(150);
    await host.post('embed', { type: TYPE, height: 640.2 }, 'fraction');
    expect(await host.height('embed')).toBe(641);
    expect(host.errors).toEqual([]);
    await host.close();
  });

  it('ignores malformed messages from the embed, without an error', async () => {
    const host = await openHost();
    await settled(host);
    await host.post('embed', { type: TYPE, height: 700 }, 'set');
    expect(await host.height('embed')).toBe(700);
    const bad: unknown[] = [
      { type: TYPE, height: '5000' },
      { type: TYPE, height: null },
      { type: TYPE },
      { type: TYPE, height: Number.NaN },
      { type: TYPE, height: Number.POSITIVE_INFINITY },
      { type: 'something-else', height: 5000 },
      { height: 5000 },
      'ai-economics:height',
      `{"type":"${TYPE}","height":5000}`,
      [TYPE, 5000],
      null,
      42,
    ];
    for (const [i, data] of bad.entries()) {
      await host.post('embed', data, `bad-${i}`);
      expect(await host.height('embed'), String(JSON.stringify(data) ?? data)).toBe(700);
    }
    expect(host.errors).toEqual([]);
    await host.close();
  });
});
