import type { Dict } from '../types';
import type { page as en } from '../en/page';

/** 页面外围的构建期文字：页面脚本没有运行时读者看到的说明。 */
export const page: Dict<typeof en> = {
  noscript: '你的浏览器没有运行本页脚本：页面上的文字都可以照常阅读，数字是 DeepSeek 公布的情形。计算器的滑块，以及分享链接里带的情景，都需要脚本才能生效。',
  scenarioFallback: '这个链接带有一组情景设置，但本页脚本没有运行：下面的数字是 DeepSeek 公布的情形，不是链接里的情景。',
};
