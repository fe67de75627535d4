/** A scenario's margin shown in passing is capped at ±10,000% (the fuzz test found −87,071,900% on the smile chart). */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cappedPercent } from '../../src/lib/format/ratio';

const percent = (v: number, d: number) => `${(v * 100).toFixed(d)}%`;
const words = { above: 'more than {v}', below: 'less than {v}' };

describe('cappedPercent', () => {
  it('prints sane values as they are and caps the absurd ones', () => {
    expect(cappedPercent(0.845, 1, percent, words)).toBe('84.5%');
    expect(cappedPercent(-870719, 1, percent, words)).toBe('less than -10000%');
    expect(cappedPercent(250, 1, percent, words)).toBe('more than 10000%');
    expect(cappedPercent(-100, 1, percent, words)).toBe('-10000.0%');
  });
  it('never prints more than five digits before the point, for any finite ratio', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => !/\d{6,}/.test(cappedPercent(v, 1, percent, words))));
  });
});
