#!/usr/bin/env node
/**
 * `npm run bench` (issue 8, item 6): build the site, serve it with gzip on 127.0.0.1, and print
 * one markdown table for the story (each language) and every embed page:
 *
 *   - JavaScript (gzip bytes over the network) loaded before any scroll or input, and in total
 *     after scrolling to the end; CSS; DOM elements after load — real Chromium at Lighthouse's
 *     mobile viewport (412×823);
 *   - Lighthouse 12.2.3 mobile (default simulated throttling): performance, FCP, LCP, TBT, CLS,
 *     medians of --runs runs;
 *   - on pages with the calculator: slider input → updated result text, p50/p95 over 200 moves
 *     with the CPU throttled 4× (Emulation.setCPUThrottlingRate).
 *
 * The budgets of issue 8 are printed beside the numbers (ok/FAIL). The bench only reports: it
 * exits 0 whatever the numbers. The table goes to stdout; progress goes to stderr.
 *
 * Options:
 *   --dist <folder>       bench an already built folder, without building (e.g. an older build)
 *   --compare <folder>    also bench an older built folder in the same run: rows "old" and "new"
 *                         side by side, Lighthouse runs interleaved (twice the time: with the
 *                         defaults about 10 minutes; --embeds en halves the embeds)
 *   --pages <glob,…>      pages to bench, relative to the folder (default: index*.html,embed/*.html)
 *   --embeds en|all       embed pages in every language (default) or English only
 *   --runs <n>            Lighthouse runs per page (default 3; 0 skips Lighthouse)
 *   --lighthouse <glob,…> pages that get Lighthouse (default: every benched page)
 *   --moves <n>           slider moves (default 200)
 *   --out <file>          also write the markdown to a file
 * Environment: DIST_DIR (build output, default dist), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg, cpus } from 'node:os';
import { serve } from './serve.mjs';
import { launchBrowser, measureLoad, measureSlider, percentile, CHROMIUM } from './measure.mjs';
import { lighthouseRun, median } from './lighthouse.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const KiB = 1024;
const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (...args) => console.error(...args);

// ---------------------------------------------------------------- options

const HELP = readFileSync(new URL(import.meta.url), 'utf8').match(/\/\*\*([\s\S]*?)\*\//)[1].replace(/^ \* ?/gm, '').trim();
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      dist: { type: 'string' },
      compare: { type: 'string' },
      pages: { type: 'string', default: 'index*.html,embed/*.html' },
      embeds: { type: 'string', default: 'all' },
      runs: { type: 'string', default: '3' },
      lighthouse: { type: 'string', default: '**' },
      moves: { type: 'string', default: '200' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  console.error(`${err.message}\n${HELP}`);
  process.exit(2);
}
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}
const runs = Number(opts.runs);
const moves = Number(opts.moves);
if (!Number.isInteger(runs) || runs < 0 || !Number.isInteger(moves) || moves < 1 || !['en', 'all'].includes(opts.embeds)) {
  console.error(`Bad option value.\n${HELP}`);
  process.exit(2);
}

/** `*` within a path segment, `**` across segments, `?` one character; comma-separated patterns. */
function globMatcher(patterns) {
  const res = patterns
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((glob) => {
      let re = '';
      for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
          i++;
          if (glob[i + 1] === '/') {
            i++;
            re += '(?:.*/)?';
          } else re += '.*';
        } else if (c === '*') re += '[^/]*';
        else if (c === '?') re += '[^/]';
        else re += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
      }
      return new RegExp(`^${re}$`);
    });
  return (path) => res.some((re) => re.test(path));
}

// ---------------------------------------------------------------- build

const git = (...args) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).stdout?.trim() ?? '';
let dist;
let origin;
const compare = opts.compare ? resolve(process.cwd(), opts.compare) : null;
if (opts.dist) {
  dist = resolve(process.cwd(), opts.dist);
  origin = `already built folder ${dist}`;
} else {
  dist = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' + uncommitted changes' : '';
  origin = `built from ${commit || 'the working tree'}${dirty} into ${dist}`;
  log(`Building into ${dist} …`);
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', dist], {
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: dist },
    stdio: ['ignore', 2, 2], // the build's log goes to stderr, the table alone to stdout
  });
  if (built.status !== 0) {
    console.error('vite build failed');
    process.exit(1);
  }
}
for (const folder of [dist, compare]) {
  if (folder && !existsSync(join(folder, 'index.html'))) {
    console.error(`${folder}/index.html is missing: not a built site.`);
    process.exit(1);
  }
}
if (compare) origin = `old: ${compare}; new: ${origin}`;

// ---------------------------------------------------------------- pages

const wanted = globMatcher(opts.pages);
const lhWanted = globMatcher(opts.lighthouse);
const isStory = (p) => !p.includes('/');
const isEnglish = (p) => !/\.[a-z]{2}(-[A-Za-z]+)?\.html$/.test(p);
const skipped = [];

/** The benched pages of one built folder: the story in each language first, then the embeds. */
function pagesOf(folder) {
  const candidates = [
    ...readdirSync(folder).filter((f) => f.endsWith('.html')),
    ...(existsSync(join(folder, 'embed')) ? readdirSync(join(folder, 'embed')).filter((f) => f.endsWith('.html')).map((f) => `embed/${f}`) : []),
  ];
  return candidates
    .filter((p) => wanted(p) && (isStory(p) || opts.embeds === 'all' || isEnglish(p)))
    .sort((a, b) => Number(isStory(b)) - Number(isStory(a)) || a.localeCompare(b));
}

// The builds: the one benched, and with --compare an older one measured alongside it.
const builds = [{ name: compare ? 'new' : '', dist }];
if (compare) builds.unshift({ name: 'old', dist: compare });
for (const b of builds) b.pages = pagesOf(b.dist);
if (opts.embeds === 'en') skipped.push('embeds in other languages than English (--embeds en)');
const allPages = [...new Set(builds.flatMap((b) => b.pages))].sort(
  (a, b) => Number(isStory(b)) - Number(isStory(a)) || a.localeCompare(b),
);
if (allPages.length === 0) {
  console.error(`No page in ${dist} matches --pages ${opts.pages}`);
  process.exit(1);
}
// One row per page and build, the builds of a page side by side.
const rows = allPages.flatMap((page) =>
  builds.filter((b) => b.pages.includes(page)).map((build) => ({ page, build, label: build.name ? `\`${page}\` ${build.name}` : `\`${page}\``, problems: [] })),
);
for (const page of allPages) for (const b of builds) if (!b.pages.includes(page)) skipped.push(`${page}: not in the ${b.name} build`);

// ---------------------------------------------------------------- measure

for (const b of builds) {
  b.server = await serve(b.dist);
  log(`Serving ${b.dist} with gzip at ${b.server.url}${b.name ? ` (${b.name})` : ''}; pages: ${b.pages.join(', ')}`);
}

const browser = await launchBrowser();
const chromiumVersion = browser.version();
try {
  for (const row of rows) {
    const t = Date.now();
    const { server } = row.build;
    const load = await measureLoad(browser, server.url, row.page);
    Object.assign(row, load, { problems: [...row.problems, ...load.problems] });
    // Cross-check the browser's byte counts against what the server sent.
    for (const f of load.files) {
      const sent = server.sent.get(f.path);
      if (sent !== undefined && sent !== f.bytes) row.problems.push(`${f.path}: browser counted ${f.bytes} B, server sent ${sent} B`);
    }
    const slider = await measureSlider(browser, server.url, row.page, { moves, throttle: 4 });
    if (slider) {
      row.slider = slider;
      row.problems.push(...slider.problems);
    }
    log(
      `  ${row.label}: JS ${kib(row.jsBefore)} → ${kib(row.jsAfter)}, CSS ${kib(row.css)}, ${row.dom} elements` +
        (slider ? `, slider p50 ${ms1(percentile(slider.samples, 50))} p95 ${ms1(percentile(slider.samples, 95))}` : '') +
        ` (${((Date.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
} finally {
  await browser.close();
}

// Lighthouse: run 1 over every page, then run 2, … so slow drift of the machine spreads over
// pages (and over the old and new builds alike).
const lhRows = runs > 0 ? rows.filter((r) => lhWanted(r.page)) : [];
if (runs === 0) skipped.push('Lighthouse on every page (--runs 0)');
else for (const page of allPages) if (!lhWanted(page)) skipped.push(`Lighthouse on ${page} (--lighthouse ${opts.lighthouse})`);
let lhVersion = '';
for (let r = 1; r <= runs && lhRows.length; r++) {
  for (const row of lhRows) {
    const t = Date.now();
    const res = await lighthouseRun(row.build.server.url + row.page);
    (row.lh ??= []).push(res);
    if (res.error) row.problems.push(`Lighthouse run ${r}: ${res.error}`);
    else {
      lhVersion ||= res.version;
      for (const w of res.warnings) row.problems.push(`Lighthouse run ${r}: ${w}`);
    }
    log(`  Lighthouse ${r}/${runs} ${row.label}: ${res.error ?? `${res.score} TBT ${Math.round(res.tbt)} ms LCP ${Math.round(res.lcp)} ms`} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
}
for (const b of builds) await b.server.close();

// ---------------------------------------------------------------- report

function kib(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / KiB).toFixed(1)} KiB` : '–';
}
function ms1(v) {
  return Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–';
}
const mark = (ok) => (ok ? 'ok' : 'FAIL');
const judged = (text, ok) => (ok === undefined || text === '–' ? text : `${text} ${mark(ok)}`);

const BUDGET = {
  storyBefore: 30 * KiB,
  storyAfter: 64 * KiB,
  embedTotal: 30 * KiB,
  score: 0.98,
  tbt: 50,
  lcp: 1500,
  cls: 0,
  sliderP95: 16,
};

const header = [
  'Page',
  'JS before scroll/input',
  'JS after scrolling to end',
  'CSS',
  'DOM elements',
  'LH perf',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
  'Slider p50 / p95 (4× CPU)',
];
const budgetRow = [
  '*budget*',
  'story ≤ 30 KiB; embed ≤ 30 KiB',
  'story ≤ 64 KiB; embed ≤ 30 KiB',
  '',
  '',
  '≥ 0.98',
  '',
  '≤ 1.5 s',
  '≤ 50 ms',
  '0',
  'p95 ≤ 16 ms',
];
const lines = [];
const tableRows = [];
for (const row of rows) {
  const story = isStory(row.page);
  const ok = row.lh?.filter((r) => !r.error) ?? [];
  const m = (k) => (ok.length ? median(ok.map((r) => r[k])) : NaN);
  const score = m('score');
  const fcp = m('fcp');
  const lcp = m('lcp');
  const tbt = m('tbt');
  const cls = m('cls');
  const has = (v) => Number.isFinite(v);
  let slider = '–';
  if (row.slider) {
    const p50 = percentile(row.slider.samples, 50);
    const p95 = percentile(row.slider.samples, 95);
    slider = row.slider.samples.length
      ? judged(`${p50.toFixed(1)} / ${p95.toFixed(1)} ms`, row.slider.missed === 0 && p95 <= BUDGET.sliderP95)
      : 'no response FAIL';
  }
  tableRows.push([
    row.label,
    judged(kib(row.jsBefore), story ? row.jsBefore <= BUDGET.storyBefore : row.jsBefore <= BUDGET.embedTotal),
    judged(kib(row.jsAfter), story ? row.jsAfter <= BUDGET.storyAfter : row.jsAfter <= BUDGET.embedTotal),
    kib(row.css),
    has(row.dom) ? row.dom.toLocaleString('en-US') : '–',
    has(score) ? judged(score.toFixed(2), score >= BUDGET.score) : '–',
    has(fcp) ? `${(fcp / 1000).toFixed(2)} s` : '–',
    has(lcp) ? judged(`${(lcp / 1000).toFixed(2)} s`, lcp <= BUDGET.lcp) : '–',
    has(tbt) ? judged(`${Math.round(tbt)} ms`, tbt <= BUDGET.tbt) : '–',
    // Lighthouse shows CLS to three decimals; "0" is what it would show as 0.
    has(cls) ? judged(cls.toFixed(3), Number(cls.toFixed(3)) <= BUDGET.cls) : '–',
    slider,
  ]);
}

const elapsed = (Date.now() - started) / 1000;
const minutes = `${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s`;
const cell = (c) => String(c).replace(/\|/g, '\\|');
lines.push(
  `**Bench** — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${origin} · served with gzip -9 on 127.0.0.1 · Chromium ${chromiumVersion} at 412×823 (mobile) · ${runs ? `Lighthouse ${lhVersion || '12.2.3'} mobile, simulated throttling, median of ${runs} run${runs === 1 ? '' : 's'}` : 'no Lighthouse'} · slider: ${moves} moves at 4× CPU throttle · load average ${loadAtStart.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  `| ${budgetRow.map(cell).join(' | ')} |`,
  ...tableRows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  '',
);

const lhLines = [];
for (const row of rows) {
  const ok = row.lh?.filter((r) => !r.error) ?? [];
  if (!ok.length) continue;
  const list = (k, f) => ok.map((r) => f(r[k])).join(' ');
  lhLines.push(
    `- ${row.label}: perf ${list('score', (v) => v.toFixed(2))} · FCP ${list('fcp', (v) => (v / 1000).toFixed(2))} s · LCP ${list('lcp', (v) => (v / 1000).toFixed(2))} s · TBT ${list('tbt', (v) => Math.round(v))} ms · CLS ${list('cls', (v) => v.toFixed(3))}`,
  );
}
if (lhLines.length) lines.push('Lighthouse, each run:', '', ...lhLines, '');
if (skipped.length) lines.push(`Skipped: ${skipped.join('; ')}.`, '');
const problems = rows.flatMap((r) => [...new Set(r.problems)].map((p) => `- ${r.label}: ${p}`));
if (problems.length) lines.push('Problems seen while measuring:', '', ...problems, '');
lines.push(`Total time: ${minutes}.`);

const markdown = lines.join('\n') + '\n';
process.stdout.write(markdown);
if (opts.out) {
  writeFileSync(resolve(process.cwd(), opts.out), markdown);
  log(`Written to ${relative(process.cwd(), resolve(process.cwd(), opts.out)) || opts.out}`);
}
log(`Chromium: ${CHROMIUM}`);
