/**
 * Text for a ratio that may not be defined, or may be too large to mean anything: the
 * number; or "—" with the reason; or "more than 10,000%" with the reason.
 */
import { beyondLimit, SANE_RATIO_LIMIT, type Ratio } from '../model/ratio';

export interface NotDefinedWords {
  dash: string;
  zeroCost: string;
  zeroRevenue: string;
  zeroOutput: string;
}

/** Words for a ratio beyond the sane range: "more than {v}", "less than {v}", and why. */
export interface BeyondWords {
  above: string;
  below: string;
  /** Why the ratio is shown capped (e.g. "the cost is tiny next to the revenue"). */
  reason: string;
}

export interface RatioText {
  text: string;
  reason?: string;
  /** Set when the text is a cap, not the value. */
  beyond?: 'above' | 'below';
}

export function describeRatio(
  r: Ratio,
  format: (v: number) => string,
  words: NotDefinedWords,
  /** Cap the ratio at ±limit (default ±100, i.e. ±10,000%) with these words; omit to print any value. */
  beyond?: BeyondWords,
  limit = SANE_RATIO_LIMIT,
): RatioText {
  if (r.ok) {
    const side = beyond ? beyondLimit(r, limit) : null;
    if (!side || !beyond) return { text: format(r.value) };
    const text = (side === 'above' ? beyond.above : beyond.below).replace('{v}', format(side === 'above' ? limit : -limit));
    return { text, reason: beyond.reason, beyond: side };
  }
  const reason = r.reason === 'zero-cost' ? words.zeroCost : r.reason === 'zero-revenue' ? words.zeroRevenue : words.zeroOutput;
  return { text: words.dash, reason };
}

/**
 * A ratio known to be defined, as a percentage, capped at ±limit (±10,000%) with the words
 * "more than {v}" / "less than {v}": for places that show a scenario's margin in passing
 * (the smile chart's DeepSeek point), where a printed −87,071,900% would mean nothing.
 */
export function cappedPercent(
  value: number,
  digits: number,
  percent: (v: number, digits: number) => string,
  words: { above: string; below: string },
  limit = SANE_RATIO_LIMIT,
): string {
  if (!Number.isFinite(value)) return percent(value, digits);
  if (value > limit) return words.above.replace('{v}', percent(limit, 0));
  if (value < -limit) return words.below.replace('{v}', percent(-limit, 0));
  return percent(value, digits);
}
