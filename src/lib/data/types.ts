/**
 * The shape of every sourced figure on the page. Pure types, no DOM.
 *
 * A figure's *kind* says how much weight it can bear:
 * - filing: audited or regulatory accounts
 * - company-claim: the company's own release, post or call
 * - press-report: journalists citing private or leaked documents
 * - estimate: analysts, or values read off a chart
 * - our-calculation: derived here from other figures (the formula is in `formula`)
 */
export type Kind = 'filing' | 'company-claim' | 'press-report' | 'estimate' | 'our-calculation';

export const KINDS: readonly Kind[] = [
  'filing',
  'company-claim',
  'press-report',
  'estimate',
  'our-calculation',
] as const;

/**
 * A citable source. Title and quote stay in the source's own language. The quote (the exact
 * words or table a figure comes from) is build-time only: see CitedSource and quotes.ts.
 */
export interface Source {
  /** Stable id, used to link figures and notes to the source list. */
  id: string;
  title: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when only the month is known). */
  date: string;
  /** Absolute https address. */
  url: string;
}

/** A source with its quote, as the build-time modules (openClosedCitations.ts) keep it. */
export interface CitedSource extends Source {
  /** The exact words or table the figure comes from. */
  quote: string;
}

export interface Figure {
  value: number;
  /** Machine unit, e.g. 'usd', 'usd-per-gpu-hour', 'nodes', 'tokens', 'percent'. */
  unit: string;
  /**
   * What period the figure covers. Where the page shows it, it is a key of the locale files'
   * words (the smile chart's figures: `smile.periods`); elsewhere, plain English notes.
   */
  period: string;
  kind: Kind;
  source: Source;
  /** For 'our-calculation': how it is derived. */
  formula?: string;
}

/** Figures that are filled (solid) marks vs hollow marks in charts. */
export function isFirstHand(kind: Kind): boolean {
  return kind === 'filing' || kind === 'company-claim';
}
