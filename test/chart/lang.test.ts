import { describe, it, expect } from 'vitest';
import { langOf, langRuns, chineseScript } from '../../src/lib/chart/lang';
import { VALUE_CHAIN } from '../../src/lib/data/valueChain';
import { timelineSources } from '../../src/lib/data/openClosedCitations';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

describe('langOf: is a text Chinese as a whole?', () => {
  it('Chinese titles and quotes, digits and Latin names inside included', () => {
    expect(langOf('比同行低99%，字节跳动挑起大模型价格战')).toBe('zh-Hans');
    expect(langOf('速递 Perplexity 折扣吞噬近半营收（The Information 报道的中文译文）')).toBe('zh-Hans');
    expect(langOf('豆包通用模型Pro 32k模型，正式定价是0.8厘/千tokens，比行业价格降低99.3%。')).toBe('zh-Hans');
    expect(langOf('CCTIME 飞象网')).toBe('zh-Hans');
    expect(langOf('DeepSeek API 错峰优惠')).toBe('zh-Hans');
  });
  it('Traditional Chinese (a Hong Kong filing) is zh-Hant', () => {
    expect(langOf('雲智能集團截至 2024 年 9 月 30 日止三個月的經調整 EBITA 為人民幣 2,661 百萬元')).toBe('zh-Hant');
    expect(chineseScript('云智能集团截至三个月的经调整')).toBe('zh-Hans');
  });
  it('English naming a Chinese paper, and text without Han, are not', () => {
    expect(langOf('Robin Li internal speech (每日经济新闻 / NBD)')).toBeNull();
    expect(langOf('知识铺 (index.zshipu.com)')).toBeNull();
    expect(langOf('NVIDIA Announces Financial Results')).toBeNull();
    expect(langOf('（）。')).toBeNull();
    expect(langOf('')).toBeNull();
  });
});

describe('langRuns: the runs to tag on a page', () => {
  it('tags a Chinese text as a whole on the English page, not on the Chinese one', () => {
    expect(langRuns('未来开源模型会越来越落后', 'en')).toEqual([{ text: '未来开源模型会越来越落后', lang: 'zh-Hans' }]);
    expect(langRuns('未来开源模型会越来越落后', 'zh-Hans')).toEqual([{ text: '未来开源模型会越来越落后' }]);
  });
  it('tags Traditional text on the Simplified page', () => {
    expect(langRuns('經調整 EBITA 為人民幣', 'zh-Hans')).toEqual([{ text: '經調整 EBITA 為人民幣', lang: 'zh-Hant' }]);
  });
  it('tags only the Chinese run of an English text, from its first to its last CJK character', () => {
    expect(langRuns('Robin Li internal speech (每日经济新闻 / NBD)', 'en')).toEqual([
      { text: 'Robin Li internal speech (' },
      { text: '每日经济新闻', lang: 'zh-Hans' },
      { text: ' / NBD)' },
    ]);
    expect(langRuns('DeepSeek’s “cost-profit margin” (成本利润率) divides profit by cost', 'en')).toEqual([
      { text: 'DeepSeek’s “cost-profit margin” (' },
      { text: '成本利润率', lang: 'zh-Hans' },
      { text: ') divides profit by cost' },
    ]);
    expect(langRuns('知识铺 (index.zshipu.com)', 'en')).toEqual([{ text: '知识铺', lang: 'zh-Hans' }, { text: ' (index.zshipu.com)' }]);
  });
  it('leaves text without Chinese as one untagged run, and loses no character', () => {
    expect(langRuns('Meta (GitHub)', 'en')).toEqual([{ text: 'Meta (GitHub)' }]);
    expect(langRuns('', 'en')).toEqual([]);
    for (const s of ['a（b）c', 'x 中文 y 中文 z', '“引号” and 2,661 百萬元 more']) {
      expect(langRuns(s, 'en').map((r) => r.text).join('')).toBe(s);
    }
  });
  it('takes Chinese that has no telling character to be in the page’s own script', () => {
    // 歸根結底 has none of the characters the two scripts write differently.
    expect(chineseScript('歸根結底')).toBe('zh-Hans');
    expect(chineseScript('歸根結底', 'zh-Hant')).toBe('zh-Hant');
    expect(langRuns('歸根結底', 'zh-Hant')).toEqual([{ text: '歸根結底' }]);
    expect(langRuns('归根结底', 'zh-Hans')).toEqual([{ text: '归根结底' }]);
    expect(langRuns('比同行低99%，字节跳动挑起大模型价格战', 'zh-Hant')).toEqual([{ text: '比同行低99%，字节跳动挑起大模型价格战', lang: 'zh-Hans' }]);
    expect(langRuns('歸根結底', 'en')).toEqual([{ text: '歸根結底', lang: 'zh-Hans' }]);
  });

  it('on the English page, every source title and publisher the page cites leaves no Chinese untagged', () => {
    const sources = [
      ...VALUE_CHAIN.flatMap((r) => [...Object.values(r.margins).map((f) => f?.source), r.revenue?.source]),
      ...timelineSources(),
    ].filter((s) => !!s);
    expect(sources.length).toBeGreaterThan(40);
    for (const s of sources) {
      for (const text of [s.title, s.publisher]) {
        for (const r of langRuns(text, 'en')) if (!r.lang) expect(r.text, text).not.toMatch(CJK);
      }
    }
  });
});
