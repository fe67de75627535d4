/**
 * Words that never change once the page is built: narrative paragraphs, notes, fact checks,
 * citations with their quotes, the event details of the timeline. The prerender renders them
 * (from the server-only components in src/prose/) into the HTML, and the browser keeps what it
 * was sent: a `<Prose id>` block is an `{@html}` block, which hydration claims without
 * comparing (Svelte: "the client value will be ignored in favour of the server value"). So the
 * words travel once, in the HTML, and the client bundle carries only the block's id.
 * Pure: no DOM.
 */

/** Rendered HTML for each block id, for the page being rendered. Only the server sets it. */
let blocks: ReadonlyMap<string, string> | null = null;

/** The placeholder a client passes to hydration; never shown (the server's nodes are kept). */
export const KEEP = '<!--prose-->';

/** Called by the prerender (and server-side tests) before each render. */
export function provideProse(rendered: ReadonlyMap<string, string> | null): void {
  blocks = rendered;
}

/** A block's HTML on the server; on the client, the placeholder that keeps the server's nodes. */
export function proseHtml(id: string): string {
  if (!blocks) return KEEP;
  const html = blocks.get(id);
  if (html === undefined) throw new Error(`Unknown prose block "${id}"`);
  return html;
}

/**
 * Svelte's hydration markers are comments; an `{@html}` block ends at the first empty one, so
 * a rendered block must not contain any. Its nodes are never hydrated, so nothing needs them.
 */
export function withoutMarkers(html: string): string {
  return html.replace(/<!--[^]*?-->/g, '');
}
