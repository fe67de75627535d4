/**
 * The Traditional Chinese dictionary (Taiwan phrasing), loaded on demand like the others. Its
 * parts are converted from the Simplified ones at build time (src/build/traditional.ts).
 */
import type { Messages } from '../index';
import { common } from './common';
import { calculator } from './calculator';
import { smile } from './smile';
import { openClosed } from './openClosed';
import { priceWar } from './priceWar';

export const zhHant: Messages = { common, calculator, smile, openClosed, priceWar };
