/** "What happened next" and the ads since: every figure sourced, quoted, dated and of a kind; the numbers are in their quotes; the re-priced day is hand-checked. */
import { describe, it, expect } from 'vitest';
import { KINDS, type CitedSource } from '../../src/lib/data/types';
import { NEXT_EVENTS, NEXT_FIGURES, nextFigure, arenaGap, dayAtV32, whatNextSources, DAY_AT_V32 } from '../../src/lib/data/whatNext';
import { AD_FIGURES, AD_EVENTS, adFigure } from '../../src/lib/data/ads';
import { EDITION } from '../../src/lib/data/edition';
import * as W from '../../src/lib/data/whatNext';
import * as L from '../../src/lib/data/priceLists';
import { QUOTES } from '../../src/lib/data/quotes';

function expectCited(s: CitedSource) {
  expect(s.id, JSON.stringify(s)).toMatch(/^[a-z0-9-]+$/);
  expect(s.title.trim(), s.id).not.toBe('');
  expect(s.publisher.trim(), s.id).not.toBe('');
  expect(s.date, s.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  expect(s.url, s.id).toMatch(/^https:\/\/[^\s]+$/);
  expect(s.quote.trim().length, s.id).toBeGreaterThan(20);
  // An address a reader can open: never a stored-copy id.
  expect(`${s.url} ${s.title}`, s.id).not.toMatch(/stored copy|id \d{6,}/i);
}

/** How each figure is written in its source's quote. */
const IN_QUOTE: Record<string, string> = {
  unifiedMiss: '$0.56', unifiedOut: '$1.68', cutPct: '50%+',
  v32Hit: '$0.028', v32Miss: '$0.28', v32Out: '$0.42',
  v4FlashMiss: '$0.14', v4FlashOut: '$0.28', v4ProMiss: '$0.435', v4ProOut: '$0.87',
  peakProMissOff: 'OFF-PEAK $0.22 $0.66', peakProMissPeak: 'PEAK $0.44 $1.32', peakProOutOff: 'OFF-PEAK $0.66 $1.98', peakProOutPeak: 'PEAK $1.32 $3.96',
  peakMultiplier: 'twice the usual price', gpuHour: '2 USD per GPU hour',
  r1TrainingCost: 'US$294,000', v3BaseCost: '$6 million or so',
  arenaNovClosed: 'gemini-2.5-pro | 1451', arenaNovOpen: 'kimi-k2-thinking | 1432',
  arenaMayClosed: 'Proprietary | 1502±4', arenaMayOpen: 'glm-5.1Z.ai · MIT | 1474±6',
  nvidiaRevenueFy26: '$215.9 billion', openaiRevenueH1: '$4.3 billion', openaiNetLossH1: 'net loss of $13.5 billion',
  anthropicRevenueQ2: 'exceed $10.9 billion', anthropicProfitQ2: 'roughly $559 million',
  perplexityAdRevenueQ4_2024: 'roughly $20,000 in ad revenue during Q4 2024',
  perplexityAnnualisedRevenue: '$200 million in annualised revenues',
  chatgptAdsAnnualised: 'roughly $100 million annualized',
};

describe('what happened next: the data', () => {
  it('every event and figure has a kind and a cited source with an official address, date and quote', () => {
    for (const x of [...NEXT_EVENTS, ...NEXT_FIGURES, ...AD_FIGURES, ...AD_EVENTS]) {
      expect(KINDS, x.id).toContain(x.kind);
      expectCited(x.source);
    }
    for (const s of whatNextSources()) expectCited(s);
  });

  it('states each number as its quote does', () => {
    for (const x of [...NEXT_FIGURES, ...AD_FIGURES]) {
      const words = IN_QUOTE[x.id];
      expect(words, `no expected wording for ${x.id}`).toBeDefined();
      expect(x.source.quote, x.id).toContain(words!);
      expect(Number.isFinite(x.value), x.id).toBe(true);
    }
  });

  it('keeps the timeline in date order, within March 2025 to the update', () => {
    const dates = NEXT_EVENTS.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]! >= '2025-03').toBe(true);
    expect(dates.at(-1)! <= EDITION.updated).toBe(true);
    expect(EDITION.published <= EDITION.updated).toBe(true);
    expect(EDITION.updated).toBe('2026-12-02');
  });

  it('computes the Arena gaps as top closed minus top open: 1451 − 1432 = 19, 1502 − 1474 = 28', () => {
    expect(arenaGap('nov')).toBe(19);
    expect(arenaGap('may')).toBe(28);
  });

  it('prices DeepSeek’s published day at the V3.2 list by hand', () => {
    // 608,000M input × 56.3% = 342,304M cache hits × $0.028 = $9,584.51
    // 608,000M − 342,304M = 265,696M misses × $0.28 = $74,394.88
    // 168,000M output × $0.42 = $70,560
    // revenue = $154,539.39; margin = (154,539.39 − 87,072) ÷ 87,072 = 0.77485
    const d = dayAtV32();
    expect(d.revenue).toBeCloseTo(154_539.39, 2);
    expect(d.cost).toBe(87_072);
    expect(d.costProfitMargin).toBeCloseTo(0.77485, 4);
    expect(DAY_AT_V32.formula).toContain('77.5%');
    expect(DAY_AT_V32.kind).toBe('our-calculation');
  });

  it('marks the price figures as DeepSeek’s own, the company results and the ad sums as reports or estimates', () => {
    for (const id of ['v32Hit', 'v4ProMiss', 'peakProOutPeak', 'unifiedMiss'] as const) expect(nextFigure(id).kind).toBe('company-claim');
    for (const id of ['openaiNetLossH1', 'anthropicProfitQ2'] as const) expect(nextFigure(id).kind).toBe('press-report');
    expect(adFigure('chatgptAdsAnnualised').kind).toBe('estimate');
    expect(adFigure('perplexityAdRevenueQ4_2024').kind).toBe('press-report');
    // The peak price is twice the off-peak one, as the card says.
    expect(nextFigure('peakProMissPeak').value).toBeCloseTo(2 * nextFigure('peakProMissOff').value, 10);
    expect(nextFigure('peakProOutPeak').value).toBeCloseTo(2 * nextFigure('peakProOutOff').value, 10);
  });

  it('cites the price lists’ own records (one record per source), with their quotes', () => {
    const cards = [[W.NIGHT_END, L.PRICING_2025_09], [W.V32_CARD, L.PRICING_V32], [W.V4_CARD, L.PRICING_V4], [W.PEAK_CARD, L.PRICING_PEAK], [W.V4_PERMANENT, L.V4_PERMANENT]] as const;
    for (const [cited, record] of cards) {
      const { quote, ...rest } = cited;
      expect(rest, record.id).toEqual(record);
      expect(quote, record.id).toBe(QUOTES[record.id]);
    }
    expect(nextFigure('v32Miss').value).toBe(L.PRICE_LISTS.v32.r1.miss);
    expect(nextFigure('peakProMissOff').value).toBe(L.PRICE_LISTS.v4peak.peak!.offPeak.miss);
  });
});
