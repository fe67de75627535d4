/**
 * Over the built site (run after `vite build`; npm test builds first): the story and the
 * calculator's default results are in the HTML itself, for readers without JavaScript.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const read = (f: string) => readFileSync(`dist/${f}`, 'utf8');

describe('built dist/', () => {
  it('exists (npm test builds before this project runs)', () => {
    expect(existsSync('dist/index.html')).toBe(true);
  });

  it('index.html is English, prerendered, with the default results', () => {
    const html = read('index.html');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>Where do AI model makers make money?</title>');
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
    expect(html).toMatch(/<link rel="canonical" href="index.html"/);
    expect(html).toMatch(/hreflang="zh-Hans"/);
    expect(html).toMatch(/id="out-cpm"[^>]*>545%/);
    expect(html).toMatch(/id="out-gm"[^>]*>84.5%/);
    expect(html).toMatch(/id="out-cost"[^>]*>\$87,072/);
    expect(html).toContain('$562,027');
    expect(html).toContain('How the numbers are made');
    expect(html).toContain('<svg');
    expect(html).toContain('class="skip-link"');
    expect(html).not.toMatch(/NaN|undefined|Infinity|%LANG%|<!--app-html-->|<!--app-head-->/);
  });

  it('index.zh-Hans.html is Chinese, prerendered, with 万 units', () => {
    const html = read('index.zh-Hans.html');
    expect(html).toMatch(/<html lang="zh-Hans">/);
    expect(html).toContain('成本利润率');
    expect(html).toMatch(/id="out-cost"[^>]*>8.7072万美元/);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('embeds have no header or footer, are noindex, and point canonical to the story', () => {
    const html = read('embed/calculator.html');
    expect(html).toContain('data-embed="calculator"');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toContain('<link rel="canonical" href="../index.html"');
    expect(html).not.toContain('<footer');
    expect(html).not.toContain('class="skip-link"');
    expect(html).toMatch(/src="\.\.\/assets\//);
    expect(html).toMatch(/id="out-cpm"[^>]*>545%/);
  });

  it('loads nothing from another origin', () => {
    for (const f of ['index.html', 'index.zh-Hans.html', 'embed/calculator.html']) {
      const html = read(f);
      // Resources the page loads (scripts, styles, images, icons), not links a reader may follow.
      expect(html).not.toMatch(/\ssrc="(https?:)?\/\//);
      expect(html).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
      expect(html).not.toMatch(/url\((https?:)?\/\//);
    }
    for (const f of readdirSync('dist/assets')) {
      const text = read(`assets/${f}`);
      expect(text).not.toMatch(/fonts\.googleapis|googletagmanager|google-analytics/);
    }
  });
});
