/**
 * Keyboard movement between the marks of a chart (one mark in the tab order at a time):
 * Right/Down go to the next mark, Left/Up to the previous, Home and End to the ends.
 * Pure: returns the index to focus, or null when the key is not a movement key.
 */
export function nextMarkIndex(key: string, current: number, count: number, wrap = false): number | null {
  if (count <= 0) return null;
  const target =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? current + 1
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? current - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : null;
  if (target === null) return null;
  return wrap ? (target + count) % count : Math.max(0, Math.min(count - 1, target));
}
