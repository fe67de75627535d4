/**
 * Entry point, small on purpose: read the address and the page's language, and let the
 * islands wake one by one (src/islands/boot.ts). No framework code runs until an island
 * does. Each language is its own prerendered page: an address asking for another language
 * (?lang=) goes to that page, with the same scenario.
 */
import { decode } from './lib/state/url';
import { isLocale, DEFAULT_LOCALE, type Locale } from './lib/i18n';
import { isEmbedSection, pageName } from './lib/embed/registry';
import { postHeight } from './lib/embed/height';
import { bootIslands } from './islands/boot';
import './styles/global.css';
import './styles/story.css';

const target = document.getElementById('app')!;
const pageLocale: Locale = isLocale(target.dataset.locale) ? target.dataset.locale : DEFAULT_LOCALE;
const embedAttr = target.dataset.embed;
const embed = isEmbedSection(embedAttr) ? embedAttr : null;
const root = document.documentElement;

const state = decode(location.search);
if (state.locale && state.locale !== pageLocale) {
  // Keep the address as it is: the other page decodes the same language (the first spelling
  // wins), so it never sends the reader on again, and it reports what the address held.
  location.replace(pageName(state.locale, embed) + location.search + location.hash);
} else {
  root.classList.add('js');
  if (embed) postHeight();
  bootIslands({
    locale: pageLocale,
    state,
    watchAtOnce: embed !== null,
    address: {
      // index.html hid the scenario's numbers until its islands show them.
      scenario: root.classList.contains('scenario-pending'),
      theme: state.theme !== null,
      issues: state.entries.length > 0,
    },
    onScenarioShown: () => root.classList.remove('scenario-pending'),
  });
}
