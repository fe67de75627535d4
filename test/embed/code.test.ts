import { describe, it, expect } from 'vitest';
import { embedCode, embedSrc } from '../../src/lib/embed/code';
import { EMBED_HEIGHTS, WIDTH_BANDS, bandOf, recommendedHeight, safeHeight } from '../../src/lib/embed/heights';
import { EMBED_CHARTS, EMBED_CHART_NAMES, EMBED_SECTIONS, LEGACY_EMBEDS, chartOfFigure, chartsOf, isEmbedSection, pageName } from '../../src/lib/embed/registry';
import { ISLANDS } from '../../src/islands/registry';

describe('the embed registry', () => {
  it('has one embed per chart, each on an island of its own, plus the old section addresses', () => {
    expect(EMBED_CHART_NAMES).toEqual(['calculator', 'margins', 'day', 'smile', 'timeline', 'gap', 'prices']);
    const islands = EMBED_CHART_NAMES.map((c) => EMBED_CHARTS[c].island);
    expect(new Set(islands).size).toBe(islands.length);
    for (const i of islands) expect(Object.hasOwn(ISLANDS, i)).toBe(true);
    expect(EMBED_SECTIONS).toEqual([...EMBED_CHART_NAMES, 'open-closed', 'price-war']);
    expect(chartsOf('open-closed')).toEqual(['timeline', 'gap']);
    expect(chartsOf('smile')).toEqual(['smile']);
    for (const legacy of Object.keys(LEGACY_EMBEDS)) expect(isEmbedSection(legacy)).toBe(true);
    expect(isEmbedSection('toString')).toBe(false);
    expect(chartOfFigure('day-profile')).toBe('day');
    expect(chartOfFigure('nothing')).toBeNull();
    expect(pageName('zh-Hant', 'gap')).toBe('gap.zh-Hant.html');
  });
});

describe('recommended heights', () => {
  it('has a height for every chart and band, tallest at the narrowest', () => {
    for (const c of EMBED_CHART_NAMES) {
      const h = EMBED_HEIGHTS[c];
      for (const b of WIDTH_BANDS) expect(h[b.id]).toBeGreaterThanOrEqual(300);
      expect(h.narrow).toBeGreaterThanOrEqual(h.medium);
      expect(h.medium).toBeGreaterThanOrEqual(h.wide);
      expect(safeHeight(c)).toBe(h.narrow);
    }
  });

  it('puts widths in bands: <480, 480–799, ≥800 (and bad widths in the narrowest)', () => {
    expect([0, 320, 479, 479.5, 480, 799, 800, 5000].map(bandOf)).toEqual(['narrow', 'narrow', 'narrow', 'medium', 'medium', 'medium', 'wide', 'wide']);
    expect(bandOf(Number.NaN)).toBe('narrow');
    expect(recommendedHeight('smile', 1000)).toBe(EMBED_HEIGHTS.smile.wide);
  });
});

describe('embedCode', () => {
  const base = 'https://example.org/ai/';
  it('points at the chart’s page in the reader’s language, with the scenario and theme, at the safe height', () => {
    const code = embedCode({ chart: 'smile', locale: 'zh-Hans', base, query: '?gpu=3&theme=dark', title: 'A "title" <x>', kind: 'resize' });
    expect(code).toContain('src="https://example.org/ai/embed/smile.zh-Hans.html?gpu=3&amp;theme=dark"');
    expect(code).toContain('title="A &quot;title&quot; &lt;x>"');
    expect(code).toContain(`height="${EMBED_HEIGHTS.smile.narrow}"`);
    expect(code).toContain('<script src="https://example.org/ai/embed-resize.js" async></script>');
  });

  it('the plain iframe has no script', () => {
    const code = embedCode({ chart: 'gap', locale: 'en', base, query: '', title: 'Gap', kind: 'plain' });
    expect(code).toMatch(/^<iframe [^>]+><\/iframe>$/);
    expect(code).not.toContain('<script');
    expect(embedSrc({ chart: 'gap', locale: 'en', base: '', query: '' })).toBe('embed/gap.html');
  });
});
