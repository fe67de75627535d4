// @vitest-environment jsdom
/** The address notice as the reader sees it: one line per parameter, as written, with the value used. */
import { describe, it, expect, beforeEach } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import UrlNotice from '../../src/sections/UrlNotice.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { decode } from '../../src/lib/state/url';
import { loadLocale } from '../../src/lib/i18n';

beforeEach(() => {
  ui.locale = 'en';
  ui.urlIssues = [];
});

const show = (search: string) => {
  ui.urlIssues = decode(search).entries;
  render(UrlNotice);
  return screen.getByRole('status');
};

describe('UrlNotice', () => {
  it('shows nothing when the address was read as written', () => {
    ui.urlIssues = decode('?free=50&gpn=4').entries;
    const { container } = render(UrlNotice);
    expect(container.textContent?.trim()).toBe('');
  });

  it('names each setting it changed and the value it used', () => {
    const notice = show('?nodes=1e9&gpn=8.5&gpu=0x10&__proto__=1&constructor=2');
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Average serving nodes (8-GPU H800 nodes): “nodes=1e9” is out of range; set to 2,000.',
      'GPUs per node: “gpn=8.5” falls between the slider’s steps; set to 9.',
      'GPU rental price ($ per GPU-hour): “gpu=0x10” is not a decimal number; kept 2.',
      '“__proto__=1” is not a setting of this page; ignored.',
      '“constructor=2” is not a setting of this page; ignored.',
    ]);
    expect(notice.textContent).not.toMatch(/objectObject|nativecode/);
  });

  it('shows markup from the address as text, never as elements', () => {
    const notice = show('?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=%3Cb%3Ehi%3C%2Fb%3E');
    expect(notice.querySelector('img, b')).toBeNull();
    expect(notice.textContent).toContain('“<img src=x onerror=alert(1)>=<b>hi</b>”');
  });

  it('lists at most eight lines, then says how many more', () => {
    const notice = show(`?${Array.from({ length: 12 }, (_, i) => `x${i}=1`).join('&')}`);
    expect(notice.querySelectorAll('li')).toHaveLength(8);
    expect(notice.textContent).toContain('And 4 more.');
  });

  it('is dismissed with its button', async () => {
    show('?foo=1');
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    flushSync();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('reads in Chinese', async () => {
    await loadLocale('zh-Hans');
    ui.locale = 'zh-Hans';
    const notice = show('?nodes=1e9&lang=fr');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '平均服务节点数（每节点 8 张 H800）：“nodes=1e9” 超出范围，已设为 2,000。',
      '语言：“lang=fr” 不是本页提供的语言，保留 简体中文。',
    ]);
  });
});
