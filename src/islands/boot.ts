/**
 * When each island wakes up (src/islands/registry.ts says which rule it follows): when it
 * comes near the viewport or when the reader first touches it, or at once when the address
 * carries something it shows. Plain DOM, no framework: the Svelte runtime (runtime.ts) and
 * each island's chunk and words load only when the first island wakes.
 *
 * On the story, "near the viewport" starts counting once the reader engages with the page
 * (scrolls, presses a key, touches or clicks anywhere): until then the phone only lays out and
 * paints the prerendered page, which reads and links without any script. An embed has no
 * scroll of its own (its host page scrolls it into view), so it watches from the start.
 */
import { ISLANDS, isIslandName, type AddressPart, type IslandName } from './registry';
import { loadWords, type Locale } from '../lib/i18n';
import type { UrlState } from '../lib/state/url';

/** How far outside the viewport an island starts to load: about half a phone screen ahead. */
export const ROOT_MARGIN = '400px 0px';
/** The reader's first touch of an island that is not awake yet. */
const TOUCH_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'touchstart'] as const;

/** The reader engaging with the page: from then on, islands near the viewport wake. */
const ENGAGE_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

export interface BootOptions {
  locale: Locale;
  /** Watch the viewport from the start (embeds), not from the reader's first engagement. */
  watchAtOnce?: boolean;
  /** The decoded address: the live state the islands follow. */
  state: UrlState;
  /** What the address carries. */
  address: Record<AddressPart, boolean>;
  /** Called once every island that shows the address's scenario is hydrated (at once if none). */
  onScenarioShown?: () => void;
}

export function bootIslands(options: BootOptions): void {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-island]')].filter((el) => isIslandName(el.dataset.island));
  const specOf = (el: HTMLElement) => ISLANDS[el.dataset.island as IslandName];
  const eagerFor = (el: HTMLElement) => specOf(el).eagerFor as readonly AddressPart[];
  const started = new Set<HTMLElement>();
  const showingScenario = new Set(options.address.scenario ? elements.filter((el) => eagerFor(el).includes('scenario')) : []);
  const scenarioShown = () => {
    if (showingScenario.size === 0) options.onScenarioShown?.();
  };

  let runtime: Promise<typeof import('./runtime')> | null = null;
  const loadRuntime = () =>
    (runtime ??= import('./runtime').then((r) => {
      r.start(options.locale, options.state);
      return r;
    }));

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) if (entry.isIntersecting) start(entry.target as HTMLElement);
          },
          { rootMargin: ROOT_MARGIN },
        )
      : null;

  function onTouch(this: HTMLElement) {
    start(this);
  }

  function start(el: HTMLElement) {
    if (started.has(el)) return;
    started.add(el);
    observer?.unobserve(el);
    for (const type of TOUCH_EVENTS) el.removeEventListener(type, onTouch);
    const name = el.dataset.island as IslandName;
    const spec = ISLANDS[name];
    el.dataset.islandPending = '';
    Promise.all([loadRuntime(), spec.load(), loadWords(options.locale, ['common', ...spec.words])])
      .then(([r, module]) => {
        r.hydrateIsland(module.default, el);
        el.dataset.hydrated = '';
      })
      .catch((error: unknown) => {
        // The prerendered HTML stays, readable and linked.
        el.dataset.islandFailed = '';
        console.error(`Island "${name}" could not start`, error);
      })
      .finally(() => {
        delete el.dataset.islandPending;
        if (showingScenario.delete(el)) scenarioShown();
      });
  }

  const watched: HTMLElement[] = [];
  for (const el of elements) {
    const spec = specOf(el);
    const eager = eagerFor(el).some((part) => options.address[part]);
    if (eager || (spec.trigger === 'visible' && !observer)) {
      start(el);
      continue;
    }
    if (spec.trigger === 'visible') watched.push(el);
    for (const type of TOUCH_EVENTS) el.addEventListener(type, onTouch, { passive: true });
  }
  scenarioShown();

  const watch = () => {
    for (const type of ENGAGE_EVENTS) removeEventListener(type, watch, { capture: true });
    for (const el of watched) if (!started.has(el)) observer!.observe(el);
  };
  if (watched.length === 0) return;
  if (options.watchAtOnce || scrollY > 0) watch();
  else for (const type of ENGAGE_EVENTS) addEventListener(type, watch, { capture: true, passive: true });
}
