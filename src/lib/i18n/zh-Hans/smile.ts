import type { Dict } from '../types';
import type { smile as en } from '../en/smile';

export const smile: Dict<typeof en> = {
  heading: 'TK',
};
