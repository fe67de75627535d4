import { describe, it, expect, afterAll } from 'vitest';
import { openPage, closeBrowser } from '../support/browser';
import { EMBED_CHARTS } from '../../src/lib/embed/registry';

afterAll(closeBrowser);

/**
 * Issue 8 (CLS 0) and issue 11 (lay out once): an embed's chart is prerendered at a fixed
 * width and re-laid out when its island measures the space it has. That second layout must
 * not move anything the reader sees: the prerendered box already has the height the island
 * draws. Measured with the browser's own layout-shift entries, from load until the island
 * has hydrated and settled.
 */
const charts = Object.keys(EMBED_CHARTS);

describe('embeds do not shift when their island wakes', () => {
  for (const width of [375, 1280]) {
    for (const chart of charts) {
      it(`${chart} at ${width} px`, async () => {
        const { page, errors, close } = await openPage(`embed/${chart}.html`, { islands: 'none', width, height: 900 });
        // Entries are buffered from the start of the load, before this script ran.
        const island = EMBED_CHARTS[chart as keyof typeof EMBED_CHARTS].island;
        await page.waitForFunction((name) => document.querySelector(`[data-island="${name}"]`)?.hasAttribute('data-hydrated'), island, { timeout: 20_000 });
        await page.waitForTimeout(600);
        const shifts = await page.evaluate(
          () =>
            new Promise<{ value: number; what: string[] }[]>((ok) => {
              new PerformanceObserver((list) => {
                ok(
                  (list.getEntries() as unknown as { value: number; sources: { node?: Node | null }[] }[]).map((e) => ({
                    value: e.value,
                    what: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.getAttribute('class') ?? ''}` : String(s.node?.nodeName))),
                  })),
                );
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => ok([]), 500);
            }),
        );
        const total = shifts.reduce((s, e) => s + e.value, 0);
        expect(total, JSON.stringify(shifts)).toBeLessThan(0.001);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }
});
