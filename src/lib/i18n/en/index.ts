/** The English dictionary, loaded on demand like every other locale. */
import { common } from './common';
import { calculator } from './calculator';
import { smile } from './smile';
import { openClosed } from './openClosed';
import { priceWar } from './priceWar';

export const en = { common, calculator, smile, openClosed, priceWar };
