/** Words for the smile section. */
export const smile = {
  heading: 'TK',
} as const;
