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
