/**
 * Every chart's embed on a real host page (served from its own origin, the embed from the
 * built site's), in Chromium, at 320, 600 and 1000 px, with and without embed-resize.js:
 * at its recommended height a plain iframe shows the whole chart without scrolling inside;
 * with the script the iframe takes the chart's height, and follows a change of width; the
 * language and an explicit theme follow the address. Then the downloads: PNG and SVG files
 * that carry the title and source line and match the chart's state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { extname, join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { getBrowser, closeBrowser, openPage } from '../support/browser';
import { EMBED_CHARTS, EMBED_CHART_NAMES, type EmbedChartName } from '../../src/lib/embed/registry';
import { recommendedHeight, safeHeight } from '../../src/lib/embed/heights';
import { messages, loadLocale } from '../../src/lib/i18n';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv' };
const WIDTHS = [320, 600, 1000];
const servers: Server[] = [];
let site = '';
let host = '';

async function listen(handler: (url: URL) => Promise<{ type: string; body: string | Buffer } | null>): Promise<string> {
  const server = createServer(async (req, res) => {
    const found = await handler(new URL(req.url ?? '/', 'http://x')).catch(() => null);
    if (!found) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** A host page: one iframe to an embed, with the script line or without (the plain embed code). */
function hostPage(q: URLSearchParams): string {
  const src = `${site}/site/embed/${q.get('page')}`;
  const script = q.get('script') === '1' ? `<script src="${site}/site/embed-resize.js" async></script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<style>body{margin:0}iframe{border:0;display:block}</style></head>
<body><iframe name="embed" src="${src}" title="Embed" width="${q.get('width')}" height="${q.get('height')}"></iframe>${script}</body></html>`;
}

beforeAll(async () => {
  await Promise.all((['en', 'zh-Hans', 'zh-Hant'] as const).map((l) => loadLocale(l)));
  site = await listen(async (url) => {
    if (!url.pathname.startsWith('/site/')) return null;
    const file = join(DIST, decodeURIComponent(url.pathname.slice('/site/'.length)));
    if (!file.startsWith(DIST)) return null;
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  });
  host = await listen(async (url) => (url.pathname === '/host.html' ? { type: TYPES['.html']!, body: hostPage(url.searchParams) } : null));
});

afterAll(async () => {
  await closeBrowser();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

interface Hosted {
  page: Page;
  frame: Frame;
  errors: string[];
  iframeHeight(): Promise<number>;
  close(): Promise<void>;
}

async function hostEmbed(page: string, width: number, height: number, script: boolean, colorScheme: 'light' | 'dark' = 'light'): Promise<Hosted> {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: width + 40, height: 900 }, colorScheme });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const q = new URLSearchParams({ page, width: String(width), height: String(height), script: script ? '1' : '0' });
  await p.goto(`${host}/host.html?${q}`, { waitUntil: 'load' });
  const frame = p.frames().find((f) => f.name() === 'embed')!;
  await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
  await frame.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-hydrated') || el.getBoundingClientRect().height === 0));
  await p.waitForTimeout(200);
  return {
    page: p,
    frame,
    errors,
    iframeHeight: () => p.locator('iframe[name="embed"]').evaluate((el) => (el as HTMLIFrameElement).clientHeight),
    close: () => context.close(),
  };
}

const contentHeight = (f: Frame) => f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const innerScroll = (f: Frame) => f.evaluate(() => document.documentElement.scrollHeight - innerHeight);

describe('every chart’s embed on a host page', () => {
  for (const chart of EMBED_CHART_NAMES) {
    for (const width of WIDTHS) {
      it(`${chart} at ${width} px: a plain iframe at the recommended height needs no inner scroll`, async () => {
        const h = recommendedHeight(chart, width);
        const hosted = await hostEmbed(`${chart}.html`, width, h, false);
        expect(await innerScroll(hosted.frame), `${chart} ${width}`).toBeLessThanOrEqual(0);
        // The chart alone: its frame, no other chart's.
        expect(await hosted.frame.locator('figure.frame').count()).toBe(1);
        expect(await hosted.frame.locator(`#${EMBED_CHARTS[chart].figure}`).count()).toBe(1);
        expect(hosted.errors).toEqual([]);
        await hosted.close();
      });

      it(`${chart} at ${width} px: with the script, the iframe takes the chart’s height`, async () => {
        const hosted = await hostEmbed(`${chart}.html`, width, safeHeight(chart), true);
        await expect.poll(async () => (await hosted.iframeHeight()) === (await contentHeight(hosted.frame)), { timeout: 10_000 }).toBe(true);
        const height = await hosted.iframeHeight();
        expect(height).toBeLessThanOrEqual(recommendedHeight(chart, width));
        expect(await innerScroll(hosted.frame)).toBeLessThanOrEqual(0);
        await hosted.close();
      });
    }
  }

  it('follows a change of width: narrower, taller (the script resizes the iframe)', async () => {
    const hosted = await hostEmbed('smile.html', 1000, 400, true);
    await expect.poll(async () => (await hosted.iframeHeight()) === (await contentHeight(hosted.frame))).toBe(true);
    const wide = await hosted.iframeHeight();
    await hosted.page.locator('iframe[name="embed"]').evaluate((el) => el.setAttribute('width', '320'));
    await expect.poll(async () => hosted.iframeHeight(), { timeout: 10_000 }).toBeGreaterThan(wide);
    await expect.poll(async () => (await hosted.iframeHeight()) === (await contentHeight(hosted.frame))).toBe(true);
    expect(await innerScroll(hosted.frame)).toBeLessThanOrEqual(0);
    await hosted.close();
  });

  it.each([
    ['gap.zh-Hans.html?theme=dark', 'zh-Hans', 'dark', 'light'],
    ['day.zh-Hant.html?theme=light', 'zh-Hant', 'light', 'dark'],
    ['timeline.html?theme=dark', 'en', 'dark', 'light'],
  ] as const)('%s: language and theme follow the address (host page in %s, system %s)', async (path, locale, theme, system) => {
    const hosted = await hostEmbed(path, 600, 1500, true, system);
    const f = hosted.frame;
    expect(await f.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(await f.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // The page's background (on <body>, or <html> when the body is transparent).
    const bg = await f.evaluate(() => {
      const body = getComputedStyle(document.body).backgroundColor;
      return body === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body;
    });
    const lum = (bg.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(theme === 'dark' ? lum < 80 : lum > 180, bg).toBe(true);
    const t = messages(locale).common;
    expect(await f.locator('.embed-credit').textContent()).toContain(t.site.title);
    await hosted.close();
  });
});

/** Width and height from a PNG's IHDR chunk; the colour of its top-left pixel (8-bit RGBA, no interlace). */
function readPng(buf: Buffer) {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    if (buf.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  // Whatever the first row's filter, its first pixel is stored as it is (no neighbours yet).
  return { width, height, colorType: buf[25], topLeft: [raw[1]!, raw[2]!, raw[3]!] };
}

async function download(page: Page, id: string, format: 'png' | 'svg'): Promise<{ name: string; body: Buffer }> {
  const frame = page.locator(`#${id}`);
  await frame.locator('details.actions').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const [file] = await Promise.all([page.waitForEvent('download'), frame.locator(`button[data-download="${format}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path) };
}

/** The words the chart draws now: each must be in the file. */
const chartTexts = (page: Page, id: string) =>
  page.locator(`#${id} .chart svg`).first().evaluate((svg) =>
    [...svg.querySelectorAll('text')].filter((t) => getComputedStyle(t).display !== 'none' && t.textContent!.trim()).map((t) => t.textContent!.trim()),
  );

/** The words of one kind of line in the file (a title may wrap onto several), without spaces. */
const linesOf = (svg: string, kind: string) =>
  [...svg.matchAll(new RegExp(`<text class="${kind}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]).join('').replace(/\s/g, '');
const squeeze = (s: string) => escapeXml(s).replace(/\s/g, '');

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('downloads: PNG and SVG drawn from the chart', () => {
  it('the smile chart, switched to gross margin, in Chinese and dark: the SVG has the title, source line and the chart as it is now', async () => {
    const { page, errors, close } = await openPage('embed/smile.zh-Hans.html?theme=dark', { width: 1000 });
    await page.locator('input[name="smile-metric"][value="gross"]').check();
    await page.waitForTimeout(300);
    const texts = await chartTexts(page, 'smile-curve');
    const { name, body } = await download(page, 'smile-curve', 'svg');
    expect(name).toBe('smile-curve.zh-Hans.svg');
    const svg = body.toString('utf8');
    const title = (await page.locator('#smile-curve-title').textContent())!.trim();
    const source = (await page.locator('#smile-curve [data-source-line]').textContent())!.trim();
    expect(linesOf(svg, 'title')).toBe(squeeze(title));
    expect(linesOf(svg, 'source')).toBe(squeeze(source));
    expect(svg).toContain('index.zh-Hans.html');
    expect(svg).toContain('#smile-curve');
    for (const t of texts) expect(svg, t).toContain(escapeXml(t));
    // It parses, it is standalone: no classes to style, no style attributes, no fonts fetched.
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, width: Number(doc.documentElement.getAttribute('width')), lang: doc.documentElement.getAttribute('xml:lang') };
    }, svg);
    expect(parsed).toEqual({ error: false, width: expect.any(Number), lang: 'zh-Hans' });
    expect(svg).not.toMatch(/\sstyle="|\sclass="s-|url\(http/);
    // Dark theme: a dark background.
    expect(svg).toMatch(/<rect width="100%" height="100%" fill="rgb\((\d{1,2}), (\d{1,2}), (\d{1,2})\)"/);
    expect(errors).toEqual([]);
    await close();
  });

  it('the gap chart in percent: a PNG at twice the image’s size, in the page’s theme', async () => {
    const { page, errors, close } = await openPage('embed/gap.html', { width: 1000 });
    await page.locator('input[name="arena-gap-mode"][value="percent"]').check();
    await page.waitForTimeout(300);
    const svg = (await download(page, 'arena-gap', 'svg')).body.toString('utf8');
    const size = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    for (const t of await chartTexts(page, 'arena-gap')) expect(svg, t).toContain(escapeXml(t));
    expect(svg).toMatch(/%/);
    const png = await download(page, 'arena-gap', 'png');
    expect(png.name).toBe('arena-gap.png');
    const info = readPng(png.body);
    expect(info.width).toBe(2 * Number(size[1]));
    expect(info.height).toBe(2 * Number(size[2]));
    expect(info.colorType).toBe(6);
    // Light theme: a light background.
    expect(Math.min(...info.topLeft)).toBeGreaterThan(200);
    await expect.poll(() => page.locator('#arena-gap .copy-status').first().textContent()).toContain('Image saved');
    expect(errors).toEqual([]);
    await close();
  });

  it.each(EMBED_CHART_NAMES.map((c) => [c] as [EmbedChartName]))('%s: PNG and SVG files are produced, with the title and source line', async (chart) => {
    const id = EMBED_CHARTS[chart].figure;
    const { page, errors, close } = await openPage(`embed/${chart}.html`, { width: 600 });
    const svg = (await download(page, id, 'svg')).body.toString('utf8');
    const title = (await page.locator(`#${id}-title`).textContent())!.trim();
    expect(linesOf(svg, 'title')).toBe(squeeze(title));
    expect(svg).toMatch(/<text class="source"[^>]*>Source: /);
    expect(linesOf(svg, 'address')).toContain(`index.html`);
    const png = readPng((await download(page, id, 'png')).body);
    expect(png.width).toBe(2 * Number(/^<svg[^>]* width="(\d+)"/.exec(svg)![1]));
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the embed code follows the reader', () => {
  it('on the Chinese story with a scenario and a chosen theme: the chart’s own embed, in Chinese, with both; plain or with the script; copied with a confirmation', async () => {
    const { page, errors, close } = await openPage('index.zh-Hans.html?gpu=3&theme=dark', { width: 1200 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const frame = page.locator('#day-profile');
    await frame.locator('details.actions').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const code = await frame.locator('textarea[data-embed-code]').inputValue();
    expect(code).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/embed\/day\.zh-Hans\.html\?gpu=3&amp;theme=dark"/);
    expect(code).toContain(`height="${safeHeight('day')}"`);
    expect(code).toContain('embed-resize.js');
    await frame.locator('input[value="plain"]').check();
    const plain = await frame.locator('textarea[data-embed-code]').inputValue();
    expect(plain).not.toContain('<script');
    expect(plain).toContain('embed/day.zh-Hans.html?gpu=3&amp;theme=dark');
    await frame.locator('button[data-copy-embed]').click();
    await expect.poll(() => frame.locator('button[data-copy-embed] + [role="status"]').textContent()).toBe(messages('zh-Hans').common.frame.embedCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);
    // A chart that does not follow the scenario gets the theme only.
    const timeline = await page.locator('#open-timeline textarea[data-embed-code]').inputValue();
    expect(timeline).toContain('embed/timeline.zh-Hans.html?theme=dark"');
    expect(errors).toEqual([]);
    await close();
  });
});
