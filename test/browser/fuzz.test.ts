/**
 * Fuzzing the built page (issue 9 §7): generated addresses (seeded, the same every run) of
 * valid names with extreme, hex, comma, full-width, repeated, over-long and injection
 * values, and unknown names, on the story and on the calculator's embed. Fails on a page
 * error or console error, on NaN, Infinity or undefined in the visible text (outside the
 * quoted address the notice echoes), and on any element or handler the address inserted.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openPage, closeBrowser, getBrowser, baseUrl, type OpenedPage } from '../support/browser';

// One browser, started before the two page runs go side by side.
beforeAll(async () => {
  await getBrowser();
});
afterAll(closeBrowser);

const PER_PAGE = 50;

/** mulberry32: a small seeded generator, so every run loads the same addresses. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['nodes', 'gpn', 'gpu', 'hrs', 'pre', 'dec', 'in', 'out', 'hit', 'r1h', 'r1m', 'r1o', 'v3h', 'v3m', 'v3o', 'v3', 'free', 'np', 'v3n', 'r1n', 'mode', 'night', 'list', 'LIST', 'priceList', 'theme', 'NODES', 'freePct', 'offpeak', 'lang', 'LANG'];
const UNKNOWN = ['__proto__', 'constructor', 'toString', 'foo', '', 'utm_source', '<img src=x id=fuzz onerror=window.__fuzz=1>', '"><b id=fuzz>x</b>'];
/** Every injection carries id=fuzz or sets window.__fuzz, so an element it made can be found. */
const INJECTIONS = [
  '<img src=x id=fuzz onerror="window.__fuzz=1">',
  '"><svg id=fuzz onload="window.__fuzz=1">',
  "'><script id=fuzz>window.__fuzz=1</script>",
  '<iframe id=fuzz srcdoc="x"></iframe>',
  'javascript:window.__fuzz=1',
  '{{constructor.constructor("window.__fuzz=1")()}}',
  '\u202e<b id=fuzz>',
];
const fullWidth = (s: string) => s.replace(/[0-9.,+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function generate(seed: number, count: number): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const num = () => {
    const kind = Math.floor(r() * 6);
    if (kind === 0) return String((r() - 0.2) * 10 ** Math.floor(r() * 6));
    if (kind === 1) return pick(['1e308', '-1e308', '1e999', '-0', '5e-324', 'Infinity', '-Infinity', 'NaN', '9007199254740993', '1e9']);
    if (kind === 2) return String(Math.floor(r() * 3000));
    if (kind === 3) return (r() * 20).toFixed(3);
    if (kind === 4) return String(r() * 100);
    return pick(['0.05', '0.25', '1', '0']);
  };
  const value = (): string => {
    const kind = Math.floor(r() * 10);
    if (kind <= 2) return num();
    if (kind === 3) return pick([`0x${Math.floor(r() * 999).toString(16)}`, `0b${Math.floor(r() * 64).toString(2)}`, `0o${Math.floor(r() * 64).toString(8)}`]);
    if (kind === 4) return `${Math.floor(r() * 99)},${Math.floor(r() * 999)}`;
    if (kind === 5) return fullWidth(num());
    if (kind === 6) return pick(INJECTIONS);
    if (kind === 7) return pick(['traffic', 'nodes', '1', '0', 'yes', 'light', 'dark', 'auto', '', ' ', 'zh', 'zh-TW', 'en-US', 'fr', 'EN', 'v32', 'V4PRO', 'sep2025', 'v4flash', 'v5', 'feb2025 ']);
    if (kind === 8) return '9'.repeat(1 + Math.floor(r() * 300));
    return pick(['undefined', 'null', 'abc', '½', '1_000']);
  };
  const out: string[] = [
    // The issue's own cases first.
    '?gpu=0.05&nodes=0.25&gpn=1&hrs=1',
    `?pad=${'a'.repeat(3987)}&nodes=1234`,
    '?gpn=0x10&gpu=0b11&nodes=1,5&v3=1.44&gpn=8.5',
    '?__proto__=1&constructor=2&nodes=1e9',
    '?free=100&gpu=0',
    '?free=99&r1h=0&r1m=0&r1o=0.01&out=1',
    '?lang=fr&theme=<b id=fuzz>',
    '?list=<img src=x id=fuzz onerror="window.__fuzz=1">&r1h=0.0000251',
    '?r1o=99&list=v4pro&list=v32&v3h=1e-9',
    '?list=V4Peak&r1o=-1&list=feb2025',
  ];
  while (out.length < count) {
    const pairs: string[] = [];
    const n = 1 + Math.floor(r() * 8);
    for (let i = 0; i < n; i++) {
      const name = r() < 0.8 ? pick(NAMES) : pick(UNKNOWN);
      const p = `${encodeURIComponent(name)}=${encodeURIComponent(value())}`;
      pairs.push(p);
      if (r() < 0.1) pairs.push(p); // repeated
    }
    if (r() < 0.05) pairs.unshift(`pad=${'z'.repeat(3900 + Math.floor(r() * 200))}`); // over the limit
    out.push(`?${pairs.join('&')}`);
  }
  return out;
}

interface Findings {
  bad: string[];
  inserted: string[];
  handlers: string[];
  fuzzRan: boolean;
}

async function inspect(opened: OpenedPage, path: string): Promise<Findings> {
  const { page } = opened;
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'domcontentloaded' });
  // A ?lang= address goes to the other language's page: wait until a page has started.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.waitForFunction(() => document.documentElement.classList.contains('js'), undefined, { timeout: 5000 });
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
      await page.waitForLoadState('load');
    }
  }
  return page.evaluate(() => {
    const notice = document.querySelector<HTMLElement>('[data-url-notice]');
    // The notice quotes the address as the reader wrote it ("gpu=Infinity"): check it apart,
    // without the quoted parts; check everything else as it is.
    const echoed = notice ? notice.innerText.replace(/“[^”]*”/g, '') : '';
    if (notice) notice.style.display = 'none';
    const text = `${document.body.innerText}\n${echoed}`;
    if (notice) notice.style.display = '';
    const bad = [
      ...(text.match(/NaN|Infinity|undefined|\[object|objectObject/g) ?? []),
      // A margin is capped at 10,000% ("more than 10,000%"): a seven-digit percentage is a printed absurdity.
      ...(text.match(/\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?%|\d{7,}%/g) ?? []),
    ];
    const inserted = [...document.querySelectorAll('[id^="fuzz"], iframe, svg script, body script:not([src])')].map((el) => el.outerHTML.slice(0, 80));
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
    );
    return { bad, inserted, handlers, fuzzRan: '__fuzz' in window };
  });
}

describe.concurrent('fuzzed addresses on the built page', () => {
  for (const [label, file, seed] of [
    ['the story', 'index.html', 1],
    ['the calculator embed', 'embed/calculator.html', 2],
  ] as const) {
    it(`${label}: ${PER_PAGE} generated addresses, no error, no NaN/Infinity/undefined, nothing inserted`, async ({ expect }) => {
      const addresses = generate(seed, PER_PAGE);
      expect(new Set(addresses).size).toBe(PER_PAGE);
      const opened = await openPage(file);
      const failures: string[] = [];
      const started = Date.now();
      try {
        for (const search of addresses) {
          opened.errors.length = 0;
          const f = await inspect(opened, `${file}${search}`);
          const problems = [
            ...opened.errors,
            ...f.bad.map((b) => `text: ${b}`),
            ...f.inserted.map((e) => `element: ${e}`),
            ...f.handlers.map((h) => `handler: ${h}`),
            ...(f.fuzzRan ? ['script from the address ran'] : []),
          ];
          if (problems.length) failures.push(`${search.slice(0, 160)} → ${problems.join('; ')}`);
        }
      } finally {
        await opened.close();
      }
      console.log(`${label}: ${addresses.length} addresses in ${Date.now() - started} ms`);
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
