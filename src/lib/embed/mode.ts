/**
 * Whether the page being rendered (at build) or hydrated (in the browser) is an embed: a
 * chart's frame shows its embed form there (no references to the rest of the story, a
 * compact source line). The build sets it per page; the browser reads the page's own mark
 * (`data-embed` on #app), so hydration meets what the build wrote.
 */
let building: string | null = null;

/** Called by the prerender before rendering each page (null: the story). */
export function setEmbedPage(page: string | null): void {
  building = page;
}

/** The embed page's name, or null on the story. */
export function embedPage(): string | null {
  if (typeof document === 'undefined') return building;
  return document.getElementById('app')?.dataset.embed ?? null;
}
