#!/usr/bin/env node
/**
 * Makes the link-preview images, one per language, static/share.<locale>.png (1200×630): the
 * story's kicker and headline in that language, DeepSeek's 545% and the smile curve. The words
 * come from the dictionaries through Vite (so the Traditional card is converted exactly as
 * the page is); Debian's Chromium draws the card with the system's fonts.
 *
 * Run once after a headline changes, then commit the PNGs:
 *   apt-get install -y fonts-noto-cjk   # Chinese glyphs (Noto Sans/Serif CJK SC and TC)
 *   node scripts/share-images.mjs
 * Nothing is downloaded; the page is drawn offline (no request leaves it).
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FONTS = {
  en: { serif: '"Liberation Serif", "DejaVu Serif", serif', sans: '"Liberation Sans", "DejaVu Sans", sans-serif' },
  'zh-Hans': { serif: '"Noto Serif CJK SC", serif', sans: '"Noto Sans CJK SC", sans-serif' },
  'zh-Hant': { serif: '"Noto Serif CJK TC", serif', sans: '"Noto Sans CJK TC", sans-serif' },
};

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function card(locale, { kicker, heading, caption }) {
  const f = FONTS[locale];
  const zh = locale !== 'en';
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; background: #fff; overflow: hidden; }
  body { box-sizing: border-box; padding: 104px 80px 0; color: #1a1a1a; font-family: ${f.sans}; }
  .kicker { margin: 0 0 20px; color: #c85a00; font-weight: 700; font-size: 27px; letter-spacing: ${zh ? '0.12em' : '0.06em'}; text-transform: uppercase; }
  h1 { margin: 0; font-family: ${f.serif}; font-weight: 700; font-size: ${zh ? 76 : 80}px; line-height: 1.0; letter-spacing: ${zh ? '0.02em' : '0'}; max-width: 1060px; }
  .row { position: absolute; left: 80px; right: 80px; bottom: 100px; display: flex; justify-content: space-between; align-items: flex-end; }
  .big { margin: 0; color: #0a6eb4; font-weight: 700; font-size: 128px; line-height: 0.9; }
  .caption { margin: 18px 0 0; color: #555; font-size: 29px; }
  svg { margin-right: 110px; }
</style><body>
  <p class="kicker">${escape(kicker)}</p>
  <h1>${escape(heading)}</h1>
  <div class="row">
    <div><p class="big">545%</p><p class="caption">${escape(caption)}</p></div>
    <svg width="350" height="150" viewBox="0 0 350 150" aria-hidden="true">
      <path d="M5 5 C 60 110, 120 145, 175 145 S 290 110, 345 5" fill="none" stroke="#009e73" stroke-width="9" stroke-linecap="round" stroke-dasharray="14 12" />
    </svg>
  </div>
</body></html>`;
}

const server = await createServer({
  root,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const i18n = await server.ssrLoadModule('/src/lib/i18n/index.ts');
  const { proseWords } = await server.ssrLoadModule('/src/lib/i18n/prose.ts');
  const { shareImage } = await server.ssrLoadModule('/src/build/prerender.ts');
  for (const locale of i18n.LOCALES) {
    await i18n.loadLocale(locale);
    const intro = proseWords(locale).calculator.intro;
    const caption = `DeepSeek · ${i18n.messages(locale).calculator.results.costProfitMargin}`;
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(card(locale, { kicker: intro.kicker, heading: intro.heading, caption }));
    await page.evaluate(() => document.fonts.ready);
    const out = `${root}static/${shareImage(locale)}`;
    await page.screenshot({ path: out, type: 'png' });
    await page.close();
    console.log(`${out.slice(root.length)}: ${intro.heading}`);
  }
} finally {
  await browser.close();
  await server.close();
}
