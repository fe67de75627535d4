import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  layoutTimeline,
  timeScale,
  timeTicks,
  assignSlots,
  overlaps,
  timelineItems,
  formatDay,
  axisMonth,
  splitLabel,
  clampWidth,
  textWidth,
  VERTICAL_BELOW,
  type TimelineLayout,
} from '../../src/lib/chart/timeline';
import { EVENTS, EVENT_TYPES, KEY_EVENTS, DENSE_WINDOW, TIMELINE_SPAN, parseDay } from '../../src/lib/data/openClosed';
import { openClosed as en } from '../../src/lib/i18n/en/openClosed';
import { openClosed as zh } from '../../src/lib/i18n/zh-Hans/openClosed';

const dicts = { en, 'zh-Hans': zh } as const;
const items = (lang: keyof typeof dicts) =>
  timelineItems(EVENTS, (id) => (dicts[lang].labels as Record<string, string>)[id]!, (id) => KEY_EVENTS.has(id));

function checkNoCollisions(L: TimelineLayout) {
  const visible = L.labels.filter((l) => l.visible);
  for (let i = 0; i < visible.length; i++) {
    const a = visible[i]!;
    expect(a.box.x0).toBeGreaterThanOrEqual(0);
    expect(a.box.x1).toBeLessThanOrEqual(L.width);
    for (let j = i + 1; j < visible.length; j++) expect(overlaps(a.box, visible[j]!.box), `${a.id} / ${visible[j]!.id}`).toBe(false);
    if (!L.vertical)
      for (const m of L.marks) {
        const mb = { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r };
        expect(overlaps(a.box, mb), `${a.id} over mark ${m.id}`).toBe(false);
      }
  }
}

describe('timeScale', () => {
  it('maps the span to [0, length] and gives the dense weeks their share', () => {
    const s = timeScale(1000, 0.4);
    expect(s(parseDay(TIMELINE_SPAN.start))).toBeCloseTo(0, 6);
    expect(s(parseDay(TIMELINE_SPAN.end))).toBeCloseTo(1000, 6);
    expect(s(parseDay(DENSE_WINDOW.end)) - s(parseDay(DENSE_WINDOW.start))).toBeCloseTo(400, 6);
  });
  it('is monotonic over the whole span', () => {
    const s = timeScale(800, 0.42);
    const t0 = +parseDay(TIMELINE_SPAN.start);
    const t1 = +parseDay(TIMELINE_SPAN.end);
    fc.assert(
      fc.property(fc.integer({ min: t0, max: t1 }), fc.integer({ min: t0, max: t1 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return s(new Date(lo)) <= s(new Date(hi)) + 1e-9;
      }),
    );
  });
  it('spreads the dense weeks at least five times wider per day than the rest', () => {
    const s = timeScale(1000, 0.42);
    const day = 86_400_000;
    const outer = s(new Date(+parseDay('2024-10-01') + day)) - s(parseDay('2024-10-01'));
    const dense = s(new Date(+parseDay('2025-02-10') + day)) - s(parseDay('2025-02-10'));
    expect(dense / outer).toBeGreaterThan(5);
  });
});

describe('timeTicks', () => {
  it('keeps tick labels at least the given gap apart, all month starts in one format, both dense-window months kept', () => {
    for (const locale of ['en', 'zh-Hans'] as const) {
      const ticks = timeTicks(timeScale(1200, 0.42), 12, locale);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.box.x0 - ticks[i - 1]!.box.x1).toBeGreaterThanOrEqual(12);
      for (const t of ticks) {
        expect(t.date.getUTCDate()).toBe(1);
        expect(t.text).toBe(axisMonth(t.date, locale));
        expect(t.text).toMatch(locale === 'en' ? /^[A-Z][a-z]{2} \d{4}$/ : /^\d{4}年\d{1,2}月$/);
      }
      // The issue-11 defect: "Oct 2024" next to "27 Jan" / "3 Mar". Inside the window: Feb and Mar 2025.
      expect(ticks.filter((t) => t.date >= parseDay(DENSE_WINDOW.start) && t.date <= parseDay(DENSE_WINDOW.end)).map((t) => t.text)).toEqual(
        locale === 'en' ? ['Feb 2025', 'Mar 2025'] : ['2025年2月', '2025年3月'],
      );
    }
  });
});

describe('tick labels of the laid-out timeline', () => {
  // Page widths and the chart widths they give (the section's content box).
  for (const lang of ['en', 'zh-Hans'] as const)
    for (const width of [768, 736, 1200, 992])
      it(`${lang} at ${width}px: time-axis labels inside the chart and never overlapping`, () => {
        const L = layoutTimeline(items(lang), { width, types: EVENT_TYPES, locale: lang });
        expect(L.vertical).toBe(false);
        expect(L.ticks.length).toBeGreaterThanOrEqual(6);
        for (const [i, t] of L.ticks.entries()) {
          expect(t.text).toBe(axisMonth(t.date, lang));
          expect(t.text).not.toMatch(/Sept/);
          expect(t.box.x0, t.text).toBeGreaterThanOrEqual(0);
          expect(t.box.x1, t.text).toBeLessThanOrEqual(L.width);
          // The box matches the anchor at the tick.
          expect(t.anchor === 'start' ? t.box.x0 : t.anchor === 'end' ? t.box.x1 : (t.box.x0 + t.box.x1) / 2).toBeCloseTo(t.pos, 6);
          for (const u of L.ticks.slice(i + 1)) expect(overlaps(t.box, u.box), `${t.text} / ${u.text}`).toBe(false);
        }
        // The screenshot defect: "Apr 2024" flush left ran into "Jun 2024".
        const first = L.ticks[0]!;
        expect(L.ticks[1]!.box.x0 - first.box.x1).toBeGreaterThanOrEqual(12);
      });

  for (const lang of ['en', 'zh-Hans'] as const)
    for (const width of [375, 343, 288])
      it(`${lang} phone at ${width}px: month labels fit the left margin, every label shown, inside and apart`, () => {
        const L = layoutTimeline(items(lang), { width, types: EVENT_TYPES, locale: lang });
        expect(L.vertical).toBe(true);
        const widest = Math.max(...L.ticks.map((t) => textWidth(t.text, L.fontSize)));
        expect(L.plot.x0 - 6).toBeGreaterThanOrEqual(widest);
        for (const [i, t] of L.ticks.entries()) {
          expect(t.box.x0, t.text).toBeGreaterThanOrEqual(0);
          expect(t.box.x1).toBeLessThanOrEqual(L.plot.x0);
          expect(t.box.x1 - t.box.x0).toBeCloseTo(textWidth(t.text, L.fontSize), 6);
          for (const u of L.ticks.slice(i + 1)) expect(overlaps(t.box, u.box), `${t.text} / ${u.text}`).toBe(false);
        }
        const shown = L.labels.filter((l) => l.visible);
        for (const [i, a] of shown.entries()) {
          expect(a.box.x0, a.id).toBeGreaterThanOrEqual(L.plot.x1);
          expect(a.box.x1, a.id).toBeLessThanOrEqual(L.width);
          expect(a.box.y0, a.id).toBeGreaterThanOrEqual(0);
          expect(a.box.y1, a.id).toBeLessThanOrEqual(L.height);
          // One column: lines at least 1.35 em apart, so CJK glyphs (~1 em tall) never touch.
          for (const b of shown.slice(i + 1)) {
            expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
            expect(Math.abs(a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(L.fontSize * 1.35);
          }
        }
        // Every label is shown (a long one on two lines), each in time order down the column.
        expect(shown.length).toBe(EVENTS.length);
        for (const l of shown) if (l.lines) expect(l.lines.join(' ').replace(/ /g, '')).toBe(l.text.replace(/ /g, ''));
        const byY = [...shown].sort((a, b) => a.y - b.y).map((l) => l.id);
        const byMark = [...L.marks].sort((a, b) => a.y - b.y || a.x - b.x).map((m) => m.id);
        expect(byY).toEqual(byMark);
        // The wider margin must not push any turning point's label out of the column.
        for (const id of KEY_EVENTS) expect(shown.some((l) => l.id === id), id).toBe(true);
      });
});

describe('assignSlots', () => {
  it('puts marks closer than minSep into different slots, and reuses free slots', () => {
    const slots = assignSlots(
      [
        { id: 'a', pos: 0 },
        { id: 'b', pos: 5 },
        { id: 'c', pos: 30 },
      ],
      10,
    );
    expect(slots.get('a')).toBe(0);
    expect(slots.get('b')).toBe(1);
    expect(slots.get('c')).toBe(0);
  });
  it('never lets two marks in one slot come closer than minSep', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 40 }), (ps) => {
        const pos = ps.map((p, i) => ({ id: String(i), pos: p }));
        const slots = assignSlots(pos, 13);
        const bySlot = new Map<number, number[]>();
        for (const p of pos) bySlot.set(slots.get(p.id)!, [...(bySlot.get(slots.get(p.id)!) ?? []), p.pos]);
        for (const list of bySlot.values()) {
          list.sort((a, b) => a - b);
          for (let i = 1; i < list.length; i++) if (list[i]! - list[i - 1]! < 13) return false;
        }
        return true;
      }),
    );
  });
});

describe('layoutTimeline with the shipped events', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    // Chart widths of the page at 320, 375, 768 and 1280 px (the section's content box), and between.
    for (const width of [288, 343, 375, 736, 768, 992, 1200]) {
      it(`${lang} at ${width}px: every event placed, inside the chart, labels never collide`, () => {
        const L = layoutTimeline(items(lang), { width, types: EVENT_TYPES });
        expect(L.vertical).toBe(width < VERTICAL_BELOW);
        expect(L.marks.length).toBe(EVENTS.length);
        for (const m of L.marks) {
          expect(Number.isFinite(m.x) && Number.isFinite(m.y), m.id).toBe(true);
          expect(m.x - m.r).toBeGreaterThanOrEqual(0);
          expect(m.x + m.r).toBeLessThanOrEqual(L.width);
          expect(m.y - m.r).toBeGreaterThanOrEqual(0);
          expect(m.y + m.r).toBeLessThanOrEqual(L.height);
        }
        checkNoCollisions(L);
        // Marks in one lane and slot never overlap.
        for (const a of L.marks)
          for (const b of L.marks)
            if (a.id < b.id && a.lane === b.lane && a.slot === b.slot) {
              const d = L.vertical ? Math.abs(a.y - b.y) : Math.abs(a.x - b.x);
              expect(d, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * a.r);
            }
        // The turning points are labelled.
        const shown = new Set(L.labels.filter((l) => l.visible).map((l) => l.id));
        for (const id of ['deepseek-v3', 'deepseek-r1', 'gpt-oss', 'ernie-4-5-open', 'deepseek-v4', 'muse-spark']) expect(shown.has(id), id).toBe(true);
        // The labels issue 11 found missing, and at the page's widths every label.
        for (const id of ['deepseek-v2', 'minimax-01', 'wan-2-1', 'llama-3', 'moonlight']) expect(shown.has(id), id).toBe(true);
        expect(shown.size).toBe(EVENTS.length);
        // No label floats between two dots: one beside its mark (no leader) has no other mark
        // nearer than a mark's width, so it reads as its own dot's.
        if (!L.vertical)
          for (const l of L.labels.filter((x) => x.visible && !x.leader)) {
            const own = L.marks.find((m) => m.id === l.id)!;
            expect(Math.abs(l.y - own.y), l.id).toBeLessThan(1);
            expect(l.anchor === 'start' ? l.box.x0 - own.x : own.x - l.box.x1, l.id).toBeLessThan(own.r + 4);
            for (const m of L.marks)
              if (m.id !== l.id && Math.abs(m.y - l.y) < m.r + L.fontSize / 2) {
                const gap = Math.max(l.box.x0 - (m.x + m.r), m.x - m.r - l.box.x1);
                expect(gap, `${l.id} next to ${m.id}`).toBeGreaterThanOrEqual(2 * m.r);
              }
          }
        // Leaders cross no label.
        for (const l of L.labels.filter((x) => x.visible && x.leader && !L.vertical))
          for (const o of L.labels.filter((x) => x.visible && x.id !== l.id)) {
            const ld = l.leader!;
            const hit = ld.x1 > o.box.x0 && ld.x1 < o.box.x1 && Math.max(ld.y1, ld.y2) > o.box.y0 + 0.5 && Math.min(ld.y1, ld.y2) < o.box.y1 - 0.5;
            expect(hit, `${l.id}'s leader through ${o.id}`).toBe(false);
          }
      });
    }
  }

  it('drops hidden types and their lanes', () => {
    const L = layoutTimeline(items('en'), { width: 1200, types: ['open-weights', 'closed'] });
    expect(L.lanes.map((l) => l.type)).toEqual(['open-weights', 'closed']);
    expect(L.marks.every((m) => m.type === 'open-weights' || m.type === 'closed')).toBe(true);
    expect(L.marks.length).toBe(EVENTS.filter((e) => e.type === 'open-weights' || e.type === 'closed').length);
  });

  it('falls back to the default width and never produces NaN', () => {
    expect(clampWidth(0)).toBe(640);
    expect(clampWidth(undefined)).toBe(640);
    expect(clampWidth(undefined, 992)).toBe(992);
    const L = layoutTimeline(items('en'), { width: Number.NaN, types: EVENT_TYPES });
    expect(JSON.stringify(L)).not.toMatch(/NaN|null,"y"/);
    expect(L.width).toBe(992);
  });

  // Issue 11: between 560 and 735 px the horizontal lanes dropped labels (Kimi K2.5,
  // DeepSeek-V3.2, GLM-4.6, gpt-oss…); every chart width from a phone's to the widest keeps
  // every label, apart from the others, in both languages.
  for (const lang of ['en', 'zh-Hans'] as const)
    it(`${lang}: every label shown at every chart width from 280 to 1400 px`, () => {
      const missing: string[] = [];
      for (let width = 280; width <= 1400; width += 8) {
        const L = layoutTimeline(items(lang), { width, types: EVENT_TYPES, locale: lang });
        const hidden = L.labels.filter((l) => !l.visible).map((l) => l.id);
        if (hidden.length) missing.push(`${width}: ${hidden.join(', ')}`);
        const shown = L.labels.filter((l) => l.visible);
        for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) if (overlaps(a.box, b.box)) missing.push(`${width}: ${a.id} on ${b.id}`);
      }
      expect(missing).toEqual([]);
    });
});

describe('axisMonth and splitLabel', () => {
  it('writes every month in three letters (Sep, never Sept) or as 2024年9月', () => {
    expect(axisMonth(parseDay('2024-09-01'), 'en')).toBe('Sep 2024');
    expect(axisMonth(parseDay('2024-10-01'), 'en')).toBe('Oct 2024');
    expect(axisMonth(parseDay('2024-09-01'), 'zh-Hans')).toBe('2024年9月');
    expect(axisMonth(parseDay('2025-12-01'), 'zh-Hant')).toBe('2025年12月');
    expect(axisMonth(new Date(NaN), 'en')).toBe('—');
  });
  it('splits after a colon, at the middle space or hyphen, or in the middle of Chinese', () => {
    expect(splitLabel('Li: open falls behind')).toEqual(['Li:', 'open falls behind']);
    expect(splitLabel('Baidu ERNIE to open')).toEqual(['Baidu ERNIE', 'to open']);
    expect(splitLabel('QwQ-Max-Preview')).toEqual(['QwQ-Max-', 'Preview']);
    expect(splitLabel('李彦宏：闭源能赚钱')).toEqual(['李彦宏：', '闭源能赚钱']);
    expect(splitLabel('文心四点五开源')).toEqual(['文心四点', '五开源']);
    expect(splitLabel('gpt')).toBeNull();
  });
});

describe('formatDay', () => {
  it('formats day, month and year in each locale', () => {
    const d = parseDay('2025-01-20');
    expect(formatDay(d, 'en')).toBe('20 Jan 2025');
    expect(formatDay(d, 'zh-Hans')).toBe('2025年1月20日');
    expect(formatDay(d, 'en', 'month')).toBe('Jan 2025');
    expect(formatDay(d, 'en', 'day')).toBe('20 Jan');
    expect(formatDay(new Date(NaN), 'en')).toBe('—');
  });
});
