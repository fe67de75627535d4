import { describe, it, expect } from 'vitest';
import {
  asText,
  decode,
  encode,
  localeFromTag,
  migrate,
  withoutLang,
  MAX_QUERY_LENGTH,
  type UrlIssue,
} from '../../src/lib/state/url';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';

/** The entry about one parameter name (as written). */
const entry = (search: string, name: string): UrlIssue | undefined => decode(search).entries.find((e) => e.name === name);

describe('encode', () => {
  it('writes nothing for the defaults', () => {
    expect(encode(DEFAULT_INPUTS)).toBe('');
  });

  it('writes only the values that differ, with short names', () => {
    expect(encode({ ...DEFAULT_INPUTS, freePct: 50, v3Pct: 50, offPeak: true })).toBe('?v3=50&free=50&night=1');
    expect(encode({ ...DEFAULT_INPUTS, costMode: 'traffic', gpuHourPrice: 2.5 })).toBe('?mode=traffic&gpu=2.5');
  });

  it('writes the language only when it differs from the page’s own', () => {
    expect(encode(DEFAULT_INPUTS, 'zh-Hans')).toBe('?lang=zh-Hans');
    expect(encode(DEFAULT_INPUTS, 'zh-Hans', null, 'zh-Hans')).toBe('');
    expect(encode(DEFAULT_INPUTS, 'en', null, 'zh-Hans')).toBe('?lang=en');
    expect(encode(DEFAULT_INPUTS, null, 'dark')).toBe('?theme=dark');
  });

  it('keeps float noise out of links', () => {
    expect(encode({ ...DEFAULT_INPUTS, gpuHourPrice: 0.1 + 0.2 })).toBe('?gpu=0.3');
  });

  it('writes the nearest step, the value decode gives back (a link never changes a value on its way)', () => {
    expect(encode({ ...DEFAULT_INPUTS, v3Pct: 1.44 })).toBe('?v3=1');
    expect(encode({ ...DEFAULT_INPUTS, gpusPerNode: 2.45 })).toBe('?gpn=2');
  });
});

describe('decode', () => {
  it('restores a shared scenario', () => {
    const s = decode('?v3=50&free=50&night=1&gpu=1.5&mode=traffic&lang=zh-Hans&theme=dark');
    expect(s.inputs).toMatchObject({ v3Pct: 50, freePct: 50, offPeak: true, gpuHourPrice: 1.5, costMode: 'traffic' });
    expect(s.locale).toBe('zh-Hans');
    expect(s.theme).toBe('dark');
    expect(s.entries).toEqual([]);
    expect(s.entries).toEqual([]);
  });

  it('clamps huge and negative numbers and reports each with the value it used', () => {
    const s = decode('?free=1e308&nodes=-40&gpu=1e999');
    expect(s.inputs.freePct).toBe(100);
    expect(s.inputs.nodes).toBe(0);
    expect(s.inputs.gpuHourPrice).toBe(10);
    expect(s.entries).toEqual([
      { kind: 'clamped', name: 'free', written: '1e308', setting: 'freePct', used: 100 },
      { kind: 'clamped', name: 'nodes', written: '-40', setting: 'nodes', used: 0 },
      { kind: 'clamped', name: 'gpu', written: '1e999', setting: 'gpuHourPrice', used: 10 },
    ]);
  });

  it('"Infinity" is not a decimal number: dropped like any other word, and reported', () => {
    const s = decode('?gpu=Infinity&nodes=-Infinity');
    expect(s.inputs.gpuHourPrice).toBe(2);
    expect(s.inputs.nodes).toBe(226.75);
    expect(s.entries.map((e) => [e.kind, e.reason, e.used])).toEqual([
      ['dropped', 'not-decimal', 2],
      ['dropped', 'not-decimal', 226.75],
    ]);
  });

  it('refuses hex, binary and octal literals (?gpn=0x10 is not 16 GPUs, ?gpu=0b11 not $3)', () => {
    const s = decode('?gpn=0x10&gpu=0b11&hrs=0o7&in=0X1F');
    expect(s.inputs).toEqual(DEFAULT_INPUTS);
    expect(s.entries.map((e) => [e.name, e.written, e.kind, e.reason, e.used])).toEqual([
      ['gpn', '0x10', 'dropped', 'not-decimal', 8],
      ['gpu', '0b11', 'dropped', 'not-decimal', 2],
      ['hrs', '0o7', 'dropped', 'not-decimal', 24],
      ['in', '0X1F', 'dropped', 'not-decimal', 608],
    ]);
  });

  it('never reads a comma as a thousands separator (?nodes=1,5 is not 15): refused as ambiguous', () => {
    const s = decode('?nodes=1,5&in=1,000');
    expect(s.inputs.nodes).toBe(226.75);
    expect(s.inputs.inputB).toBe(608);
    expect(entry('?nodes=1,5', 'nodes')).toMatchObject({ kind: 'dropped', reason: 'comma', written: '1,5', used: 226.75 });
  });

  it('reads full-width digits (Chinese keyboards) as the digits they are', () => {
    const s = decode(`?gpn=${encodeURIComponent('１２')}&gpu=${encodeURIComponent('２．５')}`);
    expect(s.inputs.gpusPerNode).toBe(12);
    expect(s.inputs.gpuHourPrice).toBe(2.5);
    expect(s.entries).toEqual([]);
  });

  it('snaps a value between slider steps to the nearest step once, and reports it (?gpn=8.5, ?v3=1.44)', () => {
    const s = decode('?gpn=8.5&v3=1.44&gpu=2.13&nodes=226.8');
    expect(s.inputs.gpusPerNode).toBe(9);
    expect(s.inputs.v3Pct).toBe(1);
    expect(s.inputs.gpuHourPrice).toBe(2.15);
    expect(s.inputs.nodes).toBe(226.75);
    expect(s.entries.map((e) => [e.name, e.kind, e.written, e.used])).toEqual([
      ['gpn', 'snapped', '8.5', 9],
      ['v3', 'snapped', '1.44', 1],
      ['gpu', 'snapped', '2.13', 2.15],
      ['nodes', 'snapped', '226.8', 226.75],
    ]);
    // The rewritten address carries the same numbers the page shows and computes.
    expect(decode(encode(s.inputs)).inputs).toEqual(s.inputs);
    expect(decode(encode(s.inputs)).entries).toEqual([]);
  });

  it('reports garbage values, unknown names and script text as written, as text', () => {
    const s = decode('?free=abc&%3Cscript%3Ealert(1)%3C%2Fscript%3E=1&mode=evil&night=yes&lang=xx&theme=<b>');
    expect(s.inputs).toEqual(DEFAULT_INPUTS);
    expect(s.entries).toEqual([
      { kind: 'dropped', reason: 'not-decimal', name: 'free', written: 'abc', setting: 'freePct', used: 0 },
      { kind: 'unknown', name: '<script>alert(1)</script>', written: '1', setting: null, used: null },
      { kind: 'dropped', reason: 'not-a-choice', name: 'mode', written: 'evil', setting: 'costMode', used: 'nodes' },
      { kind: 'dropped', reason: 'not-a-choice', name: 'night', written: 'yes', setting: 'offPeak', used: false },
      { kind: 'dropped', reason: 'unknown-language', name: 'lang', written: 'xx', setting: 'lang', used: null },
      { kind: 'dropped', reason: 'not-a-choice', name: 'theme', written: '<b>', setting: 'theme', used: null },
    ]);
  });

  it('reports __proto__ and constructor as written (not "objectObject") and changes nothing', () => {
    const s = decode('?__proto__=1&constructor=2&toString=3&hasOwnProperty=4');
    expect(s.inputs).toEqual(DEFAULT_INPUTS);
    expect(s.entries.map((e) => [e.kind, e.name, e.written])).toEqual([
      ['unknown', '__proto__', '1'],
      ['unknown', 'constructor', '2'],
      ['unknown', 'toString', '3'],
      ['unknown', 'hasOwnProperty', '4'],
    ]);
  });

  it('shows names and values as text: control and direction characters removed, long ones cut', () => {
    expect(asText('a\u202eb\u0000c\nd')).toBe('ab c d');
    expect(asText('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`);
    const long = decode(`?${'n'.repeat(300)}=${'9'.repeat(300)}`).entries[0]!;
    expect(long.name).toHaveLength(41);
    expect(long.written).toHaveLength(41);
  });

  it('keeps the first of a repeated setting (names case-folded, old spellings too) and reports the others', () => {
    const s = decode('?nodes=100&NODES=200&nodes=abc');
    expect(s.inputs.nodes).toBe(100);
    expect(s.entries).toEqual([
      { kind: 'dropped', reason: 'repeated', name: 'NODES', written: '200', setting: 'nodes', used: 100 },
      { kind: 'dropped', reason: 'repeated', name: 'nodes', written: 'abc', setting: 'nodes', used: 100 },
    ]);
    expect(decode('?free=10&freePct=20').inputs.freePct).toBe(10);
  });

  it('?lang=zh&LANG=en gives one answer: the first, after case-folding', () => {
    const a = decode('?lang=zh&LANG=en');
    expect(a.locale).toBe('zh-Hans');
    expect(a.entries).toEqual([{ kind: 'dropped', reason: 'repeated', name: 'LANG', written: 'en', setting: 'lang', used: 'zh-Hans' }]);
    expect(decode('?LANG=en&lang=zh').locale).toBe('en');
    expect(decode('?language=en&lang=zh').locale).toBe('en');
  });

  it('silently ignores tracking parameters added by hosts', () => {
    expect(decode('?utm_source=x&fbclid=y').entries).toEqual([]);
  });

  it('keeps old links working: long names map to short ones', () => {
    expect(migrate(new URLSearchParams('freePct=30&NightShare=20&offpeak=1')).toString()).toBe('free=30&np=20&night=1');
    expect(migrate(new URLSearchParams('__proto__=1&constructor=2')).toString()).toBe('__proto__=1&constructor=2');
    expect(decode('?freePct=30&offpeak=1').inputs).toMatchObject({ freePct: 30, offPeak: true });
  });

  it('treats an empty value as garbage, not zero', () => {
    const s = decode('?free=');
    expect(s.inputs.freePct).toBe(0);
    expect(s.entries).toEqual([{ kind: 'dropped', reason: 'empty', name: 'free', written: '', setting: 'freePct', used: 0 }]);
    expect(decode('?gpu=').inputs.gpuHourPrice).toBe(2);
  });

  it('reads an over-long address up to the last whole parameter and reports what it dropped', () => {
    // Today's cut at 4,000 characters read "&nodes=1234" as nodes = 1.
    const search = `?pad=${'a'.repeat(3987)}&nodes=1234&foo=1&bar=2`;
    const s = decode(search);
    expect(s.inputs.nodes).toBe(226.75);
    expect(s.entries).toEqual([
      { kind: 'unknown', name: 'pad', written: `${'a'.repeat(40)}…`, setting: null, used: null },
      { kind: 'dropped', reason: 'too-long', name: 'nodes', written: '1234', setting: 'nodes', used: 226.75 },
      { kind: 'dropped', reason: 'too-long', name: 'foo', written: '1', setting: null, used: null, count: 2 },
    ]);
    // A parameter that ends exactly at the limit is read.
    const exact = `?${'x='.padEnd(MAX_QUERY_LENGTH - 'free=50'.length - 1, 'y')}&free=50`;
    expect(exact.length - 1).toBe(MAX_QUERY_LENGTH);
    expect(decode(exact).inputs.freePct).toBe(50);
    expect(decode(`${exact}0`).inputs.freePct).toBe(0);
  });

  it('never throws, even on broken percent-encoding and lone surrogates', () => {
    for (const s of ['?%', '?%E0%A4%A', '?nodes=%FF', '?\uD800=1', '?&&&=&', '?=5', '#x', 'nodes=5']) {
      expect(() => decode(s)).not.toThrow();
    }
    expect(decode('nodes=5').inputs.nodes).toBe(5);
    expect(decode('?=5').entries[0]).toMatchObject({ kind: 'unknown', name: '', written: '5' });
  });

});

describe('localeFromTag: the language in ?lang=', () => {
  it('maps English and Simplified Chinese tags, case-insensitively', () => {
    for (const tag of ['en', 'EN', 'en-US', 'en-gb', 'en_GB', ' en ']) expect(localeFromTag(tag), tag).toEqual({ locale: 'en', known: true, fallback: false });
    for (const tag of ['zh', 'zh-CN', 'zh-cn', 'ZH-HANS', 'zh-Hans', 'zh-SG', 'zh-Hans-CN', 'zh_CN'])
      expect(localeFromTag(tag), tag).toEqual({ locale: 'zh-Hans', known: true, fallback: false });
  });

  it('maps Traditional Chinese tags to Traditional Chinese', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-hant-tw', 'ZH_tw'])
      expect(localeFromTag(tag), tag).toEqual({ locale: 'zh-Hant', known: true, fallback: false });
    const s = decode('?lang=zh-TW');
    expect(s.locale).toBe('zh-Hant');
    expect(s.entries).toEqual([]);
  });

  it('unknown tags change no language and are reported', () => {
    for (const tag of ['fr', '', 'zh-yue', 'zh-Latn', 'english', '<script>', 'e', 'en--us', null, undefined])
      expect(localeFromTag(tag), String(tag)).toEqual({ locale: null, known: false, fallback: false });
    for (const q of ['?lang=fr', '?lang=', '?lang=zh-yue']) {
      const s = decode(q);
      expect(s.locale, q).toBeNull();
      expect(s.entries[0], q).toMatchObject({ kind: 'dropped', reason: 'unknown-language', name: 'lang', used: null });
    }
  });

  it('withoutLang drops every spelling of the language parameter, so a redirect cannot bounce', () => {
    expect(withoutLang('?lang=zh&LANG=en&free=50&Language=en')).toBe('?free=50');
    expect(withoutLang('?lang=zh')).toBe('');
  });
});

describe('the price list in the address', () => {
  it('writes list= and only the prices the reader moved away from the list', async () => {
    const { applyPriceList } = await import('../../src/lib/model/acrossTime');
    const v32 = applyPriceList({ ...DEFAULT_INPUTS }, 'v32');
    expect(encode(v32)).toBe('?list=v32');
    expect(encode({ ...v32, r1Out: 0.5 })).toBe('?list=v32&r1o=0.5');
    // Back at the Feb-2025 list with its own prices: nothing to write.
    expect(encode(applyPriceList(v32, 'feb2025'))).toBe('');
  });

  it('reads the list first, wherever it is written, then the address’s own prices', () => {
    const s = decode('?r1o=0.5&list=v32');
    expect(s.inputs.priceList).toBe('v32');
    expect([s.inputs.r1Hit, s.inputs.r1Miss, s.inputs.r1Out, s.inputs.v3Miss]).toEqual([0.028, 0.28, 0.5, 0.28]);
    expect(s.inputs.r1NightOffPct).toBe(0);
    expect(s.entries).toEqual([]);
    expect(decode('?LIST=V4Pro').inputs.r1Hit).toBe(0.003625);
    expect(decode('?pricelist=sep2025').inputs.r1Miss).toBe(0.56);
    expect(decode('?list=v4peak').inputs).toMatchObject({ priceList: 'v4peak', r1Hit: 0.0302, r1Miss: 0.905, r1Out: 2.72, v3Out: 2.72, r1NightOffPct: 0 });
  });

  it('round-trips every list', () => {
    for (const id of ['feb2025', 'sep2025', 'v32', 'v4flash', 'v4pro', 'v4peak'] as const) {
      const s = decode(`?list=${id}&free=20`);
      expect(decode(encode(s.inputs)).inputs).toEqual(s.inputs);
    }
  });

  it('reports a tampered list and keeps the Feb-2025 prices', () => {
    for (const bad of ['v5', '<script>', '', '1', 'constructor', '__proto__', 'v4peak2', 'peak']) {
      const s = decode(`?list=${encodeURIComponent(bad)}`);
      expect(s.inputs.priceList).toBe('feb2025');
      expect(s.inputs.r1Out).toBe(2.19);
      expect(s.entries).toEqual([expect.objectContaining({ kind: 'dropped', reason: 'not-a-choice', setting: 'priceList', used: 'feb2025' })]);
    }
    const twice = decode('?list=v32&list=v4pro');
    expect(twice.inputs.priceList).toBe('v32');
    expect(twice.entries).toEqual([expect.objectContaining({ kind: 'dropped', reason: 'repeated', name: 'list' })]);
  });
});
