import { describe, it, expect } from 'vitest';
import { layoutPrices, logTicks125, niceDomain, overlaps, type PriceLayout } from '../../src/lib/chart/prices';
import { PRICE_POINTS, CURRENCIES, SIDES, perMillion, pricedPoints, CUTS, type Currency, type Side } from '../../src/lib/data/prices';
import { markLabel, markName } from '../../src/charts/priceWar/describe';
import { messages, loadLocale } from '../../src/lib/i18n';

await loadLocale('en');
await loadLocale('zh-Hans');
const words = (locale: 'en' | 'zh-Hans') => ({ t: messages(locale), locale });
const layout = (locale: 'en' | 'zh-Hans', width: number, side: Side, currency: Currency): PriceLayout =>
  layoutPrices({ width, side, currency, locale, axisTitle: messages(locale).priceWar.axis[currency], label: (p, v) => markLabel(words(locale), p, v, currency), short: (p) => markName(words(locale), p) });

describe('log ticks', () => {
  it('puts ticks at 1, 2 and 5 of every decade, and nowhere else', () => {
    expect(logTicks125(0.1, 100)).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks125(0.01, 1)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    expect(logTicks125(0.3, 40)).toEqual([0.5, 1, 2, 5, 10, 20]);
    expect(logTicks125(1, 1)).toEqual([1]);
    expect(logTicks125(0, 10)).toEqual([]);
  });

  it('ends the axis on 1-2-5 values with room around the data', () => {
    expect(niceDomain([0.11, 30])).toEqual([0.05, 50]);
    expect(niceDomain([0.8, 436.2])).toEqual([0.5, 1000]);
    expect(niceDomain([0.28, 75])).toEqual([0.2, 100]);
    expect(niceDomain([1, 10])).toEqual([0.5, 20]);
  });

  for (const side of SIDES)
    for (const currency of CURRENCIES)
      it(`${side}, ${currency}: every tick is 1, 2 or 5 × 10ⁿ, evenly spaced per decade on a log axis`, () => {
        const L = layout('en', 768, side, currency);
        for (const t of L.yTicks) {
          const m = t.value / 10 ** Math.floor(Math.log10(t.value) + 1e-9);
          expect([1, 2, 5].some((k) => Math.abs(m - k) < 1e-9), `${t.value}`).toBe(true);
        }
        const ones = L.yTicks.filter((t) => Math.abs(Math.log10(t.value) % 1) < 1e-9);
        expect(ones.length).toBeGreaterThanOrEqual(3);
        const step = ones[0]!.y - ones[1]!.y;
        for (let i = 1; i < ones.length; i++) expect(ones[i - 1]!.y - ones[i]!.y).toBeCloseTo(step, 2);
        // 2 sits log10(2) of the way up its decade.
        const isTwo = (v: number) => Math.abs(v / 10 ** Math.floor(Math.log10(v) + 1e-9) - 2) < 1e-9;
        const two = L.yTicks.find((t) => isTwo(t.value) && L.yTicks.some((u) => Math.abs(u.value - t.value / 2) < 1e-12))!;
        const base = L.yTicks.find((t) => Math.abs(t.value - two.value / 2) < 1e-12)!;
        expect(base.y - two.y).toBeCloseTo(step * Math.log10(2), 2);
        // Every priced point is inside the axis.
        for (const p of L.points) expect(p.value).toBeGreaterThanOrEqual(L.domain[0]);
        for (const p of L.points) expect(p.value).toBeLessThanOrEqual(L.domain[1]);
      });
});

describe('layoutPrices', () => {
  it('draws every priced point of the side and every cut; keyboard order by date', () => {
    for (const side of SIDES) {
      const L = layout('en', 768, side, 'USD');
      expect(L.points.length).toBe(pricedPoints(side).length);
      expect(L.cuts.map((c) => c.id)).toEqual(CUTS.map((c) => c.id));
      expect([...L.order].sort()).toEqual([...L.points, ...L.cuts].map((m) => m.id).sort());
      const dates = L.order.map((id) => PRICE_POINTS.find((p) => p.id === id)!.date.padEnd(10, '5'));
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('puts a higher price higher up, and DeepSeek-V2 about 2.3 decades below GPT-4', () => {
    const L = layout('en', 1200, 'input', 'USD');
    const y = (id: string) => L.points.find((p) => p.id === id)!.y;
    expect(y('gpt-4-0613')).toBeLessThan(y('deepseek-v2'));
    const decade = L.yTicks.find((t) => t.value === 1)!.y - L.yTicks.find((t) => t.value === 10)!.y;
    expect((y('deepseek-v2') - y('gpt-4-0613')) / decade).toBeCloseTo(Math.log10(30 / 0.14), 2);
  });

  it('fills the makers’ own prices and leaves press reports hollow', () => {
    const L = layout('en', 768, 'input', 'USD');
    for (const m of [...L.points, ...L.cuts]) expect(m.filled, m.id).toBe(m.point.kind === 'company-claim' || m.point.kind === 'filing');
    expect(L.points.find((p) => p.id === 'doubao-pro-32k')!.filled).toBe(false);
    expect(L.points.find((p) => p.id === 'deepseek-v2')!.filled).toBe(true);
  });

  it('switches currency: converted marks move by log10(7.27); published yuan are not converted', () => {
    const usd = layout('en', 768, 'output', 'USD');
    const cny = layout('en', 768, 'output', 'CNY');
    const gpt = (L: PriceLayout) => L.points.find((p) => p.id === 'gpt-4-0613')!;
    expect(gpt(cny).value).toBe(436.2);
    expect(gpt(cny).converted).toBe(true);
    const r1 = cny.points.find((p) => p.id === 'deepseek-r1')!;
    expect([r1.value, r1.converted]).toEqual([16, false]);
    expect(usd.points.find((p) => p.id === 'deepseek-r1')!.value).toBe(2.19);
  });

  it('keeps marks of the same day apart', () => {
    const L = layout('en', 375, 'input', 'USD');
    for (let i = 0; i < L.points.length; i++)
      for (let j = i + 1; j < L.points.length; j++) {
        const a = L.points[i]!;
        const b = L.points[j]!;
        if (a.point.date !== b.point.date) continue;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThan(2 * a.r);
      }
  });

  // Page widths and the chart widths they give (375 → 343, 768 → 736, 1200 → 992).
  for (const locale of ['en', 'zh-Hans'] as const)
    for (const side of SIDES)
      for (const currency of CURRENCIES)
        for (const width of [375, 343, 768, 736, 1200, 992])
          it(`${locale}, ${side}, ${currency}, ${width}px: labels inside the chart, apart from each other, the marks and the axes`, () => {
            const L = layout(locale, width, side, currency);
            expect(JSON.stringify(L)).not.toMatch(/NaN|undefined|null,"y"/);
            const texts = [...L.labels.map((l) => ['label ' + l.id, l.box] as const), ...L.yTicks.map((t) => ['y ' + t.text, t.box] as const), ...L.xTicks.map((t) => ['x ' + t.text, t.box] as const), ['axis title', L.axisTitle.box] as const];
            for (const [name, b] of texts) {
              expect(b.x0, name).toBeGreaterThanOrEqual(0);
              expect(b.x1, name).toBeLessThanOrEqual(L.width);
              expect(b.y0, name).toBeGreaterThanOrEqual(0);
              expect(b.y1, name).toBeLessThanOrEqual(L.height);
            }
            for (let i = 0; i < texts.length; i++)
              for (let j = i + 1; j < texts.length; j++) expect(overlaps(texts[i]![1], texts[j]![1]), `${texts[i]![0]} / ${texts[j]![0]}`).toBe(false);
            for (const l of L.labels)
              for (const m of [...L.points, ...L.cuts]) {
                const mb = { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r };
                expect(overlaps(l.box, mb), `label ${l.id} over mark ${m.id}`).toBe(false);
              }
            // The turning points always get their label.
            const ids = L.labels.map((l) => l.id);
            for (const id of ['deepseek-v2', 'gpt-4-0613', 'deepseek-off-peak', ...(side === 'input' ? ['doubao-pro-32k'] : [])]) expect(ids, id).toContain(id);
            expect(ids).toEqual(expect.arrayContaining(['qwen-long-cut', 'qwen-turbo-cut']));
            // Tick labels never touch each other either.
            for (let i = 1; i < L.xTicks.length; i++) expect(L.xTicks[i]!.box.x0).toBeGreaterThan(L.xTicks[i - 1]!.box.x1);
          });
});

it('every mark has a price in both currencies where its side has one', () => {
  for (const side of SIDES) for (const p of pricedPoints(side)) for (const c of CURRENCIES) expect(perMillion(p, side, c), `${p.id} ${c}`).not.toBeNull();
});
