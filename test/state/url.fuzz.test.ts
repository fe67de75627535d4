/**
 * Fuzzing the address decoder as a test (issue 9 §7): 10,000 generated queries of valid
 * names with extreme, hex, comma, full-width, repeated, over-long and injection values, and
 * unknown names. For every query: decode never throws; every value is in range and on its
 * slider step (and survives encode → decode unchanged); every parameter that was dropped or
 * changed is reported, in order, by its name and value as written, with the value used.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  asText,
  canonicalName,
  decode,
  encode,
  localeFromTag,
  MAX_QUERY_LENGTH,
  MAX_TEXT_LENGTH,
  type UrlIssue,
} from '../../src/lib/state/url';
import { DEFAULT_INPUTS, INPUT_SPECS, NUMERIC_KEYS, fitToRange, stepDecimals, type NumericKey } from '../../src/lib/model/inputs';
import { parseDecimal, toHalfWidth } from '../../src/lib/format/parse';
import { listValues } from '../../src/lib/model/acrossTime';

const RUNS = 10_000;

const PARAMS = NUMERIC_KEYS.map((k) => INPUT_SPECS[k].param);
const KEY_OF = new Map<string, NumericKey>(NUMERIC_KEYS.map((k) => [INPUT_SPECS[k].param, k]));
const OTHER = ['mode', 'night', 'list', 'lang', 'theme'];
const LISTS = ['feb2025', 'sep2025', 'v32', 'v4flash', 'v4pro', 'v4peak'];
const ALIASES = [...NUMERIC_KEYS, 'nightShare', 'offPeak', 'language', 'priceList'];
const IGNORED = /^(utm_|fbclid$|gclid$|ref$|v$)/;

const INJECTIONS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "';alert(1)//",
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '\u202egpj.exe',
  'a\u0000b',
  '\n\r\t',
  '%00',
  '__proto__',
  'constructor',
  'toString',
  '[object Object]',
];

const caseVariant = (s: string) =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((flips) =>
    [...s].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join(''),
  );

const knownName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PARAMS, ...OTHER) },
  { weight: 2, arbitrary: fc.constantFrom(...PARAMS, ...OTHER, ...ALIASES).chain(caseVariant) },
);
const unknownName = fc.oneof(
  fc.constantFrom(...INJECTIONS, 'pad', 'foo', 'x', '', 'utm_source', 'fbclid', 'v', 'ref', 'nodes ', ' gpn'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const fullWidth = (s: string) => s.replace(/[0-9.,+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String), // anything, Infinity and NaN included
  fc.double({ min: -10, max: 6000, noNaN: true }).map(String), // mostly in range, between steps
  fc.integer({ min: -100, max: 3000 }).map(String),
  fc.constantFrom('1e308', '-1e308', '1e999', '-1e999', '5e-324', '-0', '0', '.5', '5.', '+3', '9007199254740993', '1e9'),
);
const value = fc.oneof(
  { weight: 4, arbitrary: numberText },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }).map((n) => `0x${n.toString(16)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 64 }).map((n) => `0b${n.toString(2)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 64 }).map((n) => `0o${n.toString(8)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${b}`) },
  { weight: 1, arbitrary: numberText.map(fullWidth) },
  { weight: 1, arbitrary: fc.constantFrom('Infinity', '-Infinity', 'NaN', '', ' ', 'abc', '1_000', '1 000', '٣', '²') },
  { weight: 1, arbitrary: fc.constantFrom('traffic', 'nodes', 'TRAFFIC', '1', '0', 'yes', 'light', 'dark', 'auto', 'en', 'zh', 'zh-TW', 'zh-HK', 'fr', 'en-US', 'ZH-hans') },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...LISTS, 'V32', ' v4pro ', 'V4PEAK', 'v4peak ', 'v5', 'feb', '２９', 'sep2025 ') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => '9'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

const pair = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(knownName, value) },
  { weight: 1, arbitrary: fc.tuple(unknownName, value) },
);

/** A query: pairs, sometimes a long pad first so that later pairs fall beyond the limit. */
const queryArb = fc
  .tuple(
    fc.option(fc.integer({ min: MAX_QUERY_LENGTH - 200, max: MAX_QUERY_LENGTH + 50 }), { freq: 4 }),
    fc.array(pair, { maxLength: 14 }),
    fc.array(pair, { maxLength: 4 }).map((ps) => ps.flatMap((p) => [p, p])), // repeated pairs
  )
  .map(([pad, pairs, repeats]) => {
    const all: [string, string][] = [...(pad === null ? [] : [['pad', 'a'.repeat(pad)] as [string, string]]), ...pairs, ...repeats];
    return all;
  });

const enc = ([n, v]: [string, string]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`;

type Expected = Pick<UrlIssue, 'kind' | 'name' | 'written'> & { reason?: string; count?: number };

/** What the decoder must report for these pairs, from the rules in the README and url.ts. */
function expectedEntries(pairs: [string, string][]): Expected[] {
  const out: Expected[] = [];
  const seen = new Set<string>();
  let length = -1;
  let cut = pairs.length;
  for (let i = 0; i < pairs.length; i++) {
    length += enc(pairs[i]!).length + 1;
    if (length > MAX_QUERY_LENGTH) {
      cut = i;
      break;
    }
  }
  const e = (kind: UrlIssue['kind'], [n, v]: [string, string], extra: Partial<Expected> = {}): Expected => ({
    kind,
    name: asText(n),
    written: asText(v),
    ...extra,
  });
  for (const p of pairs.slice(0, cut)) {
    const [n, v] = p;
    const c = canonicalName(n);
    if (IGNORED.test(c)) continue;
    const key = KEY_OF.get(c);
    if (!key && !OTHER.includes(c)) {
      out.push(e('unknown', p));
      continue;
    }
    if (seen.has(c)) {
      out.push(e('dropped', p, { reason: 'repeated' }));
      continue;
    }
    seen.add(c);
    const word = toHalfWidth(v).trim().toLowerCase();
    if (key) {
      const r = parseDecimal(v);
      if (!r.ok) out.push(e('dropped', p, { reason: r.reason }));
      else {
        const change = fitToRange(r.value, INPUT_SPECS[key]).change;
        if (change !== 'none') out.push(e(change, p));
      }
    } else if (c === 'mode') {
      if (word !== 'traffic' && word !== 'nodes') out.push(e('dropped', p, { reason: 'not-a-choice' }));
    } else if (c === 'night') {
      if (word !== '1' && word !== '0') out.push(e('dropped', p, { reason: 'not-a-choice' }));
    } else if (c === 'theme') {
      if (!['light', 'dark', 'auto'].includes(word)) out.push(e('dropped', p, { reason: 'not-a-choice' }));
    } else if (c === 'list') {
      if (!LISTS.includes(word)) out.push(e('dropped', p, { reason: 'not-a-choice' }));
    } else {
      const m = localeFromTag(v);
      if (!m.locale) out.push(e('dropped', p, { reason: 'unknown-language' }));
      else if (m.fallback) out.push(e('mapped', p));
    }
  }
  let others = 0;
  let first: [string, string] | null = null;
  for (const p of pairs.slice(cut)) {
    const c = canonicalName(p[0]);
    if ((KEY_OF.has(c) || OTHER.includes(c)) && !seen.has(c)) {
      seen.add(c);
      out.push(e('dropped', p, { reason: 'too-long' }));
    } else if (!IGNORED.test(c)) {
      others++;
      first ??= p;
    }
  }
  if (first) out.push(e('dropped', first, { reason: 'too-long', count: others }));
  return out;
}

const onStep = (k: NumericKey, v: number) => {
  const { min, max, step } = INPUT_SPECS[k];
  const n = (v - min) / step;
  return Number.isFinite(v) && v >= min && v <= max && Math.abs(n - Math.round(n)) < 1e-6 && Number(v.toFixed(stepDecimals(step))) === v;
};

describe('the URL decoder under 10,000 generated addresses', () => {
  it('never throws; values in range and on step; every dropped or changed parameter reported with its value', () => {
    let beyond = 0;
    let reported = 0;
    fc.assert(
      fc.property(queryArb, (pairs) => {
        const search = `?${pairs.map(enc).join('&')}`;
        const s = decode(search);
        if (search.length - 1 > MAX_QUERY_LENGTH) beyond++;
        reported += s.entries.length;

        // Every value in range and on its step, and the address the page writes reads back the same.
        const offStep = NUMERIC_KEYS.filter((k) => !onStep(k, s.inputs[k]));
        expect(offStep).toEqual([]);
        const back = decode(encode(s.inputs, s.locale, s.theme));
        expect(back.inputs).toEqual(s.inputs);
        expect(back.entries).toEqual([]);

        // Every dropped or changed parameter reported, in order, with its name and value as written …
        const got = s.entries.map(({ kind, name, written, reason, count }) => ({
          kind,
          name,
          written,
          ...(reason ? { reason } : {}),
          ...(count !== undefined ? { count } : {}),
        }));
        expect(got).toEqual(expectedEntries(pairs));

        // … with the value the page uses for the setting, as text only (no control or direction
        // characters, bounded length).
        const wrong = s.entries.filter((e) => {
          const used = e.setting === 'lang' ? s.locale : e.setting === 'theme' ? s.theme : e.setting ? s.inputs[e.setting] : null;
          const badText = [e.name, e.written].some((t) => /[\p{Cc}\p{Cf}]/u.test(t) || Array.from(t).length > MAX_TEXT_LENGTH + 1);
          return e.used !== used || badText;
        });
        expect(wrong).toEqual([]);

        // A setting the page changed came from the address as a decimal number (or from the
        // price list it names): never from hex or a comma.
        const base: Record<string, unknown> = { ...DEFAULT_INPUTS, ...listValues(s.inputs.priceList) };
        const suspicious = NUMERIC_KEYS.filter((k) => {
          if (s.inputs[k] === base[k]) return false;
          const first = pairs.find(([n]) => canonicalName(n) === INPUT_SPECS[k].param);
          return !first || /0[xob]|,|infinity/i.test(toHalfWidth(first[1]));
        });
        expect(suspicious).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20250301 },
    );
    // The generator did reach the cases it is meant to.
    expect(beyond).toBeGreaterThan(RUNS / 20);
    expect(reported).toBeGreaterThan(RUNS);
  }, 60_000);

  it('decodes arbitrary strings, broken percent-encoding included, without throwing and within range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(fc.constantFrom('%', '%E0', '%A4%A', '&', '=', '?', '+', 'nodes', 'gpn', '1', 'x', '#'), { maxLength: 40 }).map((a) => a.join('')),
        ),
        (search) => {
          const s = decode(search);
          for (const k of NUMERIC_KEYS) expect(onStep(k, s.inputs[k])).toBe(true);
          for (const e of s.entries) expect(e.name + e.written).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        },
      ),
      { numRuns: 2_000, seed: 7 },
    );
  }, 60_000);
});
