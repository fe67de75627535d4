/** The calculator in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck, getBrowser, baseUrl } from '../support/browser';

afterAll(closeBrowser);

const output = (page: import('playwright-core').Page, name: string) => page.getByLabel(name, { exact: true }).and(page.locator('output'));

describe('calculator in Chromium', () => {
  it('shows 545%, $87,072 and $561,975 at the defaults, with no console errors or outside requests', async () => {
    const { page, errors, close } = await openPage('index.html');
    await expect.poll(() => output(page, 'Cost-profit margin').textContent()).toBe('545%');
    expect(await output(page, 'Gross margin').textContent()).toBe('84.5%');
    expect(await output(page, 'Daily cost').textContent()).toBe('$87,072');
    expect(await output(page, 'Theoretical revenue').textContent()).toBe('$561,975');
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|Infinity|undefined/);
    expect(errors).toEqual([]);
    await close();
  });

  it('dragging a slider with the mouse updates results and the address', async () => {
    const { page, errors, close } = await openPage('index.html');
    const slider = page.getByRole('slider', { name: 'Free traffic (% of tokens that earn nothing)' });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + (box.width * i) / 20, box.y + box.height / 2);
    await page.mouse.up();
    const value = Number(await slider.inputValue());
    expect(value).toBeGreaterThan(30);
    expect(value).toBeLessThan(70);
    expect(await slider.getAttribute('aria-valuetext')).toBe(`${value} percent`);
    expect(await output(page, 'Cost-profit margin').textContent()).not.toBe('545%');
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`free=${value}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('the arrow keys move a slider by its step', async () => {
    const { page, close } = await openPage('index.html');
    const slider = page.getByRole('slider', { name: 'GPU rental price ($ per GPU-hour)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('2.1');
    expect(await output(page, 'Daily cost').textContent()).toBe('$91,426');
    const box = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(box).not.toBe('none'); // visible focus
    await close();
  });

  it('opening a shared link restores the scenario', async () => {
    const { page, errors, close } = await openPage('index.html?v3=50&free=50&night=1&gpu=2.5');
    expect(await page.getByRole('slider', { name: /V3 traffic/ }).inputValue()).toBe('50');
    expect(await page.getByRole('slider', { name: /Free traffic/ }).inputValue()).toBe('50');
    expect(await page.getByRole('checkbox', { name: /off-peak discounts/ }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'All caveats' }).getAttribute('aria-pressed')).toBe('true');
    expect(await output(page, 'Daily cost').textContent()).toBe('$108,840');
    // The prerendered defaults were kept out of sight until the scenario applied; now all shows.
    expect(await page.evaluate(() => document.documentElement.classList.contains('scenario-pending'))).toBe(false);
    expect(await output(page, 'Daily cost').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('before the script runs, a shared link hides the default numbers and applies its theme; without the script they appear', async () => {
    const context = await (await getBrowser()).newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    // The page's script never arrives (blocked); the inline head script still runs.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(new URL('index.html?free=50&theme=dark', baseUrl()).href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.classList.contains('scenario-pending'))).toBe(true);
    const cost = page.locator('#out-cost');
    expect(await cost.isVisible()).toBe(false);
    // … and two seconds later the (default) numbers show rather than staying hidden.
    await expect.poll(() => cost.isVisible(), { timeout: 5000 }).toBe(true);
    // A link without a scenario hides nothing.
    await page.goto(new URL('index.html?theme=light', baseUrl()).href);
    expect(await page.evaluate(() => document.documentElement.classList.contains('scenario-pending'))).toBe(false);
    expect(await page.locator('#out-cost').isVisible()).toBe(true);
    await context.close();
  });

  it('a tampered link is ignored or clamped with a notice, and nothing from it runs', async () => {
    const { page, errors, close } = await openPage(
      'index.html?free=1e999&nodes=abc&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&theme=%3Cscript%3E',
    );
    const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(
      /“free=1e999” is out of range; set to 100\.[\s\S]*“nodes=abc” is not a decimal number; kept 226\.75\.[\s\S]*“<img src=x onerror=alert\(1\)>=1” is not a setting of this page[\s\S]*“theme=<script>” is not one of the choices/,
    );
    expect(await page.getByRole('slider', { name: /Free traffic/ }).inputValue()).toBe('100');
    expect(await output(page, 'Gross margin').textContent()).toBe('—');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to Chinese from the address and from the language switch, keeping the scenario', async () => {
    // Each language is its own prerendered page: ?lang= goes there, keeping the rest of the address.
    const viaUrl = await openPage('index.html?lang=zh-Hans&free=30');
    await expect.poll(() => viaUrl.page.evaluate(() => location.pathname + location.search)).toMatch(/\/index\.zh-Hans\.html\?free=30$/);
    await expect.poll(() => viaUrl.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await output(viaUrl.page, '每日成本').textContent()).toBe('8.7072万美元');
    expect(await viaUrl.page.getByRole('slider', { name: /免费流量/ }).inputValue()).toBe('30');
    // The Chinese words around the charts come with the page's HTML.
    expect(await viaUrl.page.locator('#smile').textContent()).toContain('施振荣');
    expect(viaUrl.errors).toEqual([]);
    await viaUrl.close();

    const { page, errors, close } = await openPage('index.html?free=20');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.getByRole('slider', { name: /免费流量/ }).inputValue()).toBe('20');
    expect(await page.evaluate(() => location.pathname)).toMatch(/\/index\.zh-Hans\.html$/);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?free=20');
    expect(errors).toEqual([]);
    await close();
  });

  it('without JavaScript the story and the default results are there', async () => {
    const { page, close } = await openPage('index.html', { javaScriptEnabled: false });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Where do AI model makers make money?');
    expect(await output(page, 'Cost-profit margin').textContent()).toBe('545%');
    expect(await output(page, 'Daily cost').textContent()).toBe('$87,072');
    expect(await page.locator('#margin-waterfall svg rect').count()).toBeGreaterThan(4);
    await close();
    const zh = await openPage('index.zh-Hans.html', { javaScriptEnabled: false });
    expect(await output(zh.page, '成本利润率').textContent()).toBe('545%');
    await zh.close();
  });

  it('the embed page shows the calculator alone and works', async () => {
    const { page, errors, close } = await openPage('embed/calculator.html?free=10', { width: 360 });
    expect(await page.locator('footer').count()).toBe(0);
    expect(await page.getByRole('slider', { name: /Free traffic/ }).inputValue()).toBe('10');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await close();

    // An embed asked for in another language goes to that language's embed page.
    const zh = await openPage('embed/calculator.html?lang=zh&free=10', { width: 360 });
    await expect.poll(() => zh.page.evaluate(() => location.pathname + location.search)).toMatch(/\/embed\/calculator\.zh-Hans\.html\?free=10$/);
    expect(await zh.page.getByRole('slider', { name: /免费流量/ }).inputValue()).toBe('10');
    expect(zh.errors).toEqual([]);
    await zh.close();
  });

  it('has no axe-core violations in the calculator, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage('index.html', { colorScheme });
      const violations = await axeCheck(page, '#calculator');
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await close();
    }
  });

  it('a phone-width page does not scroll sideways', async () => {
    const { page, close } = await openPage('index.html', { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });

  it('a slider move updates results and charts within one frame (p95 over 100 moves)', async () => {
    const { page, close } = await openPage('index.html');
    const stats = await page.evaluate(async () => {
      const slider = document.getElementById('in-freePct-range') as HTMLInputElement;
      const out = document.getElementById('out-rev')!;
      const work: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < 100; i++) {
        const before = out.textContent;
        const t0 = performance.now();
        slider.value = String((i * 7) % 100 === 0 ? 1 : (i * 7) % 100);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((r) => queueMicrotask(r));
        await Promise.resolve();
        const t1 = performance.now();
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        const t2 = performance.now();
        if (out.textContent === before && i > 0) throw new Error('results did not update');
        work.push(t1 - t0);
        frame.push(t2 - t0);
      }
      const p95 = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length * 0.95)]!;
      return { workP95: p95(work), frameP95: p95(frame) };
    });
    console.log(`slider latency: update p95 ${stats.workP95.toFixed(2)} ms; input → next frame p95 ${stats.frameP95.toFixed(2)} ms`);
    expect(stats.workP95).toBeLessThan(16.7);
    await close();
  });
});
