/**
 * The colour of a chart mark or swatch, by name. A mark takes the class `ink-<name>`
 * (src/styles/global.css), which sets its CSS `color`; its fill, stroke or background use
 * `currentColor`. A class rather than a `style` attribute: the page's Content-Security-Policy
 * has `style-src 'self'` with no 'unsafe-inline', so inline styles would be dropped.
 */
export const INKS = [
  'blue',
  'orange',
  'green',
  'sky',
  'yellow',
  'purple',
  'grey',
  'revenue',
  'cost',
  'profit',
  'negative',
  'shade',
] as const;

export type Ink = (typeof INKS)[number];

/** The class that gives an element this colour, e.g. "ink-blue". */
export function inkClass(ink: Ink): string {
  return `ink-${ink}`;
}

