import type { Options } from '@sveltejs/vite-plugin-svelte';

/**
 * Svelte options shared by the client build, the prerender and the tests, so that the
 * server-rendered HTML and the browser's code agree on scoped class names.
 */
export const svelteOptions: Partial<Options> = {
  compilerOptions: {
    // Short scoped-class names ("s-1abcde" rather than "svelte-1abcde"): they repeat in
    // every template, so this trims the page's JavaScript and CSS.
    cssHash: ({ hash, css }) => `s-${hash(css)}`,
    discloseVersion: false,
  },
};
