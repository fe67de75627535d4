/**
 * Every block of build-time words, by id, rendered for the current language (ui.locale).
 * The prerender calls renderProse() before rendering a page; `<Prose id>` places each block.
 * Server only: the browser bundle never imports this module or the components below.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { ui } from '../lib/state/ui.svelte';
import { withoutMarkers } from '../lib/prose';
import { proseWords } from '../lib/i18n/prose';
import { chartSources } from '../lib/data/valueChain';
import { DAY6, DAY6_CHARTS, PRICING, HOURLY_INCOME, OFF_PEAK_WINDOW, shareOfIncomeIn } from '../lib/data/deepseekDay';
import { fill } from '../lib/i18n';
import { EVENTS } from '../lib/data/openClosed';
import { EVENT_RECORDS, timelineSources } from '../lib/data/openClosedCitations';
import { ARENA_SOURCE, ARENA_LATER_SOURCE, GAP_REFERENCES } from '../lib/data/arena';
import { priceListSources, COST_CHART, COST_METHOD } from '../lib/data/priceLists';
import Intro from './Intro.svelte';
import MethodNote from './MethodNote.svelte';
import Note from './Note.svelte';
import SmileText from './SmileText.svelte';
import OpenClosedText from './OpenClosedText.svelte';
import FigureNotes from './FigureNotes.svelte';
import EventDetail from './EventDetail.svelte';
import TimelineTable from './TimelineTable.svelte';
import GapTable from './GapTable.svelte';
import SmileTable from './SmileTable.svelte';
import CsvLink from './CsvLink.svelte';
import { renderStoryBlocks } from './storyBlocks';
import { markChineseRuns } from './langMarkup';
import { renderPriceWarBlocks } from './priceWarBlocks';
import { embedPage } from '../lib/embed/mode';

/** Figures whose data does not change with the reader's input: their CSV is a file, built once. */
export const FIXED_CSV_FIGURES = ['open-timeline', 'arena-gap'] as const;

export function renderProse(): Map<string, string> {
  const p = proseWords(ui.locale);
  const out = new Map<string, string>();
  const add = <P extends Record<string, unknown>>(id: string, C: Component<P>, props: P) =>
    out.set(id, withoutMarkers(render(C as Component<Record<string, unknown>>, { props }).body));

  add('intro', Intro, {});
  add('calculator/lead', Note, { text: p.calculator.lead, className: 'lead' });
  add('calculator/method', MethodNote, {});
  add('smile/intro', SmileText, { part: 'intro' });
  add('smile/reading', SmileText, { part: 'reading' });
  add('open-closed/intro', OpenClosedText, { part: 'intro' });
  add('open-closed/middle', OpenClosedText, { part: 'middle' });
  add('open-closed/end', OpenClosedText, { part: 'end' });

  const wn = p.calculator.waterfall.notes;
  add('margin-waterfall/notes', FigureNotes, { notes: [wn.order, wn.revenue], sources: [DAY6, PRICING] });
  const mt = p.calculator.timeline.notes;
  // The Feb-2025 list (deepseek-pricing) is already in the waterfall's sources: one entry per page.
  const listSources = priceListSources().filter((s) => s.id !== PRICING.id);
  add('margin-over-time/notes', FigureNotes, { notes: [mt.caveat, embedPage() ? mt.conventionEmbed : mt.convention, embedPage() ? mt.successorEmbed : mt.successor, mt.v4, mt.scale, mt.missing], sources: listSources });
  add('serving-costs/notes', FigureNotes, { notes: [p.calculator.costs.notes.read], sources: [COST_CHART, COST_METHOD] });
  const dn = p.calculator.day.notes;
  const night = ui.fmt.percent(shareOfIncomeIn(HOURLY_INCOME, OFF_PEAK_WINDOW), 1);
  add('day-profile/notes', FigureNotes, { notes: [dn.estimate, embedPage() ? dn.costEmbed : dn.cost, fill(dn.window, { share: night })], sources: [DAY6_CHARTS, DAY6, PRICING] });
  add('smile-curve/notes', FigureNotes, { notes: [p.smile.notes.kinds, p.smile.notes.size, p.smile.notes.missing], sources: chartSources() });
  const tn = p.openClosed.timeline.notes;
  add('open-timeline/notes', FigureNotes, { notes: [tn.dense, tn.open, tn.dates, tn.later], sources: timelineSources() });
  const gn = p.openClosed.gap.notes;
  const gapSources = [ARENA_SOURCE, ARENA_LATER_SOURCE, ...GAP_REFERENCES.map((r) => r.source)];
  add('arena-gap/notes', FigureNotes, { notes: [gn.method, gn.tie, gn.full, gn.later, gn.stale, gn.references], sources: gapSources });

  add('smile-curve/table', SmileTable, {});
  add('open-timeline/table', TimelineTable, {});
  add('arena-gap/table', GapTable, {});
  for (const id of FIXED_CSV_FIGURES) add(`${id}/csv`, CsvLink, { id });
  for (const e of EVENT_RECORDS) add(`event/${e.id}`, EventDetail, { event: e });
  for (const [key, text] of Object.entries(p.smile.pointNotes)) add(`smile-note/${key}`, Note, { text });
  renderStoryBlocks(add);
  renderPriceWarBlocks(out);
  // Every block, whoever rendered it: each run of Chinese gets its lang.
  for (const [id, html] of out) out.set(id, markChineseRuns(html, ui.locale));
  if (EVENT_RECORDS.length !== EVENTS.length) throw new Error('Every timeline event needs a citation');
  return out;
}
