/**
 * The scenario in the page address. Pure: works on strings and URLSearchParams only.
 * - encode writes only values that differ from the defaults, with short names;
 * - decode never throws: unknown names are ignored, garbage is dropped, numbers are
 *   clamped, and every problem is reported by name so the page can say so;
 * - migrations keep old links working (long names and earlier spellings map to today's).
 */
import {
  DEFAULT_INPUTS,
  INPUT_SPECS,
  NUMERIC_KEYS,
  clampValue,
  type DayInputs,
  type NumericKey,
} from '../model/inputs';
import { parseLocale, type Locale } from '../i18n';
import type { Theme } from './ui.svelte';
import { decimalsOf } from '../format/number';

export interface UrlState {
  inputs: DayInputs;
  locale: Locale | null;
  theme: Theme | null;
  /** Names of parameters that were ignored or adjusted (safe to show as text). */
  issues: string[];
}

const PARAM_TO_KEY = new Map<string, NumericKey>(NUMERIC_KEYS.map((k) => [INPUT_SPECS[k].param, k]));

/** Earlier or longer spellings → today's short name. */
const ALIASES: Record<string, string> = Object.fromEntries([
  ...NUMERIC_KEYS.map((k) => [k.toLowerCase(), INPUT_SPECS[k].param]),
  ['nightshare', 'np'],
  ['offpeak', 'night'],
  ['language', 'lang'],
]);

const OTHER = new Set(['mode', 'night', 'lang', 'theme', 'v']);
/** Parameters that belong to the host page or tracking and are silently ignored. */
const IGNORED = /^(utm_|fbclid$|gclid$|ref$)/;

/** Round to the precision of a step, so 0.1 + 0.2 stays "0.3" in links. */
function tidy(value: number, step: number): string {
  return String(Number(value.toFixed(Math.min(6, decimalsOf(step) + 1))));
}

/** A name from the address, shortened and stripped to safe characters, for the notice. */
function safeName(name: string): string {
  return name.replace(/[^\w.-]/g, '').slice(0, 24) || '?';
}

export function migrate(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [rawName, value] of params) {
    const lower = rawName.toLowerCase();
    const name = ALIASES[lower] ?? lower;
    if (!out.has(name)) out.set(name, value);
  }
  return out;
}

export function decode(search: string): UrlState {
  const issues: string[] = [];
  let params: URLSearchParams;
  try {
    params = migrate(new URLSearchParams(search.length > 4000 ? search.slice(0, 4000) : search));
  } catch {
    return { inputs: { ...DEFAULT_INPUTS }, locale: null, theme: null, issues: ['?'] };
  }
  const inputs: DayInputs = { ...DEFAULT_INPUTS };

  for (const [name, value] of params) {
    const key = PARAM_TO_KEY.get(name);
    if (key) {
      const n = value.trim() === '' ? NaN : Number(value);
      if (n === Infinity || n === -Infinity) {
        // A number too large to represent: clamp it like any other out-of-range value.
        inputs[key] = clampValue(key, n > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE);
        issues.push(name);
        continue;
      }
      if (!Number.isFinite(n)) {
        issues.push(name);
        continue;
      }
      const clamped = clampValue(key, n);
      if (clamped !== n) issues.push(name);
      inputs[key] = clamped;
    } else if (!OTHER.has(name) && !IGNORED.test(name)) {
      issues.push(safeName(name));
    }
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'traffic' || mode === 'nodes') inputs.costMode = mode;
    else issues.push('mode');
  }
  const night = params.get('night');
  if (night !== null) {
    if (night === '1' || night === '0') inputs.offPeak = night === '1';
    else issues.push('night');
  }

  const langRaw = params.get('lang');
  let locale: Locale | null = null;
  if (langRaw !== null) {
    locale = parseLocale(langRaw);
    if (!/^(en|zh|zh-hans|zh-cn)$/i.test(langRaw.trim())) issues.push('lang');
  }
  const themeRaw = params.get('theme');
  let theme: Theme | null = null;
  if (themeRaw !== null) {
    if (themeRaw === 'light' || themeRaw === 'dark' || themeRaw === 'auto') theme = themeRaw;
    else issues.push('theme');
  }

  return { inputs, locale, theme, issues: [...new Set(issues)] };
}

/** Query string (with leading "?", or "" when everything is default). */
export function encode(
  inputs: DayInputs,
  locale: Locale | null = null,
  theme: Theme | null = null,
  /** The language the page itself is in; lang is written only when it differs. */
  pageLocale: Locale = 'en',
): string {
  const params = new URLSearchParams();
  if (inputs.costMode !== DEFAULT_INPUTS.costMode) params.set('mode', inputs.costMode);
  for (const key of NUMERIC_KEYS) {
    const spec = INPUT_SPECS[key];
    const value = inputs[key];
    if (Number.isFinite(value) && Math.abs(value - spec.default) > spec.step / 1000) {
      params.set(spec.param, tidy(value, spec.step));
    }
  }
  if (inputs.offPeak !== DEFAULT_INPUTS.offPeak) params.set('night', inputs.offPeak ? '1' : '0');
  if (locale && locale !== pageLocale) params.set('lang', locale);
  if (theme && theme !== 'auto') params.set('theme', theme);
  const s = params.toString();
  return s ? `?${s}` : '';
}
