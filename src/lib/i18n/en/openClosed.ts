/** Words for the openClosed section. */
export const openClosed = {
  heading: 'TK',
} as const;
