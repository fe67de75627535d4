/**
 * The words for one entry of the address notice: which setting, the parameter as written,
 * what happened and the value the page uses. Pure: entries, words and a formatter in, plain
 * text out (rendered as text, never HTML).
 */
import { INPUT_SPECS, stepDecimals, type NumericKey } from '../model/inputs';
import { MAX_QUERY_LENGTH, type Setting, type UrlIssue } from '../state/url';
import type { Formatter } from './number';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '../i18n/types';

const isLocaleValue = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

export interface UrlIssueWords {
  clamped: string;
  snapped: string;
  empty: string;
  notDecimal: string;
  comma: string;
  notAChoice: string;
  unknownLanguage: string;
  mapped: string;
  repeated: string;
  tooLong: string;
  tooLongOthers: string;
  unknown: string;
  pair: string;
  nameOnly: string;
  noName: string;
  on: string;
  off: string;
  modeNodes: string;
  modeTraffic: string;
}

export interface IssueContext {
  words: UrlIssueWords;
  fmt: Formatter;
  /** The reader's name for each setting (the calculator's labels, "Language", "Colour theme"). */
  settingLabel: (setting: Setting) => string;
  /** The theme's name as the page shows it. */
  themeLabel: (theme: string) => string;
  /** A price list's name as the page shows it (the list's id when not given). */
  listLabel?: (id: string) => string;
  /** What the page shows when a language or theme was left as it was. */
  locale: Locale;
  theme: string;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? vars[name]! : whole));
}

function isNumericKey(s: Setting | null): s is NumericKey {
  return s !== null && s in INPUT_SPECS;
}

/** The value a setting uses, as the reader reads it. */
export function usedText(issue: UrlIssue, c: IssueContext): string {
  const { setting, used } = issue;
  if (isNumericKey(setting) && typeof used === 'number') return c.fmt.number(used, stepDecimals(INPUT_SPECS[setting].step));
  if (setting === 'offPeak') return used ? c.words.on : c.words.off;
  if (setting === 'costMode') return used === 'traffic' ? c.words.modeTraffic : c.words.modeNodes;
  if (setting === 'lang') return LANGUAGE_NAMES[isLocaleValue(used) ? used : c.locale];
  if (setting === 'theme') return c.themeLabel(typeof used === 'string' ? used : c.theme);
  if (setting === 'priceList') return c.listLabel ? c.listLabel(String(used)) : String(used);
  return String(used ?? '');
}

/** One sentence for one entry of the notice. */
export function describeIssue(issue: UrlIssue, c: IssueContext): string {
  const w = c.words;
  const name = issue.name === '' ? w.noName : issue.name;
  const param = issue.written === '' ? fill(w.nameOnly, { name }) : fill(w.pair, { name, written: issue.written });
  const vars: Record<string, string> = {
    param,
    setting: issue.setting ? c.settingLabel(issue.setting) : '',
    used: usedText(issue, c),
    limit: c.fmt.number(MAX_QUERY_LENGTH),
    count: c.fmt.number(issue.count ?? 1),
  };
  if (issue.kind === 'unknown') return fill(w.unknown, vars);
  if (issue.kind === 'clamped') return fill(w.clamped, vars);
  if (issue.kind === 'snapped') return fill(w.snapped, vars);
  if (issue.kind === 'mapped') return fill(w.mapped, vars);
  switch (issue.reason) {
    case 'empty':
      return fill(w.empty, vars);
    case 'comma':
      return fill(w.comma, vars);
    case 'not-a-choice':
      return fill(w.notAChoice, vars);
    case 'unknown-language':
      return fill(w.unknownLanguage, vars);
    case 'repeated':
      return fill(w.repeated, vars);
    case 'too-long':
      return fill(issue.setting ? w.tooLong : w.tooLongOthers, vars);
    default:
      return fill(w.notDecimal, vars);
  }
}
