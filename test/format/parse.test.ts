import { describe, it, expect } from 'vitest';
import { parseDecimal, toHalfWidth } from '../../src/lib/format/parse';

const ok = (value: number) => ({ ok: true, value });
const no = (reason: string) => ({ ok: false, reason });

describe('parseDecimal: decimal numbers only, in the address and in the fields', () => {
  it('reads plain decimals, signs and exponents', () => {
    expect(parseDecimal('2')).toEqual(ok(2));
    expect(parseDecimal(' 226.75 ')).toEqual(ok(226.75));
    expect(parseDecimal('.5')).toEqual(ok(0.5));
    expect(parseDecimal('5.')).toEqual(ok(5));
    expect(parseDecimal('+3')).toEqual(ok(3));
    expect(parseDecimal('-40')).toEqual(ok(-40));
    expect(parseDecimal('1e9')).toEqual(ok(1e9));
    expect(parseDecimal('010')).toEqual(ok(10)); // decimal, not octal
    expect(parseDecimal('-0')).toEqual(ok(0));
    expect(Object.is((parseDecimal('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('lets an overflowing decimal number through as Infinity, for the caller to clamp', () => {
    expect(parseDecimal('1e999')).toEqual(ok(Infinity));
    expect(parseDecimal('-1e999')).toEqual(ok(-Infinity));
  });

  it('refuses hex, binary and octal literals, Infinity, NaN and other things Number() would read', () => {
    for (const s of ['0x10', '0X1f', '0b11', '0o7', 'Infinity', '-Infinity', 'NaN', '1_000', '1 000', '12abc', '1e', '--1', '1.2.3', '½', '٣'])
      expect(parseDecimal(s), s).toEqual(no('not-decimal'));
    expect(parseDecimal('')).toEqual(no('empty'));
    expect(parseDecimal('   ')).toEqual(no('empty'));
  });

  it('converts full-width digits, points and signs (Chinese keyboards) and the typographic minus', () => {
    expect(toHalfWidth('２．５')).toBe('2.5');
    expect(parseDecimal('２０００')).toEqual(ok(2000));
    expect(parseDecimal('２．５')).toEqual(ok(2.5));
    expect(parseDecimal('－３')).toEqual(ok(-3));
    expect(parseDecimal('−12')).toEqual(ok(-12));
    expect(parseDecimal('２。５')).toEqual(ok(2.5)); // ideographic full stop typed for "."
    expect(parseDecimal('\u200b5\u200e')).toEqual(ok(5)); // invisible characters from copy and paste
    expect(parseDecimal('０ｘ１０')).toEqual(no('not-decimal'));
  });

  it('never reads a comma silently: refused in the address, and in a field unless it groups thousands', () => {
    expect(parseDecimal('1,5')).toEqual(no('comma'));
    expect(parseDecimal('2,000')).toEqual(no('comma'));
    expect(parseDecimal('１，５')).toEqual(no('comma'));
    // In a number field, the reader's locale groups thousands with a comma (English and Chinese).
    for (const locale of ['en', 'zh-Hans'] as const) {
      const field = (s: string) => parseDecimal(s, { groupingLocale: locale });
      expect(field('2,000')).toEqual(ok(2000));
      expect(field('1,234,567.5')).toEqual(ok(1234567.5));
      expect(field('-1,000')).toEqual(ok(-1000));
      expect(field('１，０００')).toEqual(ok(1000));
      expect(field('1,5')).toEqual(no('comma'));
      expect(field('1,50')).toEqual(no('comma'));
      expect(field('12,34,567')).toEqual(no('comma'));
      expect(field('1,000.5,5')).toEqual(no('comma'));
      expect(field('0x1,000')).toEqual(no('comma'));
    }
  });
});
