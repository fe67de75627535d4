/**
 * 繁體中文 in Chromium: the Traditional page reads, hydrates and passes axe like the others;
 * ?lang=zh-Hant goes there; the language switch offers the three languages, each in its own
 * script, and keeps the reader's scenario from any one to any other.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';
import { simplifiedIn } from '../support/simplified';
import { localeFromTag } from '../../src/lib/state/url';

afterAll(closeBrowser);

const output = (page: import('playwright-core').Page, name: string) => page.getByLabel(name, { exact: true }).and(page.locator('output'));

const PAGES = [
  { file: 'index.html', lang: 'en', cost: 'Daily cost', free: /Free traffic/, link: 'English' },
  { file: 'index.zh-Hans.html', lang: 'zh-Hans', cost: '每日成本', free: /免费流量/, link: '简体中文' },
  { file: 'index.zh-Hant.html', lang: 'zh-Hant', cost: '每日成本', free: /免費流量/, link: '繁體中文' },
] as const;

describe('Traditional Chinese (zh-Hant) in the browser', () => {
  it.each(PAGES)('$file hydrates every island without a console error', async ({ file, lang }) => {
    const { page, errors, close } = await openPage(file);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const islands = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-island]')].map((el) => [el.dataset.island, el.hasAttribute('data-hydrated')]),
    );
    expect(islands.length).toBeGreaterThan(3);
    expect(islands.filter(([, ok]) => !ok)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the whole page in Traditional Chinese, numbers included, once its islands run', async () => {
    const { page, errors, close } = await openPage('index.zh-Hant.html?free=30');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('AI 大模型公司靠什麼賺錢？');
    expect(await output(page, '每日成本').textContent()).toBe('8.7072萬美元');
    expect(await output(page, '成本利潤率').textContent()).toMatch(/%$/);
    expect(await page.getByRole('slider', { name: /免費流量/ }).inputValue()).toBe('30');
    // Everything the reader sees, after hydration, except the sources' own titles and quotes
    // (cited as written) and words marked as another language (the switch's 简体中文).
    const text = await page.evaluate(() => {
      const skip = 'script, style, template, blockquote, q, cite, .sources, [lang]:not([lang="zh-Hant"])';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (el && !el.closest(skip) && el.checkVisibility()) out.push(n.textContent ?? '');
      }
      return out.join(' ');
    });
    expect(text.length).toBeGreaterThan(2000);
    const runs = (text.match(/[\u4e00-\u9fff]+/g) ?? []).filter((r) => simplifiedIn(r).length);
    expect(runs).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe-core violations on the whole Traditional page, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage('index.zh-Hant.html', { colorScheme });
      const violations = await axeCheck(page);
      expect(violations, `${colorScheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await close();
    }
  });

  // The ?lang= tag mapping lives in src/lib/state/url.ts (localeFromTag), which maps Traditional
  // tags to Simplified until it is told about zh-Hant: this runs as soon as it is.
  it.runIf(localeFromTag('zh-Hant').locale === 'zh-Hant')('goes to the Traditional page from ?lang=zh-Hant and its regional tags, keeping the scenario', async () => {
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-hk']) {
      const { page, errors, close } = await openPage(`index.html?lang=${tag}&free=30`);
      await expect.poll(() => page.evaluate(() => location.pathname + location.search)).toMatch(/\/index\.zh-Hant\.html\?free=30$/);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
      expect(await page.getByRole('slider', { name: /免費流量/ }).inputValue()).toBe('30');
      expect(errors).toEqual([]);
      await close();
    }
    const embed = await openPage('embed/smile.html?lang=zh-Hant', { width: 360 });
    await expect.poll(() => embed.page.evaluate(() => location.pathname)).toMatch(/\/embed\/smile\.zh-Hant\.html$/);
    expect(embed.errors).toEqual([]);
    await embed.close();
  });

  it('the language switch offers the three languages, each in its own script, and keeps the scenario across all three', async () => {
    const { page, errors, close } = await openPage('index.html?free=20&theme=dark');
    const nav = page.getByRole('navigation', { name: 'Language' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['English', '简体中文', '繁體中文']);
    expect(await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('lang')))).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    // en → zh-Hant → zh-Hans → zh-Hant → en, with the scenario and the theme all the way.
    for (const to of [PAGES[2], PAGES[1], PAGES[2], PAGES[0]]) {
      await page.getByRole('navigation').filter({ has: page.locator('a[lang="en"]') }).getByRole('link', { name: to.link, exact: true }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(to.lang);
      expect(await page.evaluate(() => location.pathname)).toMatch(new RegExp(`/${to.file.replace(/\./g, '\\.')}$`));
      await page.waitForFunction(() => document.documentElement.classList.contains('js'));
      await expect.poll(() => page.getByRole('slider', { name: to.free }).inputValue()).toBe('20');
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?free=20&theme=dark');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const current = page.locator('nav a[aria-current="true"]');
      expect(await current.textContent()).toBe(to.link);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
