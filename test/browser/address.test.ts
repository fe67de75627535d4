import { describe, it, expect, afterAll } from 'vitest';
import { openPage, closeBrowser } from '../support/browser';

afterAll(closeBrowser);

describe('the address across pages', () => {
  it('a language switch right after a slider move keeps the move, there and on Back', async () => {
    const { page, errors, close } = await openPage('index.html');
    const slider = page.getByRole('slider', { name: 'GPU rental price ($ per GPU-hour)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // 2 → 2.05, then at once:
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文', exact: true }).click();
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

describe('a shared link when the page’s script does not run', () => {
  it('without JavaScript, a line says the figures are DeepSeek’s published case', async () => {
    const { page, close } = await openPage('index.html?gpu=4', { javaScriptEnabled: false });
    // <noscript> content is shown as markup when scripting is off.
    await expect.poll(() => page.getByText(/is not running this page’s script/).isVisible()).toBe(true);
    expect(await page.getByText(/not the link’s scenario/).isVisible()).toBe(false);
    await close();
  });

  it('if the script never arrives, the default figures appear after 2 s with a note that they are not the link’s', async () => {
    const { page, close } = await openPage('index.html', { islands: 'none' });
    await page.route(/\/assets\/index-.*\.js$/, (route) => route.abort());
    await page.goto(new URL('index.html?gpu=4', page.url()).href, { waitUntil: 'load' });
    const note = page.getByText(/not the link’s scenario/);
    expect(await note.isVisible()).toBe(false); // hidden while the page may still apply it
    await page.waitForTimeout(2300);
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('#calculator [data-island="calculator"]').isVisible()).toBe(true);
    await close();
  });

  it('with the script, neither line shows', async () => {
    const { page, close } = await openPage('index.html?gpu=4');
    await page.waitForTimeout(2300);
    expect(await page.getByText(/not the link’s scenario/).isVisible()).toBe(false);
    expect(await page.getByText(/is not running this page’s script/).isVisible()).toBe(false);
    await close();
  });
});
