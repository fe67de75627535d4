/**
 * Server-rendered HTML without what changes for reasons other than the chart: Svelte's
 * hydration comments and its scoped class names ("s-" + a hash, see src/build/svelteOptions.ts).
 */
export function withoutSvelteMarks(html: string): string {
  return html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/(?<=class="[^"]*)\s?\bs-[a-z0-9]+\b\s?/g, ' ')
    .replace(/class=" *([^"]*?) *"/g, (_, rest: string) => (rest ? `class="${rest}"` : ''));
}
