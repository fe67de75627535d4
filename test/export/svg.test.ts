// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { composeSvg, wrapText, textWidth, escapeXml, PAD, SYSTEM_FONTS } from '../../src/lib/export/svg';
import { imageFileName } from '../../src/lib/export/download';
import { sourceLine } from '../../src/lib/export/sourceLine';

const en = { sourceLine: 'Source: {list}', sourceMore: '{list} and {n} more' };
const zh = { sourceLine: '来源：{list}', sourceMore: '{list}，另有 {n} 个来源' };

describe('textWidth and wrapText', () => {
  it('counts a CJK character as one em and Latin letters as about half', () => {
    expect(textWidth('中文', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11); // 2 × 0.55 em
  });

  it('breaks English at spaces within the width', () => {
    // "aaaa " is 4 × 0.55 + 0.3 = 2.5 em; at 10 px, 30 px holds one word and its space.
    expect(wrapText('aaaa bbbb cccc', 30, 10)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(wrapText('aaaa bbbb', 1000, 10)).toEqual(['aaaa bbbb']);
  });

  it('breaks Chinese between any two characters', () => {
    // 10 px per character: 30 px holds three.
    expect(wrapText('一二三四五六七', 30, 10)).toEqual(['一二三', '四五六', '七']);
  });

  it('gives nothing for empty text, and cuts a word longer than a line', () => {
    expect(wrapText('   ', 100, 10)).toEqual([]);
    expect(wrapText('a'.repeat(20), 22, 10)).toEqual(['aaaa', 'aaaa', 'aaaa', 'aaaa', 'aaaa']);
  });

  it('never loses a character and never overflows (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '中', '文', '%', '1', '.') , maxLength: 80 }), fc.integer({ min: 12, max: 400 }), (text, width) => {
        const lines = wrapText(text, width, 12);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const l of lines) {
          expect(l.length).toBeGreaterThan(0);
          if (l.length > 1) expect(textWidth(l, 12)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });
});

describe('composeSvg: the downloadable image', () => {
  const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="10" height="10"/></svg>', width: 600, height: 300 };
  const text = { title: 'Margins <along> the chain', takeaway: 'Profit sits at the ends & falls in the middle.', sourceLine: 'Source: NVIDIA, AWS', address: 'https://example.org/ai/index.html?gpu=3#smile-curve' };
  const colors = { background: 'rgb(255, 255, 255)', text: 'rgb(20, 20, 20)', muted: 'rgb(90, 90, 90)' };

  it('draws the title, takeaway, source line and address around the chart, escaped, in system fonts', () => {
    const { svg, width, height } = composeSvg(chart, text, colors, 'en');
    expect(width).toBe(600 + 2 * PAD);
    expect(height).toBeGreaterThan(300 + 2 * PAD);
    expect(svg).toContain('Margins &lt;along&gt; the chain');
    expect(svg).toContain('Profit sits at the ends &amp; falls in the middle.');
    expect(svg).toContain('Source: NVIDIA, AWS');
    expect(svg).toContain('?gpu=3#smile-curve');
    expect(svg).toContain(`translate(${PAD} `);
    expect(svg).toContain(chart.markup);
    expect(svg).toContain(`font-family="${escapeXml(SYSTEM_FONTS)}"`);
    expect(svg).not.toMatch(/@font-face|url\(|style=/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="648" height="\d+"/);
    // Title first, the address last.
    expect(svg.indexOf('class="title"')).toBeLessThan(svg.indexOf('class="chart"'));
    expect(svg.indexOf('class="chart"')).toBeLessThan(svg.indexOf('class="source"'));
    expect(svg.indexOf('class="source"')).toBeLessThan(svg.indexOf('class="address"'));
  });

  it('parses as XML (jsdom), and the height grows with the words', () => {
    const { svg } = composeSvg(chart, text, colors, 'zh-Hans');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('zh-Hans');
    const longer = composeSvg(chart, { ...text, takeaway: text.takeaway.repeat(8) }, colors, 'en');
    expect(longer.height).toBeGreaterThan(composeSvg(chart, text, colors, 'en').height);
  });

  it('keeps a sane size for a chart that measured nothing (never NaN)', () => {
    const { svg, width, height } = composeSvg({ ...chart, width: Number.NaN, height: 0 }, text, colors, 'en');
    expect(width).toBe(648);
    expect(Number.isFinite(height)).toBe(true);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('names files by chart and language', () => {
    expect(imageFileName('smile-curve', 'en', 'png')).toBe('smile-curve.png');
    expect(imageFileName('smile-curve', 'zh-Hant', 'svg')).toBe('smile-curve.zh-Hant.svg');
  });
});

describe('sourceLine', () => {
  it('names each publisher once, three at most, then how many more', () => {
    expect(sourceLine(['DeepSeek', 'DeepSeek', 'Reuters'], en)).toBe('Source: DeepSeek, Reuters');
    expect(sourceLine(['A', 'B', 'C', 'D', 'E', 'A'], en)).toBe('Source: A, B, C and 2 more');
    expect(sourceLine(['A', 'B', 'C', 'D'], zh)).toBe('来源：A、B、C，另有 1 个来源');
    expect(sourceLine([], en)).toBe('');
  });
});
