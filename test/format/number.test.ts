import { describe, it, expect } from 'vitest';
import { createFormatter, DASH } from '../../src/lib/format/number';
import { describeRatio } from '../../src/lib/format/ratio';

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
});
