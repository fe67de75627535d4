import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { prepare, renderPage, renderWithIslands, LOCALES, EMBED_SECTIONS } from '../../src/ssr';
import { ISLANDS, ISLAND_NAMES, isIslandName, islandMarker } from '../../src/islands/registry';
import Island from '../../src/islands/Island.svelte';
import type { Component } from 'svelte';
import App from '../../src/App.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { provideProse } from '../../src/lib/prose';
import { renderProse } from '../../src/prose/blocks';


beforeAll(prepare);

describe('islands (src/islands)', () => {
  it('the registry names every island once, each with a chunk of its own and its words', async () => {
    expect(ISLAND_NAMES).toEqual(['chrome', 'notice', 'calculator', 'marginTime', 'day', 'smile', 'timeline', 'gap', 'prices']);
    for (const name of ISLAND_NAMES) {
      const spec = ISLANDS[name];
      expect(['visible', 'touch']).toContain(spec.trigger);
      expect(typeof (await spec.load()).default).toBe('function');
    }
    expect(isIslandName('smile')).toBe(true);
    expect(isIslandName('__proto__')).toBe(false);
    expect(isIslandName('toString')).toBe(false);
    // The registry's loaders are dynamic imports, so each island is its own chunk.
    const source = readFileSync('src/islands/registry.ts', 'utf8');
    expect(source.match(/load: \(\) => import\(/g)?.length).toBe(ISLAND_NAMES.length);
  });

  it('places each island of the story once, in reading order, and nothing else hydrates', () => {
    const page = renderPage('en');
    expect(page.islands).toEqual(['chrome', 'notice', 'calculator', 'marginTime', 'day', 'smile', 'timeline', 'gap', 'prices']);
    for (const name of page.islands) expect(page.body.match(new RegExp(`data-island="${name}"`, 'g'))?.length, name).toBe(1);
    expect(page.body).not.toContain('<!--island:');
  });

  it('gives each island exactly its own server render, with Svelte’s markers; the page around them has none', () => {
    ui.locale = 'zh-Hans';
    provideProse(renderProse());
    const page = renderWithIslands(App, { embed: null });
    provideProse(null);
    expect([...page.html.keys()]).toEqual(page.islands);
    let outside = page.body;
    for (const [name, html] of page.html) {
      // Hydration meets exactly this: the island's element holds its own render and nothing else.
      const tag = name === 'chrome' ? 'header' : 'div';
      expect(page.body.includes(`data-island="${name}">${html}</${tag}>`), name).toBe(true);
      expect(html.startsWith('<!--['), name).toBe(true); // a hydration root starts with Svelte's block marker
      outside = outside.replace(html, '');
    }
    // Outside the islands, no hydration marker is left.
    expect(outside).not.toMatch(/<!--(\[[^>]*|\]|[a-z0-9]+)?-->/);
  });

  it('an embed holds only its own chart’s island (the old section addresses: their section’s charts)', () => {
    const expected: Record<string, string[]> = {
      calculator: ['notice', 'calculator'],
      margins: ['notice', 'marginTime'],
      day: ['notice', 'day'],
      smile: ['notice', 'smile'],
      timeline: ['notice', 'timeline'],
      gap: ['notice', 'gap'],
      prices: ['notice', 'prices'],
      'open-closed': ['notice', 'timeline', 'gap'],
      'price-war': ['notice', 'prices'],
    };
    expect(Object.keys(expected).sort()).toEqual([...EMBED_SECTIONS].sort());
    for (const locale of LOCALES) for (const embed of EMBED_SECTIONS) expect(renderPage(locale, embed).islands, `${locale} ${embed}`).toEqual(expected[embed]);
  });

  it('keeps the per-mark details as inert templates outside the islands, one per event and note', () => {
    const { body } = renderPage('en');
    const templates = [...body.matchAll(/<template data-template="([^"]+)">/g)].map((m) => m[1]!);
    expect(templates.filter((id) => id.startsWith('event/')).length).toBeGreaterThan(30);
    expect(templates.filter((id) => id.startsWith('smile-note/')).length).toBeGreaterThan(10);
    ui.locale = 'en';
    provideProse(renderProse());
    const page = renderWithIslands(App, { embed: null });
    provideProse(null);
    for (const html of page.html.values()) expect(html).not.toContain('<template');
  });

  it('each island renders with only the dictionary parts it declares (what the browser will have loaded)', async () => {
    const { render } = await import('svelte/server');
    const { messages, NAMESPACES } = await import('../../src/lib/i18n');
    const { urlIssues } = ui;
    // The notice must also render its lines, which name settings.
    const { decode } = await import('../../src/lib/state/url');
    ui.urlIssues = decode('?gpn=0x10&nodes=1e9&foo=1&lang=fr').entries;
    try {
      for (const name of ISLAND_NAMES) {
        const parts = messages('en') as unknown as Record<string, unknown>;
        const saved = { ...parts };
        const allowed = new Set<string>(['common', ...ISLANDS[name].words]);
        for (const ns of NAMESPACES) if (!allowed.has(ns)) delete parts[ns];
        try {
          const Component = (await ISLANDS[name].load()).default as Component<Record<string, never>>;
          expect(() => render(Component, { props: {} }), name).not.toThrow();
        } finally {
          Object.assign(parts, saved);
        }
      }
    } finally {
      ui.urlIssues = urlIssues;
    }
  });

  it('refuses an island placed twice', () => {
    const Twice = ((anchor: unknown, props: unknown) => {
      (Island as unknown as (a: unknown, p: unknown) => void)(anchor, { name: 'gap' });
      (Island as unknown as (a: unknown, p: unknown) => void)(anchor, { name: 'gap' });
      return props;
    }) as unknown as Component;
    expect(() => renderWithIslands(Twice)).toThrow(/placed twice/);
    expect(islandMarker('gap')).toBe('<!--island:gap-->');
  });
});
