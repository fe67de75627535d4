/**
 * The price-war section's build-time blocks (narrative, fact checks, the figure's notes,
 * sources, table and CSV link), added to the page's blocks by renderProse(). Server only.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { ui } from '../lib/state/ui.svelte';
import { withoutMarkers } from '../lib/prose';
import { proseWords } from '../lib/i18n/prose';
import { fill } from '../lib/i18n';
import { formatNumber } from '../lib/format/number';
import { PRICE_POINTS, priceSources, dayRevenueAt } from '../lib/data/prices';
import { cited } from '../lib/data/priceQuotes';
import { computeDay } from '../lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../lib/model/inputs';
import { rateText } from '../charts/priceWar/describe';
import PriceWarText from './PriceWarText.svelte';
import PriceTable from './PriceTable.svelte';
import FigureNotes from './FigureNotes.svelte';
import { embedPage } from '../lib/embed/mode';

/** What the published day would bill at a point's prices, as a multiple of its GPU rent (our calculation). */
export function timesRent(id: string): number {
  const day = computeDay({ ...DEFAULT_INPUTS });
  const point = PRICE_POINTS.find((p) => p.id === id);
  const revenue = point ? dayRevenueAt(point, day.tokens) : null;
  return revenue === null ? NaN : revenue / day.cost;
}

export function renderPriceWarBlocks(out: Map<string, string>): void {
  const p = proseWords(ui.locale).priceWar;
  const add = <P extends Record<string, unknown>>(id: string, C: Component<P>, props: P) =>
    out.set(id, withoutMarkers(render(C as Component<Record<string, unknown>>, { props }).body));
  const times = (id: string, digits: number) => formatNumber(timesRent(id), ui.locale, digits);

  add('price-war/intro', PriceWarText, { part: 'intro' });
  add('price-war/checks-gpt4', PriceWarText, { part: 'checks-gpt4' });
  add('price-war/middle', PriceWarText, { part: 'middle', vars: { v2Times: times('deepseek-v2', 1), gpt4Times: times('gpt-4-0613', 0) } });
  add('price-war/checks-window', PriceWarText, { part: 'checks-window' });
  const n = p.notes;
  add('api-prices/notes', FigureNotes, {
    notes: [n.input, fill(embedPage() ? n.rateEmbed : n.rate, { rate: rateText(ui.locale) }), n.table, n.doubao, n.dates],
    sources: priceSources().map(cited),
  });
  add('api-prices/table', PriceTable, {});
  add('api-prices/csv', PriceWarText, { part: 'csv' });
}
