#!/usr/bin/env node
/**
 * Lighthouse SEO (12.2.3, Debian's Chromium) for the story in each language, as search engines
 * would read it: the site is built with SITE_URL set to the address it is then served from
 * (127.0.0.1, a free port), so canonical, hreflang and og:url are absolute and resolvable.
 * Prints one line per page with its score and any failing audit. `npm run seo`.
 */
import { build } from 'vite';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './measure.mjs';

const PAGES = ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html'];

const port = await new Promise((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => done(p));
  });
});
const site = `http://127.0.0.1:${port}/`;
const outDir = await mkdtemp(join(tmpdir(), 'seo-dist-'));
process.env.SITE_URL = site;
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await serve(outDir, { port });
let failed = false;
try {
  for (const page of PAGES) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
    try {
      const { lhr } = await lighthouse(`${site}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['seo'] });
      const cat = lhr.categories.seo;
      const failing = cat.auditRefs
        .map((r) => lhr.audits[r.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${a.id}${a.explanation ? ` (${a.explanation})` : ''}`);
      if (cat.score !== 1) failed = true;
      console.log(`${page}: SEO ${cat.score}${failing.length ? `; failing: ${failing.join('; ')}` : ''}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close?.();
  await rm(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
