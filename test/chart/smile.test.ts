import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  dims,
  yDomain,
  yScale,
  stageBands,
  radiusScale,
  hitRadius,
  textWidth,
  overlaps,
  inside,
  placeLabels,
  smilePath,
  ideaPoints,
  layoutSmile,
  stageWeights,
  stageWeightsAcross,
  stageLabels,
  labelWidth,
  maxAnnualRevenue,
  metricDomain,
  pointInputs,
  DEFAULT_WIDTH,
  UNKNOWN_RADIUS,
  type Box,
} from '../../src/lib/chart/smile';
import { VALUE_CHAIN, METRICS, DEEPSEEK, CHAINS, CHART_PERIODS, ALL_RECORDS, type ChartPeriod, type Metric } from '../../src/lib/data/valueChain';
import { createFormatter } from '../../src/lib/format/number';
import { LOCALES, type Locale } from '../../src/lib/i18n/types';
import { en } from '../../src/lib/i18n/en/index';
import { zhHans } from '../../src/lib/i18n/zh-Hans/index';
import { markLabels, details, detailFor } from '../../src/charts/smile/describe';
import { lengthenLabels } from '../../src/lib/chart/smile';

const WIDTHS = [375, 768, 1200];
// As the chart has them: bands, sizes and scale shared by both periods.
const weights = stageWeightsAcross(CHART_PERIODS.map((p) => CHAINS[p]));
const maxRevenue = maxAnnualRevenue(ALL_RECORDS);

/** The options the chart passes (src/charts/SmileCurve.svelte), in a language and period. */
function options(metric: Metric, width: number, locale: Locale, period: ChartPeriod) {
  const fmt = createFormatter(locale);
  const t = (locale === 'en' ? en : zhHans).smile;
  const claim = period === 'y2024' && metric === 'gross';
  return {
    width,
    domain: metricDomain(metric, ALL_RECORDS),
    weights,
    maxRevenue,
    tickLabel: (v: number) => fmt.percent(v, 0),
    zeroText: t.axis.zero,
    stageText: (s: keyof typeof t.stages) => ({ long: t.stages[s], short: t.stagesShort[s] }),
    apart: claim ? { value: DEEPSEEK.margins.gross!.value, label: fmt.percent(0.845, 1) } : null,
  };
}

function layoutFor(metric: Metric, width: number, locale: Locale = 'en', period: ChartPeriod = 'y2024') {
  const fmt = createFormatter(locale);
  const pct = (v: number) => fmt.percent(v, 0);
  const names = (locale === 'en' ? en : zhHans).smile.companies;
  return layoutSmile(pointInputs(metric, CHAINS[period], (id) => names[id].short, pct), options(metric, width, locale, period));
}

describe('dims(width)', () => {
  it('falls back to the default width when the container is unmeasured', () => {
    expect(dims(undefined).width).toBe(DEFAULT_WIDTH);
    expect(dims(0).width).toBe(DEFAULT_WIDTH);
    expect(dims(Number.NaN).width).toBe(DEFAULT_WIDTH);
  });
  it('switches to the compact layout on a phone', () => {
    expect(dims(375).compact).toBe(true);
    expect(dims(768).compact).toBe(false);
  });
  it('always leaves a positive plot area', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: false }), (w) => {
        const d = dims(w);
        return d.innerWidth > 0 && d.innerHeight > 0 && d.mainWidth > 0;
      }),
    );
  });
});

describe('yDomain(values)', () => {
  it('holds zero and every value in steps of 50 points', () => {
    expect(yDomain([0.623, -1.35])).toEqual([-1.5, 1]);
    expect(yDomain([0.746, -0.94, 0.845])).toEqual([-1, 1]);
    expect(yDomain([])).toEqual([-0.5, 0.5]);
  });
  it('contains any finite values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1 }), (vs) => {
        const [lo, hi] = yDomain(vs);
        return vs.every((v) => v >= lo && v <= hi) && lo <= 0 && hi > 0;
      }),
    );
  });
  it('yScale maps the domain top to 0 and bottom to the plot height', () => {
    const y = yScale([-1.5, 1], 300);
    expect(y(1)).toBe(0);
    expect(y(-1.5)).toBe(300);
    expect(y(0)).toBeCloseTo(120, 3);
  });
});

describe('stageBands(weights, width)', () => {
  it('orders chips → cloud → models → applications and tiles the width', () => {
    const bands = stageBands(weights, 600);
    expect(bands.map((b) => b.stage)).toEqual(['chips', 'cloud', 'models', 'applications']);
    expect(bands[0]!.x0).toBe(0);
    expect(bands[3]!.x1).toBeCloseTo(600, 6);
    for (let i = 1; i < 4; i++) expect(bands[i]!.x0).toBeCloseTo(bands[i - 1]!.x1, 6);
  });
  it('gives the crowded cloud stage the widest band', () => {
    const bands = stageBands(weights, 600);
    const width = (i: number) => bands[i]!.x1 - bands[i]!.x0;
    expect(width(1)).toBeGreaterThan(width(0));
    expect(width(1)).toBeGreaterThan(width(3));
  });
});

describe('radiusScale(max, compact)', () => {
  const r = radiusScale(100, false);
  it('makes area proportional to revenue (sqrt scale)', () => {
    expect(r(100)).toBeCloseTo(24, 6);
    expect(r(25)).toBeCloseTo(12, 6);
  });
  it('keeps tiny revenues visible and unknown revenue a fixed dot', () => {
    expect(r(0.001)).toBe(3.5);
    expect(r(null)).toBe(UNKNOWN_RADIUS);
    expect(r(Number.NaN)).toBe(UNKNOWN_RADIUS);
  });
  it('gives phone users targets at least 24 px across', () => {
    expect(2 * hitRadius(3, true)).toBeGreaterThanOrEqual(24);
  });
});

describe('textWidth and boxes', () => {
  it('counts CJK characters as wider than Latin ones', () => {
    expect(textWidth('英伟达', 12)).toBeGreaterThan(textWidth('abc', 12));
  });
  it('overlaps() and inside() agree with geometry', () => {
    const a: Box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(overlaps(a, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(overlaps(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(inside({ x0: 1, y0: 1, x1: 2, y1: 2 }, a)).toBe(true);
  });
});

describe('placeLabels(items, bounds, obstacles)', () => {
  it('never returns two visible labels that overlap, for random marks', () => {
    const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), r: fc.integer({ min: 2, max: 20 }) }), {
          maxLength: 15,
        }),
        (pts) => {
          const items = pts.map((p, i) => ({ id: String(i), ...p, text: `Label ${i} 42%` }));
          const out = placeLabels(items, bounds, [], 12).filter((l) => l.visible);
          for (let i = 0; i < out.length; i++) {
            if (!inside(out[i]!.box, bounds)) return false;
            for (let j = i + 1; j < out.length; j++) if (overlaps(out[i]!.box, out[j]!.box)) return false;
          }
          return true;
        },
      ),
    );
  });
  it('hides a label with no free slot instead of overlapping', () => {
    const out = placeLabels([{ id: 'a', x: 5, y: 5, r: 2, text: 'far too long a label' }], { x0: 0, y0: 0, x1: 10, y1: 10 }, [], 12);
    expect(out[0]!.visible).toBe(false);
  });
});

describe('the idea sketch (issue 11: never on the data axis)', () => {
  it('is a smooth curve (cubic segments) over its own small box, with the trough at the third of four stages', () => {
    // 120 × 40: stages at 15, 45, 75, 105; the models level 0.12 → y = 40 × 0.88 = 35.2.
    const pts = ideaPoints(120, 40);
    const path = smilePath(pts);
    expect(path.startsWith('M0,2')).toBe(true);
    expect(path).toMatch(/C/);
    expect(path).not.toMatch(/NaN|undefined/);
    const lowest = pts.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(lowest).toEqual([75, 35.2]);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(120);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(40);
    }
  });
  it('survives a bad size', () => {
    expect(smilePath(ideaPoints(Number.NaN, -1))).not.toMatch(/NaN|Infinity/);
  });
  it('is not part of the chart’s layout: the margin axis holds only data', () => {
    const L = layoutFor('operating', 375);
    expect('idea' in L).toBe(false);
    expect(L.labels.map((l) => l.id).sort()).toEqual(L.marks.map((m) => m.id).sort());
  });
});

describe('layoutSmile with the shipped data', () => {
  for (const locale of LOCALES) {
    for (const metric of METRICS) {
      for (const width of [320, ...WIDTHS]) {
        for (const period of CHART_PERIODS) {
          it(`${locale}, ${metric}, ${period}, ${width}px: labels never overlap marks, labels, the break-even label or the edges`, () => {
            const L = layoutFor(metric, width, locale, period);
            const bounds = { x0: 0, y0: 0, x1: L.dims.mainWidth, y1: L.dims.innerHeight };
            const visible = L.labels.filter((l) => l.visible);
            const boxes = [...visible.map((l) => l.box)];
            if (L.zeroLabel) boxes.push(L.zeroLabel.box);
            for (let i = 0; i < boxes.length; i++) {
              expect(inside(boxes[i]!, bounds)).toBe(true);
              for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
              for (const m of L.marks) {
                const mb = { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r };
                expect(overlaps(boxes[i]!, mb)).toBe(false);
              }
            }
            if (L.apart) {
              expect(L.apart.label.visible).toBe(true);
              expect(L.apart.label.box.x0).toBeGreaterThanOrEqual(L.dims.mainWidth);
            }
          });
        }
      }
    }
  }

  for (const metric of METRICS) {
    it(`${metric}: every company is labelled on desktop widths`, () => {
      for (const width of [768, 1200]) {
        const L = layoutFor(metric, width);
        expect(L.labels.filter((l) => !l.visible).map((l) => l.id)).toEqual([]);
      }
    });
    it(`${metric}: on a 375 px phone, most companies keep a label`, () => {
      for (const locale of LOCALES) {
        const L = layoutFor(metric, 375, locale);
        expect(L.labels.filter((l) => l.visible).length).toBeGreaterThanOrEqual(Math.ceil(L.labels.length / 2));
      }
    });
    it(`${metric}: on a 375 px phone, marks' touch targets do not overlap`, () => {
      const L = layoutFor(metric, 375);
      for (let i = 0; i < L.marks.length; i++)
        for (let j = i + 1; j < L.marks.length; j++) {
          const a = L.marks[i]!;
          const b = L.marks[j]!;
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(Math.min(a.hitR, b.hitR) * 2 - 0.5);
        }
    });
  }

  it('places every mark inside its stage band and at its value', () => {
    const L = layoutFor('operating', 1200);
    for (const m of L.marks) {
      const band = L.bands.find((b) => b.stage === m.stage)!;
      expect(m.x).toBeGreaterThanOrEqual(band.x0);
      expect(m.x).toBeLessThanOrEqual(band.x1);
      expect(Number.isFinite(m.y)).toBe(true);
    }
    const nvidia = L.marks.find((m) => m.id === 'nvidia')!;
    const openai = L.marks.find((m) => m.id === 'openai')!;
    expect(nvidia.y).toBeLessThan(L.zeroY);
    expect(openai.y).toBeGreaterThan(L.zeroY);
  });

  it('clamps an apart value below the scale to the bottom edge and flags it', () => {
    const L = layoutSmile([], {
      width: 640,
      domain: [-1, 1],
      weights,
      maxRevenue,
      apart: { value: -7, label: '−700%' },
    });
    expect(L.apart!.offScale).toBe(true);
    expect(L.apart!.y).toBe(L.dims.innerHeight);
  });

  it('contains no NaN anywhere', () => {
    for (const metric of METRICS)
      for (const width of [undefined, 0, 375, 1200]) {
        const L = layoutFor(metric, width as number);
        expect(JSON.stringify(L)).not.toMatch(/NaN|null,"y"|Infinity/);
      }
  });
});

describe('labels with periods (issue 9)', () => {
  const words = (locale: Locale) => ({ t: locale === 'en' ? en : zhHans, fmt: createFormatter(locale), locale });
  const withPeriods = (metric: Metric, width: number, locale: Locale = 'en') => {
    const w = words(locale);
    return layoutSmile(
      pointInputs(metric, VALUE_CHAIN, (id) => w.t.smile.companies[id].short, (v) => w.fmt.percent(v, 0), (r, f) => markLabels(w, r, f)),
      { ...options(metric, width, locale, 'y2024'), apart: null },
    );
  };

  it('builds "name value · period", and for OpenAI says what the ratio is', () => {
    const w = words('en');
    const rec = (id: string) => VALUE_CHAIN.find((r) => r.id === id)!;
    expect(markLabels(w, rec('aws'), rec('aws').margins.operating!)).toEqual({ label: 'AWS 37%', longer: ['AWS 37% · Oct–Dec 2024'] });
    expect(markLabels(w, rec('alibaba-cloud'), rec('alibaba-cloud').margins.operating!).longer).toEqual(['Alibaba Cloud 9% · Jul–Sep 2024']);
    const openai = markLabels(w, rec('openai'), rec('openai').margins.operating!);
    expect(openai.label).toBe('OpenAI ≈ −135%');
    expect(openai.longer[0]).toBe('OpenAI ≈ −135% · projected loss ÷ revenue, 2024 projection');
    const zh = markLabels(words('zh-Hans'), rec('nvidia'), rec('nvidia').margins.operating!);
    expect(zh.longer[0]).toBe('英伟达 62% · 2024年8–10月');
  });

  it('marks a rough figure ≈ even without the longer labels', () => {
    const L = layoutFor('operating', 768);
    expect(L.labels.find((l) => l.id === 'openai')!.text).toBe('OpenAI ≈ −135%');
  });

  for (const locale of LOCALES)
    for (const metric of METRICS)
      for (const width of WIDTHS) {
        it(`${locale}, ${metric}, ${width}px: the longer labels never overlap and never cost a label its place`, () => {
          const short = layoutFor(metric, width, locale);
          const long = withPeriods(metric, width, locale);
          const visible = long.labels.filter((l) => l.visible);
          // Every label placed without periods is still placed.
          expect(visible.length).toBeGreaterThanOrEqual(short.labels.filter((l) => l.visible).length);
          const bounds = { x0: 0, y0: 0, x1: long.dims.mainWidth, y1: long.dims.innerHeight };
          const boxes = [...visible.map((l) => l.box), ...(long.zeroLabel ? [long.zeroLabel.box] : [])];
          for (let i = 0; i < boxes.length; i++) {
            expect(inside(boxes[i]!, bounds)).toBe(true);
            for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
            for (const m of long.marks) expect(overlaps(boxes[i]!, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r })).toBe(false);
          }
        });
      }

  it('labels every company at the width the server renders (the renamed Microsoft segments included)', () => {
    for (const locale of LOCALES)
      for (const metric of METRICS) {
        expect(layoutFor(metric, DEFAULT_WIDTH, locale).labels.filter((l) => !l.visible).map((l) => l.id)).toEqual([]);
        expect(withPeriods(metric, DEFAULT_WIDTH, locale).labels.filter((l) => !l.visible).map((l) => l.id)).toEqual([]);
      }
  });

  it('shows the period on most marks on desktop widths', () => {
    for (const metric of METRICS)
      for (const width of [768, 1200]) {
        const L = withPeriods(metric, width);
        const withPeriod = L.labels.filter((l) => l.visible && l.text.includes(' · '));
        expect(withPeriod.length, `${metric} ${width}`).toBeGreaterThanOrEqual(Math.ceil(L.labels.length / 2));
      }
  });

  it('lengthenLabels keeps the short text where the longer one has no room', () => {
    const bounds = { x0: 0, y0: 0, x1: 100, y1: 40 };
    const items = [{ id: 'a', x: 10, y: 20, r: 2, text: 'A 1%', longer: ['A 1% · a very long period indeed'] }];
    const placed = placeLabels(items, bounds, [], 12);
    expect(lengthenLabels(placed, items, bounds, [], 12)[0]!.text).toBe('A 1%');
    const roomy = { x0: 0, y0: 0, x1: 400, y1: 40 };
    expect(lengthenLabels(placeLabels(items, roomy, [], 12), items, roomy, [], 12)[0]!.text).toBe('A 1% · a very long period indeed');
  });

  it('gives every mark an accessible name with its period, and OpenAI’s and Perplexity’s rounded as their sources are', () => {
    for (const locale of LOCALES) {
      const w = words(locale);
      for (const metric of METRICS)
        for (const d of details(w, metric, { ok: true, value: DEEPSEEK.margins.gross!.value })) {
          const rec = VALUE_CHAIN.find((r) => r.id === d.id)!;
          const f = (rec.margins[metric] ?? rec.margins.gross)!;
          expect(d.aria, d.id).toContain(w.t.smile.periods[f.period]);
        }
    }
    const w = words('en');
    const openai = VALUE_CHAIN.find((r) => r.id === 'openai')!;
    const perplexity = VALUE_CHAIN.find((r) => r.id === 'perplexity')!;
    const o = detailFor(w, openai, openai.margins.operating!, 'operating');
    expect(o.value).toBe('≈ −135%');
    expect(o.metric).toBe('projected loss ÷ revenue');
    expect(o.aria).toMatch(/^OpenAI, Foundation models: projected loss ÷ revenue ≈ −135%, 2024/);
    expect(detailFor(w, perplexity, perplexity.margins.gross!, 'gross').value).toBe('≈ −68%');
    expect(detailFor(words('zh-Hans'), perplexity, perplexity.margins.gross!, 'gross').value).toBe('约 −68%');
    const google = VALUE_CHAIN.find((r) => r.id === 'google-cloud')!;
    expect(detailFor(w, google, google.margins.operating!, 'operating').kind).toBe('Estimate (read in a summary of the results)');
  });
});

describe('the frame around the marks (issue 11: no collisions at any width)', () => {
  it('draws DeepSeek’s column only where it has a point: the gross view of 2024–25', () => {
    expect(layoutFor('gross', 768, 'en', 'y2024').dims.apartWidth).toBeGreaterThan(0);
    for (const [metric, period] of [['operating', 'y2024'], ['gross', 'latest'], ['operating', 'latest']] as const) {
      const L = layoutFor(metric, 768, 'en', period);
      expect(L.apart, `${metric} ${period}`).toBeNull();
      expect(L.dims.apartWidth).toBe(0);
      expect(L.dims.mainWidth).toBe(L.dims.innerWidth);
    }
  });

  it('keeps the stage names apart, dropping every other one a line where they would touch (the 320 px “ModelsApps”)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 280, max: 1400 }), fc.constantFrom(...LOCALES), fc.constantFrom(...METRICS), fc.constantFrom(...CHART_PERIODS), (width, locale, metric, period) => {
        const L = layoutFor(metric, width, locale, period);
        const s = L.stageLabels;
        expect(s.map((l) => l.stage)).toEqual(['chips', 'cloud', 'models', 'applications']);
        for (let i = 1; i < s.length; i++) {
          const a = s[i - 1]!;
          const b = s[i]!;
          if (a.y !== b.y) continue;
          expect(a.x + labelWidth(a.text, L.dims.fontSize) / 2, `${width} ${locale}`).toBeLessThanOrEqual(b.x - labelWidth(b.text, L.dims.fontSize) / 2);
        }
        // The second line still fits above the bottom of the frame.
        for (const l of s) expect(l.y).toBeLessThanOrEqual(L.dims.innerHeight + L.dims.margin.bottom - 4);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('uses the long stage name only where it fits its band', () => {
    const d = dims(1200, true);
    const bands = stageBands(weights, d.mainWidth);
    const out = stageLabels(bands, d, (s) => ({ long: `${s} long name`, short: s }));
    for (const [i, l] of out.entries()) if (l.text.endsWith('long name')) expect(labelWidth(l.text, d.fontSize)).toBeLessThanOrEqual(bands[i]!.x1 - bands[i]!.x0);
    expect(stageLabels(bands, d)).toEqual([]);
  });

  it('leaves the y axis room for its widest label (−150%, −200% were clipped at 375 px)', () => {
    for (const locale of LOCALES)
      for (const width of [320, 375, 768, 1280])
        for (const metric of METRICS) {
          const L = layoutFor(metric, width, locale, 'latest');
          const fmt = createFormatter(locale);
          const widest = Math.max(...L.ticks.map((t) => labelWidth(fmt.percent(t.value, 0), L.dims.fontSize)));
          // The labels end 6 px left of the axis.
          expect(L.dims.margin.left, `${locale} ${width} ${metric}`).toBeGreaterThanOrEqual(widest + 6);
        }
  });

  it('puts “Break-even” where no mark or label is (it sat on “Alibaba Cloud 9%” at 375 px)', () => {
    for (const locale of LOCALES)
      for (const width of [320, 375, 768, 1280])
        for (const metric of METRICS)
          for (const period of CHART_PERIODS) {
            const L = layoutFor(metric, width, locale, period);
            const z = L.zeroLabel!;
            expect(z, `${locale} ${width} ${metric} ${period}`).not.toBeNull();
            // On the zero line: just above or just below it.
            expect(Math.min(Math.abs(z.box.y1 - L.zeroY), Math.abs(z.box.y0 - L.zeroY))).toBeLessThanOrEqual(3.5);
            for (const m of L.marks) expect(overlaps(z.box, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r })).toBe(false);
            for (const l of L.labels.filter((x) => x.visible)) expect(overlaps(z.box, l.box)).toBe(false);
          }
  });

  for (const metric of METRICS)
    it(`${metric}, latest period: every company with a figure is labelled on desktop widths`, () => {
      for (const width of [768, 1280]) expect(layoutFor(metric, width, 'en', 'latest').labels.filter((l) => !l.visible).map((l) => l.id)).toEqual([]);
    });

  it('shares one scale, one set of bands and one size scale across the periods, so a switch moves only the marks', () => {
    for (const metric of METRICS) {
      const a = layoutFor(metric, 768, 'en', 'y2024');
      const b = layoutFor(metric, 768, 'en', 'latest');
      expect(a.ticks).toEqual(b.ticks);
      // The bands are the same apart from DeepSeek's column (gross view of 2024–25 only).
      if (metric === 'operating') expect(a.bands).toEqual(b.bands);
    }
    expect(stageWeightsAcross([VALUE_CHAIN])).toEqual(stageWeights(VALUE_CHAIN));
  });
});
