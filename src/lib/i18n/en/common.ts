/** Words shared by every section: page chrome, figure frames, kinds of figure. */
export const common = {
  site: {
    title: 'Where do AI model makers make money?',
    description:
      'An interactive explainer of the economics of large AI models: rebuild DeepSeek’s claimed 545% cost-profit margin for one day of inference, see where profit sits along the value chain, and follow the early-2025 shift to open weights.',
    skipLink: 'Skip to the story',
    languageLabel: 'Language',
    themeLabel: 'Colour theme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    footer:
      'Every figure links to its source. Figures are computed in your browser; nothing you do here is sent anywhere.',
    footerLicense: 'Code under the MIT licence. Data from the sources cited.',
    urlNotice: 'Some settings in the link were not understood or were out of range and have been ignored or adjusted: {names}.',
    dismiss: 'Dismiss',
  },
  frame: {
    notes: 'Notes',
    sourcesCount: 'Sources ({n})',
    source: 'Source',
    showTable: 'Show the data as a table',
    actions: 'Share, embed or download this chart',
    copyLink: 'Copy link to this scenario',
    copied: 'Link copied',
    copyFailed: 'Copy failed: select the address bar to copy the link',
    embed: 'Embed code',
    embedHint: 'Paste this into your page. The chart resizes itself if you include the script line.',
    downloadCsv: 'Download data (CSV)',
    kind: 'Kind',
    period: 'Period',
    quote: 'Quote',
    published: 'Published',
    fullStory: 'Read the full story',
  },
  /** Punctuation that differs between languages (Chinese uses full-width colons and brackets). */
  join: {
    colon: '{a}: {b}',
    paren: '{a} ({b})',
  },
  kinds: {
    filing: 'Filing',
    'company-claim': 'Company claim',
    'press-report': 'Press report',
    estimate: 'Estimate',
    'our-calculation': 'Our calculation',
  },
  kindDescriptions: {
    filing: 'Audited or regulatory accounts.',
    'company-claim': 'The company’s own release, post or earnings call.',
    'press-report': 'Journalists citing private or leaked documents; unaudited.',
    estimate: 'An analyst’s estimate, or a value read off a published chart.',
    'our-calculation': 'Derived on this page from other sourced figures.',
  },
  notDefined: {
    dash: '—',
    zeroCost: 'not defined: the cost is zero',
    zeroRevenue: 'not defined: the revenue is zero',
    zeroOutput: 'not defined: there are no output tokens',
  },
} as const;
