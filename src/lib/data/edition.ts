/**
 * This page's own dates, shown under the headline: when it was first published and when it
 * was last brought up to date (the "what happened next" section, 2 Dec 2026). ISO dates.
 * Build time only.
 */
export interface Edition {
  /** First published (the repository's first release of the story). */
  published: string;
  /** Last update of the words and figures. */
  updated: string;
}

export const EDITION: Edition = { published: '2026-11-29', updated: '2026-12-02' };
