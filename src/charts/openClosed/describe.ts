/** Words for one timeline mark or one Arena month, from the dictionary and formatter. */
import type { Messages } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/types';
import type { Formatter } from '../../lib/format/number';
import { fill } from '../../lib/i18n';
import { parseDay, type TimelineEvent, type EventType } from '../../lib/data/openClosed';
import { GAP_REFERENCES, type ArenaMonth, type ArenaMonthLater } from '../../lib/data/arena';
import { formatDay } from '../../lib/chart/timeline';
import type { Ink } from '../../lib/chart/ink';

export interface Words {
  t: Messages;
  fmt: Formatter;
  locale: Locale;
}

/** Each event type's colour, as an ink: give a mark the class inkClass(TYPE_INK[type]). */
export const TYPE_INK: Record<EventType, Ink> = {
  'open-weights': 'blue',
  'open-code': 'sky',
  closed: 'orange',
  pricing: 'yellow',
  statement: 'purple',
  legal: 'grey',
};

/** An event's short label (the words on the chart). */
export function eventLabel(w: Words, id: string): string {
  return (w.t.openClosed.labels as Record<string, string>)[id] ?? id;
}

/** What a mark says to a screen reader: date, label and type (the full text is in the detail block). */
export function eventAria(w: Words, e: TimelineEvent): string {
  return fill(w.t.openClosed.timeline.markLabel, {
    date: formatDay(parseDay(e.date), w.locale),
    label: eventLabel(w, e.id),
    type: w.t.openClosed.types[e.type],
  });
}

/** "Jan 2025" for a YYYY-MM month. */
export function monthName(month: string, locale: Locale): string {
  return formatDay(parseDay(`${month}-01`), locale, 'month');
}

export function monthLabel(w: Words, m: ArenaMonth): string {
  const later = 'monthMin' in m;
  const words = fill(later ? w.t.openClosed.gap.pointLabelLater : w.t.openClosed.gap.pointLabel, {
    date: monthName(m.month, w.locale),
    snapshot: formatDay(parseDay(m.snapshot), w.locale, 'day'),
    closedModel: m.closed.model,
    closedOrg: m.closed.org,
    closed: w.fmt.number(m.closed.score, 0),
    openModel: m.open.model,
    openOrg: m.open.org,
    licence: m.open.licence,
    open: w.fmt.number(m.open.score, 0),
    gap: w.fmt.number(m.gapPoints, 0),
    gapPct: w.fmt.percent(m.gapPct / 100, 2),
    min: later ? w.fmt.number((m as ArenaMonthLater).monthMin, 0) : '',
    mean: later ? w.fmt.number((m as ArenaMonthLater).monthMean, 1) : '',
  });
  return words;
}

/** The annotation texts of the gap chart, long and short. */
export function gapAnnotations(w: Words, narrowest: ArenaMonth, full: ArenaMonth, later?: ArenaMonth): import('../../lib/chart/gap').AnnotationInput[] {
  const g = w.t.openClosed.gap;
  const pts = (m: ArenaMonth) => ({ gap: w.fmt.number(m.gapPoints, 0), gapPct: w.fmt.percent(m.gapPct / 100, 2), model: m.open.model });
  // The AI Index publishes one decimal (8.0 %, 1.7 %): keep it, trailing zero included.
  const ref = (id: string) => {
    const v = GAP_REFERENCES.find((r) => r.id === id)?.gapPct;
    return v === undefined ? w.t.common.notDefined.dash : `${v.toFixed(1)}%`;
  };
  return [
    { id: 'narrowest', text: fill(g.narrowest, pts(narrowest)), short: g.narrowestShort },
    { id: 'ai-index-2024', text: fill(g.aiIndexEarly, { value: ref('ai-index-2024') }), short: fill(g.aiIndexShort, { value: ref('ai-index-2024') }) },
    { id: 'ai-index-2025', text: fill(g.aiIndex, { value: ref('ai-index-2025') }), short: fill(g.aiIndexShort, { value: ref('ai-index-2025') }) },
    { id: 'narrowest-full', text: fill(g.narrowestFull, pts(full)), short: fill(g.narrowestFullShort, pts(full)) },
    ...(later
      ? [
          { id: 'later-narrowest' as const, text: fill(g.laterNarrowest, { ...pts(later), month: monthName(later.month, w.locale) }), short: fill(g.laterNarrowestShort, pts(later)) },
          { id: 'break' as const, text: g.breakNote, short: g.breakShort },
        ]
      : []),
    { id: 'epoch', text: g.epoch, short: g.epochShort },
  ];
}
