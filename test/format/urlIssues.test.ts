import { describe, it, expect } from 'vitest';
import { decode } from '../../src/lib/state/url';
import { describeIssue, type IssueContext } from '../../src/lib/format/urlIssues';
import { createFormatter } from '../../src/lib/format/number';
import { en } from '../../src/lib/i18n/en/index';
import { zhHans } from '../../src/lib/i18n/zh-Hans/index';
import type { Setting } from '../../src/lib/state/url';

function context(locale: 'en' | 'zh-Hans'): IssueContext {
  const t = locale === 'en' ? en : zhHans;
  return {
    words: t.common.urlIssues,
    fmt: createFormatter(locale),
    settingLabel: (s: Setting) =>
      s === 'lang' ? t.common.site.languageLabel : s === 'theme' ? t.common.site.themeLabel : s === 'costMode' ? t.calculator.costMode.legend : t.calculator.inputs[s],
    themeLabel: (theme) => (theme === 'dark' ? t.common.site.themeDark : theme === 'light' ? t.common.site.themeLight : t.common.site.themeAuto),
    locale,
    theme: 'auto',
  };
}

const lines = (search: string, locale: 'en' | 'zh-Hans' = 'en') => decode(search).entries.map((e) => describeIssue(e, context(locale)));

describe('the address notice: each setting, as written, and the value used', () => {
  it('names the setting, the parameter as written and the value it used', () => {
    expect(lines('?nodes=1e9')).toEqual(['Average serving nodes (8-GPU H800 nodes): “nodes=1e9” is out of range; set to 2,000.']);
    expect(lines('?gpn=8.5')).toEqual(['GPUs per node: “gpn=8.5” falls between the slider’s steps; set to 9.']);
    expect(lines('?gpn=0x10')).toEqual(['GPUs per node: “gpn=0x10” is not a decimal number; kept 8.']);
    expect(lines('?nodes=1,5')[0]).toMatch(/^Average serving nodes .*: “nodes=1,5” has a comma, .*; kept 226\.75\./);
    expect(lines('?free=')).toEqual(['Free traffic (% of tokens that earn nothing): “free” has no value; kept 0.']);
    expect(lines('?night=yes')).toEqual(['Apply the off-peak discounts (00:30–08:30 Beijing time): “night=yes” is not one of the choices; kept off.']);
    expect(lines('?mode=x')).toEqual(['How to count the servers: “mode=x” is not one of the choices; kept the average number of nodes.']);
    expect(lines('?theme=x')).toEqual(['Colour theme: “theme=x” is not one of the choices; kept Auto.']);
    expect(lines('?lang=fr')).toEqual(['Language: “lang=fr” is not a language this page is in; kept English.']);
    expect(lines('?lang=zh-TW')).toEqual([]); // Traditional Chinese is a page of its own now
    expect(lines('?nodes=5&Nodes=6')).toEqual([
      'Average serving nodes (8-GPU H800 nodes): “Nodes=6” repeats a setting given earlier in the link; the first one is used (5).',
    ]);
  });

  it('reports odd names as written: never "objectObject" or "functionObjectnativecode"', () => {
    const text = lines('?__proto__=1&constructor=x&%3Cimg%20src%3Dx%3E=1').join(' ');
    expect(text).toContain('“__proto__=1” is not a setting of this page; ignored.');
    expect(text).toContain('“constructor=x” is not a setting of this page; ignored.');
    expect(text).toContain('“<img src=x>=1”');
    expect(text).not.toMatch(/objectObject|nativecode|undefined|NaN/);
  });

  it('tells the reader what an over-long address lost', () => {
    expect(lines(`?pad=${'a'.repeat(3987)}&nodes=1234&foo=1`).slice(1)).toEqual([
      'Average serving nodes (8-GPU H800 nodes): “nodes=1234” comes after the first 4,000 characters of the link and was not read; kept 226.75.',
      '“foo=1” and what follows it (1 in all) come after the first 4,000 characters of the link and were not read.',
    ]);
  });

  it('reads in Chinese too, with no doubled words and no placeholder left', () => {
    expect(lines('?nodes=1e9', 'zh-Hans')).toEqual(['平均服务节点数（每节点 8 张 H800）：“nodes=1e9” 超出范围，已设为 2,000。']);
    for (const locale of ['en', 'zh-Hans'] as const) {
      const all = lines(
        `?nodes=1e9&gpn=8.5&gpu=0x10&in=1,5&free=&night=2&mode=a&theme=b&lang=fr&lang=en&foo=1&=2&pad=${'a'.repeat(4000)}&hrs=1`,
        locale,
      );
      expect(all).toHaveLength(14);
      for (const line of all) {
        expect(line, line).not.toMatch(/\{\w+\}|undefined|NaN|Infinity/);
        expect(line, line).not.toMatch(/\b(\w+)\b[:：]? \1\b/); // "not defined: not defined"
      }
    }
  });
});
