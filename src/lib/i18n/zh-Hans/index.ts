/** The Simplified Chinese dictionary, loaded on demand (English readers never download it). */
import type { Messages } from '../index';
import { common } from './common';
import { calculator } from './calculator';
import { smile } from './smile';
import { openClosed } from './openClosed';
import { priceWar } from './priceWar';

export const zhHans: Messages = { common, calculator, smile, openClosed, priceWar };
