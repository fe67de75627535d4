import type { Dict } from '../types';
import type { openClosed as en } from '../en/openClosed';

export const openClosed: Dict<typeof en> = {
  heading: 'TK',
};
