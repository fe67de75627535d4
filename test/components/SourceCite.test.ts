import { describe, it, expect, afterAll } from 'vitest';
import { render } from 'svelte/server';
import SourceCite from '../../src/charts/layers/SourceCite.svelte';
import { loadLocale } from '../../src/lib/i18n';
import { publisherNames } from '../../src/lib/i18n/prose';
import { ui } from '../../src/lib/state/ui.svelte';
import { withoutSvelteMarks } from '../support/stableHtml';
import type { Source } from '../../src/lib/data/types';

const source: Source = {
  id: 'x',
  title: '速递 Perplexity 折扣吞噬近半营收（The Information 报道的中文译文）',
  publisher: '知识铺 (index.zshipu.com)',
  date: '2025-10-01',
  url: 'https://example.org/a',
};
const cite = (s: Source) => withoutSvelteMarks(render(SourceCite, { props: { source: s } }).body);

afterAll(() => {
  ui.locale = 'en';
});

describe('SourceCite: the source’s own words carry their language', () => {
  it('on the English page, Chinese title and publisher are marked zh-Hans', () => {
    ui.locale = 'en';
    expect(cite(source)).toBe(
      '<span lang="zh-Hans">知识铺</span> (index.zshipu.com), <a href="https://example.org/a" rel="noopener noreferrer" target="_blank"><cite ><span lang="zh-Hans">速递 Perplexity 折扣吞噬近半营收（The Information 报道的中文译文）</span></cite></a> (<time datetime="2025-10-01">2025-10-01</time>)',
    );
  });
  it('an English source is written as before, without spans', () => {
    ui.locale = 'en';
    expect(cite({ ...source, title: 'NVIDIA results', publisher: 'NVIDIA' })).toBe(
      'NVIDIA, <a href="https://example.org/a" rel="noopener noreferrer" target="_blank"><cite >NVIDIA results</cite></a> (<time datetime="2025-10-01">2025-10-01</time>)',
    );
  });
  it('on the Chinese page, Simplified needs no mark, Traditional does', async () => {
    await loadLocale('zh-Hans');
    ui.locale = 'zh-Hans';
    expect(cite(source)).not.toContain('lang=');
    expect(cite({ ...source, title: '雲智能集團經調整 EBITA' })).toContain('<span lang="zh-Hant">雲智能集團經調整 EBITA</span>');
  });
  it('on the Chinese page, the publisher is written in Chinese; the title stays as its source wrote it', async () => {
    await loadLocale('zh-Hans');
    ui.locale = 'zh-Hans';
    // In a chart (the browser), from the chart's own table; in the build, from the whole one.
    const html = cite({ ...source, title: 'NVIDIA results (read in a copy)', publisher: 'NVIDIA, via SEC EDGAR' });
    expect(html.startsWith('NVIDIA，经 SEC EDGAR，<a ')).toBe(true);
    const built = withoutSvelteMarks(render(SourceCite, { props: { source: { ...source, publisher: 'NVIDIA via MENAFN' }, names: publisherNames('zh-Hans') } }).body);
    expect(built.startsWith('NVIDIA（MENAFN 转载），<a ')).toBe(true);
    expect(html).toContain('<cite >NVIDIA results (read in a copy)</cite>');
    expect(cite(source)).toContain('知识铺（index.zshipu.com）');
  });
});
