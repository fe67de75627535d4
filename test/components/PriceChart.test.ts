import { describe, it, expect } from 'vitest';
import { render as serverRender } from 'svelte/server';
import PriceChart from '../../src/charts/PriceChart.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { loadLocale } from '../../src/lib/i18n';
import { pricedPoints, CUTS } from '../../src/lib/data/prices';
import { withoutSvelteMarks } from '../support/stableHtml';
import { countPerBand } from '../support/bands';

await loadLocale('en');
await loadLocale('zh-Hans');

function stable(html: string): string {
  return withoutSvelteMarks(html)
    .replace(/(\d)\.\d+(?=(px|,|\s|"|\)|L|C|M|Z|H|V|A|l))/g, '$1')
    .replace(/></g, '>\n<');
}

describe('PriceChart (server render)', () => {
  it('matches the input / US$ snapshot: every priced mark and both cuts, sourced, with no inline style', async () => {
    ui.locale = 'en';
    const { body } = serverRender(PriceChart, { props: { side: 'input', currency: 'USD' } });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(body).not.toMatch(/\sstyle=/);
    const nIn = pricedPoints('input').length + CUTS.length;
    expect(countPerBand(body, /data-mark=/)).toEqual({ narrow: nIn, mid: nIn, wide: nIn });
    expect(body).toContain('GPT-4-0613, May 6, 2024: input $30 per million tokens; on DeepSeek’s comparison table; Company claim; source: DeepSeek (GitHub');
    expect(body).toContain('Doubao Pro-32k, May 15, 2024: input $0.11 per million tokens (converted at ¥7.27 per US$, our calculation); list price; Press report; source: bg3.co');
    expect(body).toMatch(/DeepSeek-V2, May 6, 2024: input \$0\.14 per million tokens; list price; Company claim; source: DeepSeek \(GitHub, deepseek-ai\/DeepSeek-V2\)/);
    expect(body).toMatch(/data-mark="doubao-pro-32k" data-kind="press-report"/);
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/PriceChart.html');
  });

  it('matches the output / yuan snapshot in Chinese, published yuan not converted', async () => {
    ui.locale = 'zh-Hans';
    const { body } = serverRender(PriceChart, { props: { side: 'output', currency: 'CNY' } });
    ui.locale = 'en';
    expect(body).not.toMatch(/NaN|undefined|Infinity|\sstyle=/);
    const nOut = pricedPoints('output').length + CUTS.length;
    expect(countPerBand(body, /data-mark=/)).toEqual({ narrow: nOut, mid: nOut, wide: nOut });
    expect(body).toContain('DeepSeek-R1，2025年1月20日：输出每百万 tokens 16元；');
    expect(body).toContain('GPT-4-0613，2024年5月6日：输出每百万 tokens 436.2元（按 1美元兑 7.27元换算，本页计算）');
    expect(body).not.toContain('doubao-pro-32k');
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/PriceChart-output-cny.zh-Hans.html');
  });
});
