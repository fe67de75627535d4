/**
 * A quotient that may not be defined. Dividing by zero never yields Infinity or NaN on
 * the page: the model returns a reason instead, which the page shows as "—" plus words.
 */
export type NotDefinedReason = 'zero-cost' | 'zero-revenue' | 'zero-output';

export type Ratio = { ok: true; value: number } | { ok: false; reason: NotDefinedReason };

/** Denominators below this (dollars, or millions of tokens) count as zero: rounding residue, not data. */
export const EFFECTIVELY_ZERO = 1e-9;

export function ratio(numerator: number, denominator: number, reason: NotDefinedReason): Ratio {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator < EFFECTIVELY_ZERO) {
    return { ok: false, reason };
  }
  const value = numerator / denominator;
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason };
}

/**
 * Beyond ±100 (±10,000%) a margin says more about a denominator that is nearly zero than
 * about the business: a cost of one cent against half a million dollars of revenue is a
 * cost-profit margin of 4,495,802,780%. The page shows such ratios as "more than 10,000%",
 * with the reason, instead of the number.
 */
export const SANE_RATIO_LIMIT = 100;

/** Where a defined ratio sits against a limit: inside it, or beyond it above or below. */
export function beyondLimit(r: Ratio, limit = SANE_RATIO_LIMIT): 'above' | 'below' | null {
  if (!r.ok) return null;
  return r.value > limit ? 'above' : r.value < -limit ? 'below' : null;
}
