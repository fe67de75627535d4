/** Words for one timeline event or one Arena month, from the dictionary and formatter. */
import type { Messages } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/types';
import type { Formatter } from '../../lib/format/number';
import { fill } from '../../lib/i18n';
import { parseDay, type OpenClosedEvent, type EventType } from '../../lib/data/openClosed';
import { GAP_REFERENCES, type ArenaMonth } from '../../lib/data/arena';
import type { Source } from '../../lib/data/types';
import { formatDay } from '../../lib/chart/timeline';

export interface Words {
  t: Messages;
  fmt: Formatter;
  locale: Locale;
}

export interface EventDetail {
  id: string;
  aria: string;
  date: string;
  iso: string;
  org: string;
  label: string;
  text: string;
  type: string;
  licence: string | null;
  kind: string;
  source: Source;
}

export const TYPE_COLOUR: Record<EventType, string> = {
  'open-weights': 'var(--c-blue)',
  'open-code': 'var(--c-sky)',
  closed: 'var(--c-orange)',
  pricing: 'var(--c-yellow)',
  statement: 'var(--c-purple)',
  legal: 'var(--c-grey)',
};

export function eventWords(w: Words, e: OpenClosedEvent): { label: string; text: string } {
  const ev = (w.t.openClosed.events as Record<string, { label: string; text: string }>)[e.id];
  return { label: ev?.label ?? e.id, text: ev?.text ?? e.id };
}

export function eventDetail(w: Words, e: OpenClosedEvent): EventDetail {
  const t = w.t.openClosed;
  const { label, text } = eventWords(w, e);
  const date = formatDay(parseDay(e.date), w.locale);
  const type = t.types[e.type];
  return {
    id: e.id,
    aria: fill(t.timeline.markLabel, { date, text, type }),
    date,
    iso: e.date,
    org: t.orgs[e.org],
    label,
    text,
    type,
    licence: e.licence ?? null,
    kind: w.t.common.kinds[e.kind],
    source: e.source,
  };
}

/** "Jan 2025" for a YYYY-MM month. */
export function monthName(month: string, locale: Locale): string {
  return formatDay(parseDay(`${month}-01`), locale, 'month');
}

export function monthLabel(w: Words, m: ArenaMonth): string {
  return fill(w.t.openClosed.gap.pointLabel, {
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
  });
}

/** The annotation texts of the gap chart, long and short. */
export function gapAnnotations(w: Words, narrowest: ArenaMonth, full: ArenaMonth): import('../../lib/chart/gap').AnnotationInput[] {
  const g = w.t.openClosed.gap;
  const pts = (m: ArenaMonth) => ({ gap: w.fmt.number(m.gapPoints, 0), gapPct: w.fmt.percent(m.gapPct / 100, 2), model: m.open.model });
  // The AI Index publishes one decimal (8.0 %, 1.7 %): keep it, trailing zero included.
  const ref = (id: string) => {
    const v = GAP_REFERENCES.find((r) => r.id === id)?.gapPct;
    return v === undefined ? w.t.common.notDefined.dash : `${v.toFixed(1)}%`;
  };
  return [
    { id: 'narrowest', text: fill(g.narrowest, pts(narrowest)), short: g.narrowestShort },
    { id: 'narrowest-full', text: fill(g.narrowestFull, pts(full)), short: fill(g.narrowestFullShort, pts(full)) },
    { id: 'ai-index-2024', text: fill(g.aiIndexEarly, { value: ref('ai-index-2024') }), short: fill(g.aiIndexShort, { value: ref('ai-index-2024') }) },
    { id: 'ai-index-2025', text: fill(g.aiIndex, { value: ref('ai-index-2025') }), short: fill(g.aiIndexShort, { value: ref('ai-index-2025') }) },
    { id: 'epoch', text: g.epoch, short: g.epochShort },
  ];
}
