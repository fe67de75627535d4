#!/usr/bin/env node
// Fails when the page's JavaScript or CSS is over budget (gzip -9 sizes of dist/).
// JS budget: 60 KiB for the foundation, plus 12 KiB for each story section built on it
// (smile curve, open vs closed), per the issues. Reports per-page figures too.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const assets = readdirSync('dist/assets');
const gz = (f) => gzipSync(readFileSync(`dist/assets/${f}`), { level: 9 }).length;
const sum = (files) => files.reduce((s, f) => s + gz(f), 0);
const js = assets.filter((f) => f.endsWith('.js'));
const css = assets.filter((f) => f.endsWith('.css'));

const sections = ['src/sections/SmileSection.svelte', 'src/sections/OpenClosedSection.svelte'].filter(existsSync).length;
const jsBudget = (60 + 12 * sections) * KiB;
const cssBudget = 15 * KiB;

const cssTotal = sum(css);
// Each page loads the shared code plus its own language's dictionary chunk.
const en = js.filter((f) => /^en-/.test(f));
const zh = js.filter((f) => /^zh-Hans-/.test(f));
const shared = js.filter((f) => !en.includes(f) && !zh.includes(f));
const englishPage = sum(shared) + sum(en);
const chinesePage = sum(shared) + sum(zh);
// A reader loads one page: the heavier of the two is what the budget holds.
const jsTotal = Math.max(englishPage, chinesePage);

const fmt = (n) => `${(n / KiB).toFixed(1)} KiB`;
console.log(`JS  (heaviest page, gzip): ${fmt(jsTotal)} of ${fmt(jsBudget)} budget`);
console.log(`    English page loads ${fmt(englishPage)} (dictionary ${fmt(sum(en))}); Chinese page ${fmt(chinesePage)} (dictionary ${fmt(sum(zh))})`);
for (const f of js) console.log(`    ${f}: ${fmt(gz(f))}`);
console.log(`CSS (all files, gzip): ${fmt(cssTotal)} of ${fmt(cssBudget)} budget`);

let failed = false;
if (jsTotal > jsBudget) {
  console.error(`FAIL: JavaScript is over budget by ${fmt(jsTotal - jsBudget)}`);
  failed = true;
}
if (cssTotal > cssBudget) {
  console.error(`FAIL: CSS is over budget by ${fmt(cssTotal - cssBudget)}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
