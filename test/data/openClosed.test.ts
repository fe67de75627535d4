import { describe, it, expect } from 'vitest';
import { EVENTS, EVENT_TYPES, KEY_EVENTS, DENSE_WINDOW, TIMELINE_SPAN, parseDay } from '../../src/lib/data/openClosed';
import { CITATIONS, EVENT_RECORDS, CITATIONS_BY_CHECK, CHECK_KIND, timelineSources, FACT_CHECK_SOURCES } from '../../src/lib/data/openClosedCitations';
import { KINDS } from '../../src/lib/data/types';
import { ARENA_MONTHLY } from '../../src/lib/data/arena';
import { openClosed as en } from '../../src/lib/i18n/en/openClosed';
import { openClosed as zh } from '../../src/lib/i18n/zh-Hans/openClosed';
import { prose as enProse } from '../../src/lib/i18n/en/prose';
import { prose as zhProse } from '../../src/lib/i18n/zh-Hans/prose';

const byId = (id: string) => EVENT_RECORDS.find((e) => e.id === id)!;

describe('EVENTS (open vs closed timeline)', () => {
  it('has unique ids and is in date order', () => {
    expect(new Set(EVENTS.map((e) => e.id)).size).toBe(EVENTS.length);
    const times = EVENTS.map((e) => +parseDay(e.date));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('has exactly one citation per event, and the records keep the chart’s date and type', () => {
    expect(Object.keys(CITATIONS).sort()).toEqual(EVENTS.map((e) => e.id).sort());
    expect(EVENT_RECORDS.map((e) => [e.id, e.date, e.type])).toEqual(EVENTS.map((e) => [e.id, e.date, e.type]));
  });

  it('gives every event a parseable date inside April 2024 – April 2026, a type, a kind and an https source', () => {
    const from = +parseDay(TIMELINE_SPAN.start);
    const to = +parseDay(TIMELINE_SPAN.end);
    for (const e of EVENT_RECORDS) {
      const t = +parseDay(e.date);
      expect(Number.isFinite(t), e.id).toBe(true);
      expect(t >= from && t <= to, e.id).toBe(true);
      expect(EVENT_TYPES).toContain(e.type);
      expect(KINDS).toContain(e.kind);
      expect(e.source.url, e.id).toMatch(/^https:\/\/[^\s]+$/);
      expect(e.source.title.trim(), e.id).not.toBe('');
      expect(e.source.publisher.trim(), e.id).not.toBe('');
      expect(e.source.quote.trim(), e.id).not.toBe('');
      expect(e.source.date, e.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it('parseDay rejects impossible dates', () => {
    expect(Number.isNaN(+parseDay('2025-02-30'))).toBe(true);
    expect(Number.isNaN(+parseDay('2025-2-3'))).toBe(true);
    expect(parseDay('2025-01-20').toISOString()).toBe('2025-01-20T00:00:00.000Z');
  });

  it('has a label and a one-line description in English and Chinese for every event', () => {
    for (const e of EVENT_RECORDS) {
      for (const labels of [en.labels, zh.labels]) expect((labels as Record<string, string>)[e.id]?.trim(), e.id).toBeTruthy();
      for (const p of [enProse, zhProse]) {
        expect((p.openClosed.events as Record<string, string>)[e.id]?.trim(), e.id).toBeTruthy();
        expect((p.openClosed.orgs as Record<string, string>)[e.org], e.org).toBeTruthy();
      }
    }
    expect(Object.keys(en.labels).sort()).toEqual(EVENTS.map((e) => e.id).sort());
    expect(Object.keys(enProse.openClosed.events).sort()).toEqual(EVENTS.map((e) => e.id).sort());
  });

  it('uses every type at least once, and key events exist', () => {
    for (const t of EVENT_TYPES) expect(EVENTS.some((e) => e.type === t), t).toBe(true);
    for (const id of KEY_EVENTS) expect(byId(id), id).toBeTruthy();
  });

  it('records the dates and licences the fact check rests on', () => {
    expect(byId('deepseek-v3').date).toBe('2024-12-26');
    expect(byId('deepseek-v3').licence).toMatch(/DeepSeek Model License/);
    expect(byId('deepseek-r1')).toMatchObject({ date: '2025-01-20', licence: 'MIT', type: 'open-weights' });
    expect(byId('qwq-max-preview')).toMatchObject({ date: '2025-02-25', type: 'closed' });
    expect(byId('qwq-32b')).toMatchObject({ date: '2025-03-06', licence: 'Apache 2.0', type: 'open-weights' });
    expect(byId('videoworld-code').date).toBe('2025-01-20');
    expect(byId('ernie-4-5-open')).toMatchObject({ date: '2025-06-30', licence: 'Apache 2.0' });
    expect(byId('gpt-oss')).toMatchObject({ date: '2025-08-05', licence: 'Apache 2.0' });
    expect(byId('altman-history').date).toBe('2025-01-31');
    expect(byId('llama-3').source.quote).toMatch(/700 million/);
  });

  it('has a dense window inside the span and at least ten events in it', () => {
    const d0 = +parseDay(DENSE_WINDOW.start);
    const d1 = +parseDay(DENSE_WINDOW.end);
    expect(d0).toBeLessThan(d1);
    expect(EVENTS.filter((e) => +parseDay(e.date) >= d0 && +parseDay(e.date) <= d1).length).toBeGreaterThanOrEqual(10);
  });

  it('lists each source once, and the fact-check sources are https', () => {
    const s = timelineSources();
    expect(new Set(s.map((x) => x.id)).size).toBe(s.length);
    for (const f of Object.values(FACT_CHECK_SOURCES)) expect(f.url).toMatch(/^https:\/\//);
    expect(CITATIONS_BY_CHECK.map(([id]) => id)).toEqual(['v3', 'data', 'stars', 'qwq', 'videoworld']);
    for (const [, source] of CITATIONS_BY_CHECK) expect(source.url).toMatch(/^https:\/\//);
  });
});

describe('citations that support their claims (issue 9)', () => {
  it('gives Llama 3.3 and Llama 4 each its own source, whose quote names that model and its release date', () => {
    const l33 = byId('llama-3-3');
    const l4 = byId('llama-4');
    const l31 = byId('llama-3-1');
    expect(new Set([l31.source.id, l33.source.id, l4.source.id]).size).toBe(3);
    expect(l33.source.quote).toMatch(/Llama 3\.3/);
    expect(l33.source.quote).toMatch(/December 6, 2024/);
    expect(l33.date).toBe('2024-12-06');
    expect(l4.source.quote).toMatch(/Llama 4/);
    expect(l4.source.quote).toMatch(/April 5, 2025/);
    expect(l4.date).toBe('2025-04-05');
    for (const e of [l33, l4]) expect(e.source.quote).not.toMatch(/Llama 3\.1/);
  });

  it('quotes Li in Dubai saying what the page says he said, not the ERNIE announcement', () => {
    const dubai = byId('li-dubai');
    expect(dubai.source.quote).toMatch(/spread the technology much faster/);
    expect(dubai.source.quote).not.toBe(byId('ernie-announce').source.quote);
    expect(enProse.openClosed.narrative.altman).toMatch(/“much faster”/);
  });

  it('quotes the Musk report in the words the research found', () => {
    expect(byId('musk-withdraws').source.quote).toBe('Elon Musk today moved to dismiss his lawsuit in California state court');
  });

  it('puts on the English NBD page a quote in English, the words that page carries', () => {
    const leak = byId('li-speech-leak');
    expect(leak.source.url).toMatch(/nbdpress\.com/);
    expect(leak.source.quote).not.toMatch(/[\u4e00-\u9fff]/);
    expect(leak.source.quote).toMatch(/closed-source models have a business model and are profitable/);
  });

  it('in Chinese, does not pass the article’s paraphrase off as Li’s words', () => {
    expect(zhProse.openClosed.narrative.li2024).not.toMatch(/闭源才有/);
    expect(zhProse.openClosed.events['li-speech-leak']).not.toMatch(/闭源才有/);
  });

  it('calls the QwQ note a clarification (the article says Alibaba planned to open it), the others corrections', () => {
    expect(CHECK_KIND).toEqual({ v3: 'correction', data: 'correction', stars: 'correction', qwq: 'clarification', videoworld: 'correction' });
    expect(enProse.openClosed.factcheck.labelClarification).toBe('Clarification');
    expect(zhProse.openClosed.factcheck.labelClarification).toMatch(/\S/);
    expect(enProse.openClosed.factcheck.qwq).toMatch(/rightly/);
  });

  it('drops the sentences no source backs, in both languages', () => {
    for (const p of [enProse, zhProse]) {
      const all = JSON.stringify(p);
      expect(all).not.toMatch(/owns its GPUs|GPU 其实是自有的/);
      expect(all).not.toMatch(/largest open-weights family|规模最大的开放权重模型家族/);
      expect(all).not.toMatch(/Both promises were kept|两个承诺都兑现了/);
      expect(all).not.toMatch(/widened again|又拉大了/);
    }
  });

  it('says in the Chinese note that July 2024’s 1.90% was the wider gap, not the smaller', () => {
    expect(zhProse.openClosed.gap.notes.tie).not.toMatch(/只占/);
    expect(zhProse.openClosed.gap.notes.tie).toMatch(/1\.90%.*1\.77%.*略大/);
  });

  it('has chart subtitles that match the data: the gap zig-zags, the dense weeks are drawn expanded', () => {
    for (const t of [en, zh]) {
      expect(t.gap.takeaway).toMatch(/2025/);
      expect(t.gap.takeaway).toMatch(/2\.5%/);
      expect(t.timeline.takeaway).not.toMatch(/bunch up/);
    }
    // The numbers the subtitle gives are the series' own.
    const pct = (month: string) => ARENA_MONTHLY.find((m) => m.month === month)!.gapPct;
    expect([pct('2024-07'), pct('2025-01')].every((v) => Math.round(v) === 2)).toBe(true);
    expect(Math.round(pct('2025-03'))).toBe(6);
    expect(pct('2025-08').toFixed(1)).toBe('2.5');
    expect(pct('2025-08')).toBeLessThan(pct('2025-07'));
    expect(Math.round(Math.max(...ARENA_MONTHLY.filter((m) => m.month > '2024-07' && m.month < '2025-01').map((m) => m.gapPct)))).toBe(7);
    expect(en.gap.takeaway).not.toMatch(/widened again/);
    expect(en.timeline.takeaway).toMatch(/expanded scale/);
    expect(zh.timeline.takeaway).toMatch(/放大/);
  });
});
