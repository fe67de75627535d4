/**
 * Vite plugin: after the client build, render the story (and each embeddable section)
 * with svelte/server for every language and write static HTML that the browser hydrates.
 * Output: index.html (English), index.zh-Hans.html, index.zh-Hant.html, embed/<section>.html
 * and embed/<section>.<locale>.html. Readers without JavaScript get the whole story.
 * With SITE_URL set (the address the site is served from), every page also carries absolute
 * canonical, hreflang and og:url links (see siteUrl below and the README, "Build and host").
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { svelteOptions } from './svelteOptions.ts';
import { traditionalChinese } from './traditional.ts';
import { pageName, type EmbedSection } from '../lib/embed/registry.ts';
import type { Locale } from '../lib/i18n/types.ts';

interface SsrModule {
  LOCALES: readonly Locale[];
  EMBED_SECTIONS: readonly string[];
  prepare(): Promise<void>;
  csvFiles(locale: Locale): { path: string; text: string }[];
  renderPage(
    locale: Locale,
    embed: string | null,
  ): { body: string; head: string; title: string; description: string; skipLink: string };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A page's file under dist/: the story, or an embed in embed/. */
export function pageFile(locale: Locale, embed: string | null): string {
  return embed ? `embed/${pageName(locale, embed as EmbedSection)}` : pageName(locale);
}

/**
 * The address the site is served from (SITE_URL, e.g. https://example.org/ai-economics/), with
 * one trailing slash; null when unset. Search engines need absolute canonical and hreflang
 * addresses, and link previews an absolute og:url and og:image, so these come from it.
 */
export function siteUrl(value = process.env.SITE_URL): string | null {
  const v = value?.trim();
  if (!v) return null;
  const url = new URL(v.endsWith('/') ? v : `${v}/`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${v}`);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Tags that need SITE_URL; the build says it leaves them out when it is not set. */
export const SITE_URL_TAGS = 'rel=canonical, hreflang alternates, og:url (and og:image stays relative)';

/** Open Graph locale of each page (language_TERRITORY). */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW' };

/** The share image of a language, in static/: its title is in that language (scripts/share-images.mjs). */
export function shareImage(locale: Locale): string {
  return `share.${locale}.png`;
}

export function headTags(
  locale: Locale,
  embed: string | null,
  page: { title: string; description: string; head: string },
  locales: readonly Locale[],
  site: string | null = siteUrl(),
) {
  const up = embed ? '../' : '';
  // An embed's canonical is its story page: the embed itself is not for search results.
  const story = (l: Locale) => new URL(pageFile(l, null), site!).href;
  const tags = [
    `<title>${escapeText(page.title)}</title>`,
    `<meta name="description" content="${escapeAttr(page.description)}" />`,
    `<meta property="og:title" content="${escapeAttr(page.title)}" />`,
    `<meta property="og:description" content="${escapeAttr(page.description)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:locale" content="${OG_LOCALE[locale]}" />`,
    ...locales.filter((l) => l !== locale).map((l) => `<meta property="og:locale:alternate" content="${OG_LOCALE[l]}" />`),
    `<meta property="og:image" content="${site ? new URL(shareImage(locale), site).href : up + shareImage(locale)}" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:image:alt" content="${escapeAttr(page.title)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ];
  if (site) {
    tags.push(`<meta property="og:url" content="${story(locale)}" />`, `<link rel="canonical" href="${story(locale)}" />`);
    if (!embed) {
      for (const l of locales) tags.push(`<link rel="alternate" hreflang="${l}" href="${story(l)}" />`);
      tags.push(`<link rel="alternate" hreflang="x-default" href="${story('en')}" />`);
    }
  }
  if (embed) tags.push('<meta name="robots" content="noindex" />');
  return tags.join('\n    ') + page.head;
}

/** The page's one inline script (index.html's head: theme and scenario before the first paint). */
const INLINE_SCRIPT = /<script>([^]*?)<\/script>/;

/**
 * The Content-Security-Policy every page carries (and a host may send as a header, see the
 * README): scripts and styles from the page's own origin only, plus the inline head script by
 * its hash; no inline styles; images from the origin, data: and blob: (the PNG/SVG export).
 */
export function contentSecurityPolicy(template: string): string {
  const inline = INLINE_SCRIPT.exec(template)?.[1];
  const hashes = inline === undefined ? [] : [`'sha256-${createHash('sha256').update(inline).digest('base64')}'`];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** One page: the template with the rendered app, its head tags and its language. */
function assemble(template: string, ssr: SsrModule, locale: Locale, embed: string | null, csp = true): string {
  const page = ssr.renderPage(locale, embed);
  let html = template
    .replace('%LANG%', locale)
    // First in <head>, so that it covers the inline script after it.
    // (Not in dev: Vite's dev server injects styles inline.)
    .replace('<meta charset="utf-8" />', csp ? `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(template)}" />` : '$&')
    .replace('<!--app-head-->', headTags(locale, embed, page, ssr.LOCALES))
    .replace('<!--skip-link-->', escapeText(page.skipLink))
    .replace(
      '<div id="app"><!--app-html--></div>',
      `<div id="app" data-locale="${locale}"${embed ? ` data-embed="${embed}"` : ''}>${page.body}</div>`,
    );
  if (embed) html = html.replace(/(href|src)="\.\//g, '$1="../').replace(/<a class="skip-link"[^]*?<\/a>/, '');
  return html;
}

/**
 * The dev server renders each page on request, as the build does, so `npm run dev` hydrates
 * the same HTML (with its build-time words) that readers get.
 */
export function devPages(): Plugin {
  return {
    name: 'dev-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '/').split('?')[0]!;
        const page = /^\/(?:(index)|embed\/([\w-]+))(?:\.(zh-Hans|zh-Hant))?\.html$|^\/$/.exec(path);
        const csv = /^\/data\/([\w-]+?)(?:\.(zh-Hans|zh-Hant))?\.csv$/.exec(path);
        if (!page && !csv) return next();
        try {
          const ssr = (await server.ssrLoadModule('/src/ssr.ts')) as SsrModule;
          await ssr.prepare();
          if (csv) {
            const locale = (csv[2] ?? 'en') as Locale;
            const file = ssr.csvFiles(locale).find((f) => f.path === path.slice(1));
            if (!file) return next();
            res.setHeader('Content-Type', 'text/csv; charset=utf-8');
            return res.end(file.text);
          }
          const locale = (page![3] ?? 'en') as Locale;
          const embed = page![2] ?? null;
          if (embed && !ssr.EMBED_SECTIONS.includes(embed)) return next();
          const template = await server.transformIndexHtml(req.url ?? '/', await readFile(resolve(server.config.root, 'index.html'), 'utf8'));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(assemble(template, ssr, locale, embed, false));
        } catch (e) {
          next(e);
        }
      });
    },
  };
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-svelte',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      if (config.build.ssr || process.env.PRERENDER_CHILD) return;
      const { createServer } = await import('vite');
      const { svelte } = await import('@sveltejs/vite-plugin-svelte');
      process.env.PRERENDER_CHILD = '1';
      const server = await createServer({
        configFile: false,
        root: config.root,
        logLevel: 'error',
        appType: 'custom',
        plugins: [traditionalChinese(), svelte(svelteOptions)],
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const ssr = (await server.ssrLoadModule('/src/ssr.ts')) as SsrModule;
        await ssr.prepare();
        if (!siteUrl()) config.logger.warn(`SITE_URL is not set: the pages leave out ${SITE_URL_TAGS} (README, "Build and host").`);
        const outDir = resolve(config.root, config.build.outDir);
        const template = await readFile(resolve(outDir, 'index.html'), 'utf8');
        await mkdir(resolve(outDir, 'embed'), { recursive: true });
        await mkdir(resolve(outDir, 'data'), { recursive: true });
        for (const locale of ssr.LOCALES) {
          for (const file of ssr.csvFiles(locale)) await writeFile(resolve(outDir, file.path), file.text);
          for (const embed of [null, ...ssr.EMBED_SECTIONS]) {
            await writeFile(resolve(outDir, pageFile(locale, embed)), assemble(template, ssr, locale, embed));
          }
        }
      } finally {
        await server.close();
        delete process.env.PRERENDER_CHILD;
      }
    },
  };
}
