import { describe, it, expect } from 'vitest';
import { createFormatter, DASH } from '../../src/lib/format/number';
import { describeRatio } from '../../src/lib/format/ratio';
import { ratio } from '../../src/lib/model/ratio';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { decode } from '../../src/lib/state/url';
import { en as enWords } from '../../src/lib/i18n/en/index';

const en = createFormatter('en');
const zh = createFormatter('zh-Hans');

describe('createFormatter', () => {
  it('formats dollars exactly in English', () => {
    expect(en.money(87_072)).toBe('$87,072');
    expect(en.money(562_027)).toBe('$562,027');
    expect(en.money(-1234)).toBe('−$1,234');
    expect(en.money(87_072, 'short')).toBe('$87.1K');
    expect(en.money(0.14, 'price')).toBe('$0.14');
  });

  it('formats dollars with 万 units in Chinese', () => {
    expect(zh.money(87_072)).toBe('8.7072万美元');
    expect(zh.money(87_072, 'short')).toBe('8.7万美元');
    expect(zh.money(562_027)).toBe('56.2027万美元');
    expect(zh.money(4_448)).toBe('4,448美元');
    expect(zh.compact(608e9, 0)).toBe('6080亿');
  });

  it('formats ratios as percentages', () => {
    expect(en.percent(5.4547)).toBe('545%');
    expect(en.percent(0.84506, 1)).toBe('84.5%');
    expect(zh.percent(0.84506, 1)).toBe('84.5%');
    expect(en.percent(-0.12)).toBe('−12%');
  });

  it('never prints NaN, Infinity or undefined', () => {
    for (const f of [en, zh]) {
      for (const v of [NaN, Infinity, -Infinity]) {
        expect(f.money(v)).toBe(DASH);
        expect(f.percent(v)).toBe(DASH);
        expect(f.number(v)).toBe(DASH);
      }
    }
    expect(en.money(-0)).toBe('$0');
  });

  it('describes an undefined ratio with a dash and a reason', () => {
    const words = { dash: '—', zeroCost: 'zero cost', zeroRevenue: 'zero revenue', zeroOutput: 'zero output' };
    expect(describeRatio({ ok: false, reason: 'zero-cost' }, String, words)).toEqual({ text: '—', reason: 'zero cost' });
    expect(describeRatio({ ok: true, value: 2 }, (v) => `${v}x`, words)).toEqual({ text: '2x' });
  });

  it('shows small amounts to the cent, never "$0" for an amount that is not zero', () => {
    expect(en.money(0.0125)).toBe('$0.01');
    expect(en.money(12.5)).toBe('$12.50');
    expect(en.money(99.5)).toBe('$99.50');
    expect(en.money(5)).toBe('$5');
    expect(en.money(0)).toBe('$0');
    expect(en.money(0.0042)).toBe('$0.0042');
    expect(en.money(-0.25)).toBe('−$0.25');
    expect(en.money(0.0125, 'short')).toBe('$0.01');
    expect(en.money(150)).toBe('$150');
    expect(zh.money(0.0125)).toBe('0.01美元');
    expect(zh.money(0.0125, 'short')).toBe('0.01美元');
    expect(zh.money(150)).toBe('150美元');
  });

  it('caps a ratio beyond ±10,000% with words and a reason, instead of printing it', () => {
    const nd = enWords.common.notDefined;
    const b = enWords.common.beyond;
    const words = { above: b.above, below: b.below, reason: b.tinyCost };
    const pct = (v: number) => en.percent(v, 0);
    expect(describeRatio(ratio(44_958_027.8, 1, 'zero-cost'), pct, nd, words)).toEqual({
      text: 'more than 10,000%',
      reason: b.tinyCost,
      beyond: 'above',
    });
    expect(describeRatio(ratio(-1_000, 1, 'zero-revenue'), pct, nd, words).text).toBe('less than −10,000%');
    expect(describeRatio(ratio(99, 1, 'zero-cost'), pct, nd, words)).toEqual({ text: '9,900%' });
    expect(describeRatio(ratio(5.4547, 1, 'zero-cost'), pct, nd, words)).toEqual({ text: '545%' });
  });

  it('the absurd scenario ?gpu=0.05&nodes=0.25&gpn=1&hrs=1 reads as a cost of cents and a capped margin', () => {
    const r = computeDay(decode('?gpu=0.05&nodes=0.25&gpn=1&hrs=1').inputs);
    expect(r.cost).toBeCloseTo(0.0125, 10);
    expect(en.money(r.cost)).toBe('$0.01');
    const b = enWords.common.beyond;
    const text = describeRatio(r.costProfitMargin, (v) => en.percent(v, 0), enWords.common.notDefined, {
      above: b.above,
      below: b.below,
      reason: b.tinyCost,
    }).text;
    expect(text).toBe('more than 10,000%');
    expect(DEFAULT_INPUTS.nodes).toBe(226.75);
  });
});

