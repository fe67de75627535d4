/** The headline words (the dek, the page's description and share card) say what DeepSeek claimed, exactly. */
import { describe, it, expect } from 'vitest';
import { prose as enProse } from '../../src/lib/i18n/en/prose';
import { prose as zhProse } from '../../src/lib/i18n/zh-Hans/prose';
import { common as en } from '../../src/lib/i18n/en/common';
import { common as zh } from '../../src/lib/i18n/zh-Hans/common';
import { QUOTES } from '../../src/lib/data/quotes';

describe('the headline', () => {
  it('does not call the Day-6 figure a chatbot’s margin: it is inference for web, app and API, a cost-profit margin', () => {
    // What Day 6 says: every token "across web, APP, and API", and a "cost profit margin".
    expect(QUOTES['deepseek-day6-charts']).toMatch(/web, APP, and API/);
    expect(QUOTES['deepseek-day6']).toMatch(/cost profit margin of 545%/);
    for (const text of [enProse.calculator.intro.dek, en.site.title, en.site.description]) expect(text).not.toMatch(/chatbot/i);
    expect(enProse.calculator.intro.dek).toMatch(/web, app and API/);
    expect(enProse.calculator.intro.dek).toMatch(/cost-profit margin/);
    expect(en.site.description).toMatch(/cost-profit margin/);
  });

  it('says the same in Chinese', () => {
    expect(zhProse.calculator.intro.dek).toMatch(/成本利润率/);
    expect(zh.site.description).toMatch(/成本利润率/);
  });
});
