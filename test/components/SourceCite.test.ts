import { describe, it, expect, afterAll } from 'vitest';
import { render } from 'svelte/server';
import SourceCite from '../../src/charts/layers/SourceCite.svelte';
import { loadLocale } from '../../src/lib/i18n';
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
      '<span lang="zh-Hans">知识铺</span> (index.zshipu.com), <a href="https://example.org/a" rel="noopener noreferrer" target="_blank"><span lang="zh-Hans">速递 Perplexity 折扣吞噬近半营收（The Information 报道的中文译文）</span></a> (<time datetime="2025-10-01">2025-10-01</time>)',
    );
  });
  it('an English source is written as before, without spans', () => {
    ui.locale = 'en';
    expect(cite({ ...source, title: 'NVIDIA results', publisher: 'NVIDIA' })).toBe(
      'NVIDIA, <a href="https://example.org/a" rel="noopener noreferrer" target="_blank">NVIDIA results</a> (<time datetime="2025-10-01">2025-10-01</time>)',
    );
  });
  it('on the Chinese page, Simplified needs no mark, Traditional does', async () => {
    await loadLocale('zh-Hans');
    ui.locale = 'zh-Hans';
    expect(cite(source)).not.toContain('lang=');
    expect(cite({ ...source, title: '雲智能集團經調整 EBITA' })).toContain('<span lang="zh-Hant">雲智能集團經調整 EBITA</span>');
  });
});
