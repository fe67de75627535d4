#!/usr/bin/env node
// Fails when the page's JavaScript or CSS is over budget (gzip -9 sizes of the built assets).
//
// Budgets (from the issues): the foundation (calculator, page, i18n, shared chart layers)
// 60 KiB; each story section (smile curve, open vs closed) adds at most 12 KiB; CSS 15 KiB.
// A page loads the shared code plus its own language's dictionary; the heavier language counts.
//
// What a section "adds" is measured, not estimated: the site is built again with the section
// left out (its component and its dictionary replaced by empty ones) and with only that
// section, and the difference is taken both ways: what the page would lose without it
// (on top of the other section) and what it costs on the foundation alone. Both must fit.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const KiB = 1024;
const ROOT = resolve(import.meta.dirname, '..');
const fmt = (n) => `${(n / KiB).toFixed(2)} KiB`;

/** Gzip sizes of one build: each language's page (shared chunks + its dictionary) and the CSS. */
function measure(dir) {
  const assets = readdirSync(join(dir, 'assets'));
  const gz = (f) => gzipSync(readFileSync(join(dir, 'assets', f)), { level: 9 }).length;
  const sum = (files) => files.reduce((s, f) => s + gz(f), 0);
  const js = assets.filter((f) => f.endsWith('.js'));
  const en = js.filter((f) => /^en-/.test(f));
  const zh = js.filter((f) => /^zh-Hans-/.test(f));
  const shared = js.filter((f) => !en.includes(f) && !zh.includes(f));
  return {
    en: sum(shared) + sum(en),
    zh: sum(shared) + sum(zh),
    dictEn: sum(en),
    dictZh: sum(zh),
    css: sum(assets.filter((f) => f.endsWith('.css'))),
    files: js.map((f) => [f, gz(f)]),
  };
}

const SECTIONS = {
  smile: { name: 'Smile curve', files: ['src/sections/SmileSection.svelte', 'src/lib/i18n/en/smile.ts', 'src/lib/i18n/zh-Hans/smile.ts'], dict: 'smile' },
  'open-closed': {
    name: 'Open vs closed',
    files: ['src/sections/OpenClosedSection.svelte', 'src/lib/i18n/en/openClosed.ts', 'src/lib/i18n/zh-Hans/openClosed.ts'],
    dict: 'openClosed',
  },
};

/** Build the client without some sections (no prerender: only the assets are measured). */
async function buildWithout(left) {
  const outDir = mkdtempSync(join(tmpdir(), 'size-'));
  const stubs = new Map();
  for (const key of left) for (const f of SECTIONS[key].files) stubs.set(resolve(ROOT, f), SECTIONS[key].dict);
  process.env.PRERENDER_CHILD = '1'; // the prerender plugin skips itself in nested builds
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
      plugins: [
        {
          name: 'leave-section-out',
          enforce: 'pre',
          load(id) {
            const dict = stubs.get(id.split('?')[0]);
            if (dict === undefined) return null;
            return id.endsWith('.svelte') ? '<script></script>' : `export const ${dict} = {};`;
          },
        },
      ],
    });
    return measure(outDir);
  } finally {
    delete process.env.PRERENDER_CHILD;
    rmSync(outDir, { recursive: true, force: true });
  }
}

const full = measure(join(ROOT, 'dist'));
const keys = Object.keys(SECTIONS);
const none = await buildWithout(keys);
// One build at a time (they share the environment switch that turns the prerender off).
const only = {};
const without = {};
for (const k of keys) {
  only[k] = await buildWithout(keys.filter((x) => x !== k));
  without[k] = await buildWithout([k]);
}

const heaviest = (m) => Math.max(m.en, m.zh);
let failed = false;
const check = (label, value, budget) => {
  const ok = value <= budget;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${fmt(value)} of ${fmt(budget)}`);
  if (!ok) failed = true;
};

console.log(`Whole page: English ${fmt(full.en)} (dictionary ${fmt(full.dictEn)}), Chinese ${fmt(full.zh)} (dictionary ${fmt(full.dictZh)})`);
for (const [f, n] of full.files) console.log(`    ${f}: ${fmt(n)}`);
check('Foundation alone (heavier language)', heaviest(none), 60 * KiB);
for (const k of keys) {
  const alone = Math.max(only[k].en - none.en, only[k].zh - none.zh);
  const onTop = Math.max(full.en - without[k].en, full.zh - without[k].zh);
  console.log(
    `  ${SECTIONS[k].name}: alone on the foundation +${fmt(only[k].en - none.en)} en / +${fmt(only[k].zh - none.zh)} zh; ` +
      `on top of the rest +${fmt(full.en - without[k].en)} en / +${fmt(full.zh - without[k].zh)} zh`,
  );
  check(`${SECTIONS[k].name} adds (the larger of the two, heavier language)`, Math.max(alone, onTop), 12 * KiB);
}
check('Whole page (heavier language)', heaviest(full), (60 + 12 * keys.length) * KiB);
check('CSS (all files)', full.css, 15 * KiB);
process.exit(failed ? 1 : 0);
