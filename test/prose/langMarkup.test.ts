import { describe, it, expect } from 'vitest';
import { markChineseRuns } from '../../src/prose/langMarkup';

describe('markChineseRuns: Chinese in build-time HTML gets its lang', () => {
  it('wraps a Chinese run inside English text, not the tags or attributes around it', () => {
    expect(markChineseRuns('<p title="字节">Source: 清流工作室, NetEase Finance</p>', 'en')).toBe(
      '<p title="字节">Source: <span lang="zh-Hans">清流工作室</span>, NetEase Finance</p>',
    );
  });

  it('tells Traditional from Simplified, and leaves the page’s own script alone', () => {
    expect(markChineseRuns('<li>Report by 網易財經 and others</li>', 'en')).toBe('<li>Report by <span lang="zh-Hant">網易財經</span> and others</li>');
    expect(markChineseRuns('<p>大模型的利润</p>', 'zh-Hans')).toBe('<p>大模型的利润</p>');
    expect(markChineseRuns('<blockquote>雲智能集團的經調整</blockquote>', 'zh-Hans')).toBe('<blockquote><span lang="zh-Hant">雲智能集團的經調整</span></blockquote>');
  });

  it('uses tspan inside SVG text, and leaves other SVG, marked text and comments alone', () => {
    expect(markChineseRuns('<svg><text x="1">AI产品榜 · monthly users</text><title>AI产品榜</title></svg>', 'en')).toBe(
      '<svg><text x="1">AI<tspan lang="zh-Hans">产品榜</tspan> · monthly users</text><title>AI产品榜</title></svg>',
    );
    expect(markChineseRuns('<span lang="zh-Hans">已标</span><!-- 注释 --><br>中文', 'en')).toBe(
      '<span lang="zh-Hans">已标</span><!-- 注释 --><br><span lang="zh-Hans">中文</span>',
    );
  });
});
