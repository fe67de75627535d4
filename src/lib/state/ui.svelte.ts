/**
 * Shared UI state: the reader's language and colour theme, and the dictionary and
 * formatter that follow from the language. Components read `ui.t` and `ui.fmt`.
 * (At build time the prerender sets the locale before each render.)
 */
import { messages, DEFAULT_LOCALE, type Locale, type Messages } from '../i18n';
import { createFormatter, type Formatter } from '../format/number';
import type { UrlIssue } from './url';

export type Theme = 'auto' | 'light' | 'dark';

class UiState {
  locale = $state<Locale>(DEFAULT_LOCALE);
  theme = $state<Theme>('auto');
  /** Names of address parameters that were ignored or adjusted. */
  urlIssues = $state<UrlIssue[]>([]);
  readonly t: Messages = $derived(messages(this.locale));
  readonly fmt: Formatter = $derived(createFormatter(this.locale));
}

export const ui = new UiState();
