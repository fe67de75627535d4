#!/usr/bin/env node
// Fails when a page's JavaScript or the CSS is over budget. Sizes are gzip -9 of the built
// files that a page really loads in Chromium (Debian's, as in the browser tests):
//   - the story, before the reader scrolls or touches anything (islands wait for that);
//   - the story, once every island has hydrated (scrolled to the end, each visible island touched);
//   - each embed page, in total (everything it loads, its islands all awake): one per chart
//     (EMBED_CHARTS in src/lib/embed/registry.ts, listed below; the run fails if one is
//     missing) and the old section addresses (open-closed, price-war).
// Budgets (issue 8): story before engagement 30 KiB (held); CSS 15 KiB (held). The issue also
// asks 64 KiB for the whole story and 30 KiB per embed; splitting the page into islands costs
// some compression (each chunk is gzipped alone) and Svelte's runtime alone is 16 KiB, so those
// are not met yet: CI holds them to the measured size with a little room (a ratchet: lower it
// when a change makes room) and prints the issue's figure beside each, so the gap stays in sight.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const KiB = 1024;
const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
// (Issue 11 added the day island, the PNG/SVG downloads and the embed code's choices to every
// frame: the story rose from 86.4 to 92.0 KiB, the smile embed to 53.9 KiB. Issue 13 added the
// price lists (also in the entry, which reads list= from the address), the margins island, the
// smile's second period and the 2025-26 timeline and gap data: story 106.6 KiB, the smile and
// old open-closed embeds 58.5 KiB. These are ratchets against growth, not the issue's budgets.
// The story's ceiling was set from the English page; the Chinese pages load 2.2 KiB more of
// dictionary (109.6 KiB), which failed CI: the ceiling is now the largest language plus a little.
// The Chinese publishers' names in the two charts that cite sources in the browser (smile details,
// price marks; the rest is written in at build time) add 0.8 KiB to the Chinese smile embed
// (60.6 KiB) and the Chinese story (110.4 KiB): ceilings 61 and 111 KiB.)
const BUDGET = { before: 30 * KiB, story: 111 * KiB, storyIssue: 64 * KiB, css: 15 * KiB, embed: 61 * KiB, embedIssue: 30 * KiB };
const fmt = (n) => `${(n / KiB).toFixed(1)} KiB`;
const gz = (path) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const sum = (paths) => [...paths].reduce((s, p) => s + gz(p), 0);

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`${DIST} has no index.html: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await preview({ configFile: false, root: ROOT, logLevel: 'error', build: { outDir: DIST }, preview: { host: '127.0.0.1', port: 0 } });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** What a page loads: JS before engagement, JS in all, CSS; at the Lighthouse phone viewport. */
async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin + '/' === base && /\.(js|css)$/.test(url.pathname)) files.add(url.pathname.slice(1));
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const before = new Set([...files].filter((f) => f.endsWith('.js')));
  await page.evaluate(async () => {
    window.dispatchEvent(new Event('scroll'));
    for (const el of document.querySelectorAll('[data-island]')) {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise((r) => setTimeout(r, 30));
      // A reader can touch what they can see: an empty island (the address notice with
      // nothing to say) is never touched.
      if (el.getBoundingClientRect().height > 0) el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    }
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-hydrated') || el.getBoundingClientRect().height === 0),
    null,
    { timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
  const js = [...files].filter((f) => f.endsWith('.js'));
  const css = [...files].filter((f) => f.endsWith('.css'));
  await context.close();
  return { before: sum(before), all: sum(js), css: sum(css), files: js };
}

let failed = false;
const check = (label, value, budget, note = '') => {
  const ok = value <= budget;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${fmt(value)} of ${fmt(budget)}${note}`);
};

try {
  const stories = readdirSync(DIST).filter((f) => /^index(\.[\w-]+)?\.html$/.test(f));
  const CHART_EMBEDS = ['calculator', 'margins', 'day', 'smile', 'timeline', 'gap', 'prices'];
  const embeds = readdirSync(join(DIST, 'embed')).filter((f) => f.endsWith('.html')).map((f) => `embed/${f}`);
  for (const chart of CHART_EMBEDS) {
    if (!embeds.includes(`embed/${chart}.html`)) {
      console.log(`FAIL embed/${chart}.html is missing from the build`);
      failed = true;
    }
  }
  let css = 0;
  for (const path of stories) {
    const m = await measure(path);
    css = Math.max(css, m.css);
    check(`${path}: JavaScript before the reader scrolls or touches anything`, m.before, BUDGET.before);
    check(`${path}: all JavaScript, every island awake`, m.all, BUDGET.story, m.all > BUDGET.storyIssue ? ` (issue 8 asks ${fmt(BUDGET.storyIssue)}: not met)` : '');
  }
  for (const path of embeds) {
    const m = await measure(path);
    css = Math.max(css, m.css);
    check(`${path}: all JavaScript`, m.all, BUDGET.embed, m.all > BUDGET.embedIssue ? ` (issue 8 asks ${fmt(BUDGET.embedIssue)}: not met)` : '');
  }
  check('CSS (one file, every page)', css, BUDGET.css);
  console.log('\nFiles (gzip -9):');
  const assets = readdirSync(join(DIST, 'assets')).sort();
  for (const f of assets) console.log(`    ${f}: ${fmt(gz(`assets/${f}`))}`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
