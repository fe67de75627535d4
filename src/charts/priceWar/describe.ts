/**
 * The price-war chart's words for each mark: its label, what a screen reader hears, and the
 * rows of its details. Shared by the chart (in the browser) and nothing else; pure.
 */
import { fill, type Messages } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/types';
import { publisherName } from '../../lib/i18n/publisher';
import { formatDate, formatNumber } from '../../lib/format/number';
import { RATE, perMillion, type Currency, type PricePoint, type Published, type Side } from '../../lib/data/prices';
import { KEY_POINTS, priceText } from '../../lib/chart/prices';

export interface Words {
  t: Messages;
  locale: Locale;
}

/** "6 May 2024" / "2024年5月6日"; a month alone when the source gives only the month. */
export function dateText(iso: string, locale: Locale): string {
  return iso.length === 7 ? formatDate(iso, locale, { month: 'long' }) : formatDate(iso, locale, { en: 'en-US' });
}

export function rateText(locale: Locale): string {
  return formatNumber(RATE.value, locale, 2);
}

/** A mark's short label: the model (or its tier); a cut's size. */
export function markName(w: Words, p: PricePoint): string {
  const t = w.t.priceWar;
  if (p.tier === 'cut') return fill(t.mark.cutLabel, { model: p.model, pct: p.cutPct ?? 0 });
  return p.tier === 'off-peak' ? t.mark.offPeakLabel : p.tier === 'promo' ? t.mark.promoLabel : p.model;
}

/** A mark's label: its name, and its price for the key points. */
export function markLabel(w: Words, p: PricePoint, value: number, currency: Currency): string {
  const name = markName(w, p);
  return KEY_POINTS.includes(p.id) && p.tier !== 'cut' ? `${name} ${priceText(value, currency, w.locale)}` : name;
}

/** What a screen reader hears on a mark: model, date, price (and whether converted), tier, kind, source. */
export function markAria(w: Words, p: PricePoint, side: Side, currency: Currency): string {
  const t = w.t.priceWar;
  const kind = w.t.common.kinds[p.kind];
  const date = dateText(p.date, w.locale);
  if (p.tier === 'cut') return fill(t.mark.cutAria, { model: p.model, date, pct: `${p.cutPct}%`, kind, publisher: publisherName(p.price.source.publisher, w.locale, w.t.priceWar.publishers) });
  const pm = perMillion(p, side, currency);
  if (!pm) return fill(t.mark.noPrice, { side: t.sides[side] });
  return fill(t.mark.aria, {
    model: p.model,
    date,
    side: t.sides[side],
    price: priceText(pm.value, currency, w.locale),
    converted: pm.converted ? fill(t.mark.converted, { rate: rateText(w.locale) }) : '',
    tier: t.tiers[p.tier],
    kind,
    publisher: publisherName(pm.source.publisher, w.locale, w.t.priceWar.publishers),
  });
}

/** A price as published: "$0.14 per million tokens", "¥0.0008 per thousand tokens". */
export function publishedText(w: Words, pub: Published, field: 'input' | 'output' | 'cacheHit'): string | null {
  const v = field === 'cacheHit' ? pub.cacheHit : pub[field];
  if (typeof v !== 'number') return null;
  const price = priceText(v, pub.currency, w.locale);
  return fill(pub.per === 1000 ? w.t.priceWar.published.perK : w.t.priceWar.published.perM, { price });
}
