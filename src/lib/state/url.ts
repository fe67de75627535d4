/**
 * The scenario in the page address. Pure: works on strings and URLSearchParams only.
 * - encode writes only values that differ from the defaults, with short names;
 * - decode never throws and never reads a value silently in another way than it is
 *   written: numbers are decimal only (the same parser as the number fields), clamped into
 *   range and snapped to the slider's step; garbage is dropped; repeated names keep the
 *   first; an address longer than the limit is read up to the last whole parameter; and
 *   every parameter that was dropped or changed is reported, with its name and value as
 *   written and the value the page uses instead, so the page can say so;
 * - migrations keep old links working (long names and earlier spellings map to today's).
 */
import {
  DEFAULT_INPUTS,
  INPUT_SPECS,
  NUMERIC_KEYS,
  fitToRange,
  type DayInputs,
  type NumericKey,
} from '../model/inputs';
import type { Locale } from '../i18n/types';
import type { Theme } from './ui.svelte';
import { parseDecimal, toHalfWidth, type ParseFailure } from '../format/parse';
import { DEFAULT_PRICE_LIST, PRICE_LIST_IDS, isPriceListId } from '../data/priceLists';
import { applyPriceList, listValues } from '../model/acrossTime';

/** The settings an address can carry. */
export type Setting = NumericKey | 'costMode' | 'offPeak' | 'priceList' | 'lang' | 'theme';

/**
 * What happened to a parameter:
 * - dropped: not used (see `reason`); the setting keeps `used`;
 * - clamped: out of range, set to `used` (the nearest end of the range);
 * - snapped: between two steps of the slider, set to `used` (the nearest step);
 * - mapped: a language tag the page has no page for; shown in `used`, the nearest language;
 * - unknown: not a setting of this page; ignored.
 */
export type UrlIssueKind = 'dropped' | 'clamped' | 'snapped' | 'mapped' | 'unknown';

export type DropReason =
  | ParseFailure
  /** Not one of the allowed words (mode, night, list, theme). */
  | 'not-a-choice'
  /** A language tag the page does not know. */
  | 'unknown-language'
  /** The same setting again (names compared case-insensitively, old spellings included): the first one counts. */
  | 'repeated'
  /** After the decoder's length limit: not read. */
  | 'too-long';

export interface UrlIssue {
  kind: UrlIssueKind;
  /** Why a parameter was dropped (kind 'dropped' only). */
  reason?: DropReason;
  /** The parameter's name as written, safe to show as text (see asText); '' when it had none. */
  name: string;
  /** Its value as written, safe to show as text; '' when empty. */
  written: string;
  /** The setting it is about; null for names the page does not know. */
  setting: Setting | null;
  /**
   * The value the setting has now, in the setting's own terms (a number in the slider's
   * units, 'nodes' | 'traffic', true/false for the off-peak discounts, a Locale, a Theme);
   * null when nothing was used or changed (unknown names, a language or theme left as it was).
   */
  used: number | string | boolean | null;
  /** For an entry that stands for several parameters (after the length limit): how many. */
  count?: number;
}

export interface UrlState {
  inputs: DayInputs;
  locale: Locale | null;
  theme: Theme | null;
  /** Every parameter that was dropped or changed, in the order of the address. */
  entries: UrlIssue[];
}

/** The decoder reads at most this many characters of the query, up to the last whole parameter. */
export const MAX_QUERY_LENGTH = 4000;
/** Names and values in the notice are cut to this many characters. */
export const MAX_TEXT_LENGTH = 40;

const PARAM_TO_KEY = new Map<string, NumericKey>(NUMERIC_KEYS.map((k) => [INPUT_SPECS[k].param, k]));

/**
 * Earlier or longer spellings → today's short name. A Map, not an object: a name such as
 * "__proto__" or "constructor" must not find Object.prototype's members.
 */
const ALIASES = new Map<string, string>([
  ...NUMERIC_KEYS.map((k) => [k.toLowerCase(), INPUT_SPECS[k].param] as [string, string]),
  ['nightshare', 'np'],
  ['offpeak', 'night'],
  ['pricelist', 'list'],
  ['language', 'lang'],
]);

const OTHER_SETTINGS = new Map<string, Setting>([
  ['mode', 'costMode'],
  ['night', 'offPeak'],
  ['list', 'priceList'],
  ['lang', 'lang'],
  ['theme', 'theme'],
]);
/** Parameters that belong to the host page or tracking (or are reserved), silently ignored. */
const IGNORED = /^(utm_|fbclid$|gclid$|ref$|v$)/;

/** Today's name for a parameter as written: case-folded, old spellings migrated. */
export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  return ALIASES.get(lower) ?? lower;
}

function settingOf(canonical: string): Setting | null {
  return PARAM_TO_KEY.get(canonical) ?? OTHER_SETTINGS.get(canonical) ?? null;
}

/**
 * A name or value from the address made safe to show as text, otherwise as written: control
 * characters become spaces; invisible format characters (direction overrides, zero-width),
 * private-use characters and lone surrogates are removed; runs of spaces shrink to one; at
 * most MAX_TEXT_LENGTH characters, then "…". Markup stays as its characters (the page
 * renders text, never HTML).
 */
export function asText(s: string, max = MAX_TEXT_LENGTH): string {
  const clean = s
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/[\p{Cf}\p{Co}\p{Cs}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}


export function migrate(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [rawName, value] of params) {
    const name = canonicalName(rawName);
    if (!out.has(name)) out.set(name, value);
  }
  return out;
}

export interface LocaleMatch {
  /** The page language for the tag, or null: unknown tags change nothing. */
  locale: Locale | null;
  /** The tag is one the page recognises (possibly served by a nearby language, see fallback). */
  known: boolean;
  /**
   * The tag asks for a variant the page has no page for yet, and `locale` is the nearest:
   * Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant) is shown in Simplified for now.
   */
  fallback: boolean;
}

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

/**
 * A page language from a BCP 47 tag, as in ?lang=, case-insensitively ("_" read as "-"):
 * en and en-* → English; zh, zh-CN, zh-SG, zh-Hans(-*) and other zh-<region> → Simplified
 * Chinese; zh-TW, zh-HK, zh-MO, zh-Hant(-*) → Traditional Chinese; anything else (fr, "",
 * garbage) → null. (`fallback` stays for a tag served by a nearby language; none is now.)
 */
export function localeFromTag(tag: string | null | undefined): LocaleMatch {
  const none: LocaleMatch = { locale: null, known: false, fallback: false };
  if (typeof tag !== 'string') return none;
  const t = toHalfWidth(tag).trim().toLowerCase().replace(/_/g, '-');
  if (!TAG.test(t)) return none;
  const [lang, ...rest] = t.split('-');
  if (lang === 'en') return { locale: 'en', known: true, fallback: false };
  if (lang !== 'zh') return none;
  // zh[-Script][-REGION] only: extended languages and variants (zh-yue, zh-min-nan) are not Mandarin text.
  let i = 0;
  const script = /^[a-z]{4}$/.test(rest[i] ?? '') ? rest[i++] : undefined;
  const region = /^(?:[a-z]{2}|\d{3})$/.test(rest[i] ?? '') ? rest[i++] : undefined;
  if (i < rest.length || (script !== undefined && script !== 'hans' && script !== 'hant')) return none;
  const traditional = script === 'hant' || (script === undefined && ['tw', 'hk', 'mo'].includes(region ?? ''));
  return { locale: traditional ? 'zh-Hant' : 'zh-Hans', known: true, fallback: false };
}

/** The query without its language parameter(s), in any spelling (lang, LANG, language), with "?" or "". */
export function withoutLang(search: string): string {
  const params = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const [name, value] of params) if (canonicalName(name) !== 'lang') out.append(name, value);
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** Split a query at the last whole parameter within the limit. */
function cutQuery(query: string): { head: string; tail: string } {
  if (query.length <= MAX_QUERY_LENGTH) return { head: query, tail: '' };
  const at = query.lastIndexOf('&', MAX_QUERY_LENGTH);
  const cut = at < 0 ? 0 : at;
  return { head: query.slice(0, cut), tail: query.slice(cut) };
}

export function decode(search: string): UrlState {
  const entries: UrlIssue[] = [];
  const inputs: DayInputs = { ...DEFAULT_INPUTS };
  let locale: Locale | null = null;
  let theme: Theme | null = null;
  const query = String(search ?? '').replace(/^\?/, '');
  const { head, tail } = cutQuery(query);

  const current = (setting: Setting): UrlIssue['used'] =>
    setting === 'lang' ? locale : setting === 'theme' ? theme : inputs[setting];
  const report = (kind: UrlIssueKind, name: string, written: string, setting: Setting | null, extra: Partial<UrlIssue> = {}) =>
    entries.push({
      kind,
      name: asText(name),
      written: asText(written),
      setting,
      used: setting ? current(setting) : null,
      ...extra,
    });

  const seen = new Set<string>();
  let pairs: [string, string][] = [];
  try {
    pairs = [...new URLSearchParams(head)];
  } catch {
    pairs = [];
  }
  // The price list comes first, wherever it is written: it sets the prices and night
  // discounts, which the address's own price parameters then override.
  const listPair = pairs.find(([name]) => canonicalName(name) === 'list');
  const listWord = listPair ? toHalfWidth(listPair[1]).trim().toLowerCase() : '';
  const listId = PRICE_LIST_IDS.find((id) => id.toLowerCase() === listWord);
  if (listId && isPriceListId(listId)) Object.assign(inputs, applyPriceList(inputs, listId));

  for (const [name, value] of pairs) {
    const canonical = canonicalName(name);
    if (IGNORED.test(canonical)) continue;
    const setting = settingOf(canonical);
    if (!setting) {
      report('unknown', name, value, null);
      continue;
    }
    if (seen.has(canonical)) {
      report('dropped', name, value, setting, { reason: 'repeated' });
      continue;
    }
    seen.add(canonical);
    const word = toHalfWidth(value).trim().toLowerCase();

    if (setting === 'costMode') {
      if (word === 'traffic' || word === 'nodes') inputs.costMode = word;
      else report('dropped', name, value, setting, { reason: 'not-a-choice' });
    } else if (setting === 'offPeak') {
      if (word === '1' || word === '0') inputs.offPeak = word === '1';
      else report('dropped', name, value, setting, { reason: 'not-a-choice' });
    } else if (setting === 'priceList') {
      if (!(listId && isPriceListId(listId))) report('dropped', name, value, setting, { reason: 'not-a-choice' });
    } else if (setting === 'theme') {
      if (word === 'light' || word === 'dark' || word === 'auto') theme = word;
      else report('dropped', name, value, setting, { reason: 'not-a-choice' });
    } else if (setting === 'lang') {
      const match = localeFromTag(value);
      locale = match.locale;
      if (!match.locale) report('dropped', name, value, setting, { reason: 'unknown-language' });
      else if (match.fallback) report('mapped', name, value, setting);
    } else {
      const reading = parseDecimal(value);
      if (!reading.ok) {
        report('dropped', name, value, setting, { reason: reading.reason });
        continue;
      }
      const fitted = fitToRange(reading.value, INPUT_SPECS[setting]);
      inputs[setting] = fitted.value;
      if (fitted.change !== 'none') report(fitted.change, name, value, setting);
    }
  }

  // Beyond the limit: each setting not already given is reported on its own, with the value
  // it keeps; everything else there is counted in one entry.
  if (tail) {
    let others = 0;
    let first: [string, string] | null = null;
    for (const [name, value] of new URLSearchParams(tail)) {
      const canonical = canonicalName(name);
      const setting = settingOf(canonical);
      if (setting && !seen.has(canonical)) {
        seen.add(canonical);
        report('dropped', name, value, setting, { reason: 'too-long' });
      } else if (!IGNORED.test(canonical)) {
        others++;
        first ??= [name, value];
      }
    }
    if (first) report('dropped', first[0], first[1], null, { reason: 'too-long', count: others });
  }

  return { inputs, locale, theme, entries };
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
  const list = isPriceListId(inputs.priceList) ? inputs.priceList : DEFAULT_PRICE_LIST;
  if (list !== DEFAULT_PRICE_LIST) params.set('list', list);
  // A list's own values are its defaults: only what the reader moved away from it is written.
  const base: Record<string, number> = { ...listValues(list) };
  for (const key of NUMERIC_KEYS) {
    const spec = INPUT_SPECS[key];
    if (!Number.isFinite(inputs[key])) continue;
    // The nearest step, written to the step's precision (0.1 + 0.2 stays "0.3"): exactly
    // what decode gives back, so a link never changes a value on its way.
    const value = fitToRange(inputs[key], spec).value;
    if (value !== (base[key] ?? spec.default)) params.set(spec.param, String(value));
  }
  if (inputs.offPeak !== DEFAULT_INPUTS.offPeak) params.set('night', inputs.offPeak ? '1' : '0');
  if (locale && locale !== pageLocale) params.set('lang', locale);
  if (theme && theme !== 'auto') params.set('theme', theme);
  const s = params.toString();
  return s ? `?${s}` : '';
}
