import { describe, it, expect, afterAll } from 'vitest';
import { openPage, closeBrowser } from '../support/browser';

afterAll(closeBrowser);

describe('the address across pages', () => {
  it('a language switch right after a slider move keeps the move, there and on Back', async () => {
    const { page, errors, close } = await openPage('index.html');
    const slider = page.getByRole('slider', { name: 'GPU rental price ($ per GPU-hour)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // 2 → 2.05, then at once:
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await page.waitForURL(/index\.zh-Hans\.html\?gpu=2\.05/);
    await page.goBack();
    await page.waitForURL(/index\.html\?gpu=2\.05/);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.evaluate(() => location.search)).toBe('?gpu=2.05');
    expect(errors).toEqual([]);
    await close();
  });

  it('an address with two spellings of the language redirects once at most', async () => {
    const { page, close } = await openPage('index.html', { islands: 'none' });
    const navigations: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url());
    });
    await page.goto(new URL('index.html?lang=zh&LANG=en&free=5', page.url()).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    // The page asked for, then at most one redirect, and it stays there; the address then
    // keeps only the scenario.
    expect(navigations.length).toBeLessThanOrEqual(2);
    expect(new URL(page.url()).pathname).toMatch(/index\.zh-Hans\.html$/);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?free=5');
    await close();
  });
});
