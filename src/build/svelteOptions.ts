import type { Options } from '@sveltejs/vite-plugin-svelte';

/**
 * Svelte options shared by the client build, the prerender and the tests, so that the
 * server-rendered HTML and the browser's code agree on scoped class names.
 */
export const svelteOptions: Partial<Options> = {
  compilerOptions: {
    // Short scoped-class names ("s-1abcd" rather than "svelte-1abcdef"): they repeat in
    // every template, so this trims the page's JavaScript and CSS. Five base-36
    // characters leave a few dozen components a chance of collision near one in a million.
    cssHash: ({ hash, css }) => `s-${hash(css).slice(0, 5)}`,
    discloseVersion: false,
    // Every component in runes mode (also those with no rune of their own): no legacy-mode
    // runtime in the bundle.
    runes: true,
  },
};
