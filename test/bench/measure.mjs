/**
 * In-browser measurements for the bench (playwright-core driving Debian's Chromium):
 * JavaScript and CSS actually transferred (gzip bytes, from the network), DOM size, and the
 * calculator slider's input → result latency with the CPU throttled.
 */
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lighthouse 12's mobile screen emulation (Moto G Power). */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-quic'], headless: true });
}

/**
 * Page-side helpers, installed before any page script runs. `find()` locates the calculator's
 * slider (labelled "Average serving nodes", else the first range input) and the result it moves
 * (the cost-profit margin, else the first <output>). Kept dependency-free and language-aware.
 */
function installPageHelpers() {
  const labelled = (el, re) => [...(el.labels ?? [])].some((l) => re.test(l.textContent ?? ''));
  Object.defineProperty(globalThis, '__bench', {
    enumerable: false,
    value: {
      find() {
        const ranges = [...document.querySelectorAll('input[type="range"]')];
        if (ranges.length === 0) return null;
        const slider =
          ranges.find((r) => labelled(r, /average serving nodes|平均服务节点/i)) ?? document.getElementById('in-nodes-range') ?? ranges[0];
        const outputs = [...document.querySelectorAll('output')];
        const result =
          outputs.find((o) => labelled(o, /cost-profit margin|成本利润率/i)) ??
          document.getElementById('out-cpm') ??
          outputs[0] ??
          slider.closest('[data-island], section, form') ??
          document.body;
        return { slider, result };
      },
      /** Move the slider once; resolves with ms from dispatching `input` to the result's text changing (null: no change). */
      move(value, timeoutMs = 1000) {
        const found = this.find();
        if (!found) return Promise.resolve(null);
        const { slider, result } = found;
        const before = result.textContent;
        return new Promise((resolve) => {
          let t0 = 0;
          let timer = 0;
          const mo = new MutationObserver(() => {
            if (result.textContent === before) return;
            const t1 = performance.now();
            mo.disconnect();
            clearTimeout(timer);
            resolve(t1 - t0);
          });
          mo.observe(result, { subtree: true, childList: true, characterData: true });
          timer = setTimeout(() => {
            mo.disconnect();
            resolve(null);
          }, timeoutMs);
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(slider, String(value));
          t0 = performance.now();
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
      },
      /** Values that each change the result: alternate either side of the current value, drifting by one step. */
      values(n) {
        const { slider } = this.find();
        const min = Number(slider.min || 0);
        const max = Number(slider.max || 100);
        const step = Number(slider.step) > 0 ? Number(slider.step) : 1;
        const v0 = Number(slider.value);
        const span = Math.max(step * 8, (max - min) * 0.05);
        const snap = (v) => Math.min(max, Math.max(min, min + Math.round((v - min) / step) * step));
        const lo = snap(v0 - span > min ? v0 - span : min + span * 0.5);
        const hi = snap(v0 + span < max ? v0 + span : max - span * 0.5);
        const out = [];
        for (let i = 0; i < n; i++) {
          const drift = Math.floor(i / 2) % 20;
          out.push(snap((i % 2 ? hi : lo) + drift * step));
        }
        return out;
      },
    },
  });
}

/** Counts requests in flight, to wait for the network to go quiet. */
function networkTracker(page) {
  let inflight = 0;
  let last = Date.now();
  const bump = (d) => () => {
    inflight += d;
    last = Date.now();
  };
  page.on('request', bump(1));
  page.on('requestfinished', bump(-1));
  page.on('requestfailed', bump(-1));
  return {
    /** Resolves true once nothing has been in flight for `quietMs`, false after `maxMs`. */
    async idle(quietMs, maxMs = 20_000) {
      const start = Date.now();
      while (Date.now() - start < maxMs) {
        if (inflight <= 0 && Date.now() - last >= quietMs) return true;
        await sleep(25);
      }
      return false;
    },
  };
}

const kind = (url, type) => {
  const path = new URL(url).pathname;
  if (/javascript|ecmascript/i.test(type) || /\.m?js$/.test(path)) return 'js';
  if (/text\/css/i.test(type) || /\.css$/.test(path)) return 'css';
  return 'other';
};

async function newMobilePage(browser, baseUrl) {
  const context = await browser.newContext({ ...MOBILE, colorScheme: 'light', reducedMotion: 'no-preference' });
  await context.addInitScript(installPageHelpers);
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(baseUrl).origin;
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`external request: ${url}`);
  });
  page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`));
  return { context, page, problems };
}

/**
 * Load a page at the mobile viewport; measure what arrives before any scroll or input, then
 * scroll to the end step by step and measure the total.
 */
export async function measureLoad(browser, baseUrl, path, { idleMs = 2000 } = {}) {
  const { context, page, problems } = await newMobilePage(browser, baseUrl);
  const net = networkTracker(page);
  const responses = []; // { url, kind, bytes: Promise<number>, phase }
  let phase = 'before';
  page.on('requestfinished', (req) => {
    const record = { url: req.url(), phase, kind: 'other', bytes: Promise.resolve(0) };
    responses.push(record);
    record.bytes = (async () => {
      const res = await req.response();
      record.kind = kind(req.url(), res?.headers()['content-type'] ?? '');
      record.encoding = res?.headers()['content-encoding'] ?? '';
      const sizes = await req.sizes();
      return sizes.responseBodySize;
    })().catch(() => 0);
  });

  try {
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load', timeout: 60_000 });
    if (!(await net.idle(idleMs))) problems.push('network never went quiet after load');
    await Promise.all(responses.map((r) => r.bytes));
    const dom = await page.evaluate(() => document.querySelectorAll('*').length);
    const sum = (k, ph) => Promise.all(responses.filter((r) => r.kind === k && (!ph || r.phase === ph)).map((r) => r.bytes)).then((b) => b.reduce((s, n) => s + n, 0));
    const jsBefore = await sum('js', 'before');

    phase = 'after';
    let steps = 0;
    for (; steps < 400; steps++) {
      const { moved, end } = await page.evaluate(() => {
        const el = document.scrollingElement ?? document.documentElement;
        const top = el.scrollTop;
        window.scrollBy({ top: Math.round(window.innerHeight * 0.8), behavior: 'instant' });
        return { moved: el.scrollTop !== top, end: el.scrollTop + window.innerHeight >= el.scrollHeight - 2 };
      });
      await sleep(100); // let IntersectionObservers fire and imports start
      await net.idle(300, 10_000);
      if (end || !moved) break;
    }
    if (!(await net.idle(idleMs))) problems.push('network never went quiet after scrolling');
    await Promise.all(responses.map((r) => r.bytes));
    const jsAfter = await sum('js');
    const css = await sum('css');
    const files = await Promise.all(
      responses.filter((r) => r.kind !== 'other').map(async (r) => ({ path: new URL(r.url).pathname, kind: r.kind, phase: r.phase, bytes: await r.bytes, encoding: r.encoding })),
    );
    for (const f of files) if (f.encoding !== 'gzip' && f.bytes > 0) problems.push(`not gzipped: ${f.path}`);
    return { path, jsBefore, jsAfter, css, dom, scrollSteps: steps + 1, files, problems };
  } finally {
    await context.close();
  }
}

/**
 * Slider → result latency: bring the calculator into view, wait until its island is hydrated
 * and the slider answers, then throttle the CPU and time `moves` input events.
 * Returns null when the page has no range input.
 */
export async function measureSlider(browser, baseUrl, path, { moves = 200, throttle = 4 } = {}) {
  const { context, page, problems } = await newMobilePage(browser, baseUrl);
  const net = networkTracker(page);
  try {
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load', timeout: 60_000 });
    await net.idle(500);
    const box = await page.evaluate(() => {
      const found = globalThis.__bench.find();
      if (!found) return null;
      found.slider.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = found.slider.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    if (!box) return null;
    await page.mouse.move(box.x, box.y); // pointer over the island: hydrates on interaction, if that is how it works
    await sleep(100);
    await net.idle(300);
    // Hydrated: the document says so, the slider's island no longer waits and (when the page
    // marks islands) says it is hydrated. The probe below is the real test; this only saves time.
    await page
      .waitForFunction(
        () => {
          const found = globalThis.__bench.find();
          if (!found || !document.documentElement.classList.contains('js')) return false;
          if (found.slider.closest('[data-island-pending]')) return false;
          const island = found.slider.closest('[data-island]');
          return !island || island.hasAttribute('data-hydrated') || island.hasAttribute('data-island-failed');
        },
        null,
        { timeout: 10_000, polling: 50 },
      )
      .catch(() => {});
    await net.idle(300);
    // … and the slider answers (a lazily hydrated island may need its first input to wake up).
    let answered = false;
    for (let i = 0; i < 20 && !answered; i++) {
      const values = await page.evaluate(() => globalThis.__bench.values(2));
      answered = (await page.evaluate((v) => globalThis.__bench.move(v, 1000), values[i % 2])) !== null;
      if (!answered) await net.idle(200, 3000);
    }
    if (!answered) {
      problems.push('slider: the result never changed on input');
      return { samples: [], missed: moves, problems };
    }
    const values = await page.evaluate((n) => globalThis.__bench.values(n), moves);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const results = await page.evaluate(async (vals) => {
      const out = [];
      for (const v of vals) {
        out.push(await globalThis.__bench.move(v, 1000));
        // One move per frame, as a drag would, and let any follow-up work run.
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      }
      return out;
    }, values);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const samples = results.filter((r) => r !== null).sort((a, b) => a - b);
    const missed = results.length - samples.length;
    if (missed) problems.push(`slider: ${missed} of ${results.length} moves did not change the result text within 1 s`);
    return { samples, missed, problems };
  } finally {
    await context.close();
  }
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
