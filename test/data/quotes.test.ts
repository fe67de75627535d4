import { describe, it, expect } from 'vitest';
import { QUOTES } from '../../src/lib/data/quotes';
import { chartSources, HUAWEI_REPORT } from '../../src/lib/data/valueChain';
import { DAY6, DAY6_CHARTS, PRICING } from '../../src/lib/data/deepseekDay';
import { ARENA_SOURCE, ARENA_LATER_SOURCE, GAP_REFERENCES } from '../../src/lib/data/arena';
import { priceListSources, COST_CHART, COST_METHOD } from '../../src/lib/data/priceLists';

describe('QUOTES (the words behind the sources of the modules the browser imports)', () => {
  const sources = [...chartSources(), HUAWEI_REPORT, DAY6, DAY6_CHARTS, PRICING, ARENA_SOURCE, ARENA_LATER_SOURCE, ...GAP_REFERENCES.map((r) => r.source), ...priceListSources(), COST_CHART, COST_METHOD];
  const ids = new Set(sources.map((s) => s.id));

  it('has a non-empty quote for every source', () => {
    for (const id of ids) expect(QUOTES[id]?.trim(), id).toBeTruthy();
  });

  it('has no quote without a source', () => {
    for (const id of Object.keys(QUOTES)) expect(ids.has(id), id).toBe(true);
  });

  it('keeps the quotes out of the source records themselves (they travel in the HTML only)', () => {
    for (const s of sources) expect('quote' in s, s.id).toBe(false);
  });
});
