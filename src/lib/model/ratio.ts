/**
 * A quotient that may not be defined. Dividing by zero never yields Infinity or NaN on
 * the page: the model returns a reason instead, which the page shows as "—" plus words.
 */
export type NotDefinedReason = 'zero-cost' | 'zero-revenue' | 'zero-output';

export type Ratio = { ok: true; value: number } | { ok: false; reason: NotDefinedReason };

export function ratio(numerator: number, denominator: number, reason: NotDefinedReason): Ratio {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) {
    return { ok: false, reason };
  }
  return { ok: true, value: numerator / denominator };
}
