import type { Dict } from '../types';
import type { common as en } from '../en/common';

export const common: Dict<typeof en> = {
  site: {
    title: 'AI 大模型公司靠什么赚钱？',
    description:
      '一份可交互的大模型经济学解读：核算 DeepSeek 所称一天推理服务 545% 的成本利润率，看清产业链上利润落在哪里，回顾 2025 年初的开源转向。',
    skipLink: '跳到正文',
    languageLabel: '语言',
    themeLabel: '配色',
    themeAuto: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    footer: '每个数字都附有来源。所有计算都在你的浏览器里完成，你在这里的操作不会被发送到任何地方。',
    footerLicense: '代码以 MIT 许可发布。数据来自所引来源。',
    urlNotice: '链接中有部分设置无法识别或超出范围，已忽略或调整：{names}。',
    dismiss: '关闭',
  },
  frame: {
    notes: '说明',
    sourcesCount: '来源（{n}）',
    source: '来源',
    showTable: '以表格查看数据',
    actions: '分享、嵌入或下载此图表',
    copyLink: '复制此情景的链接',
    copied: '链接已复制',
    copyFailed: '复制失败：请从地址栏复制链接',
    embed: '嵌入代码',
    embedHint: '把这段代码粘贴到你的网页中。加上脚本那一行，图表会自动调整高度。',
    downloadCsv: '下载数据（CSV）',
    kind: '类型',
    period: '时期',
    quote: '原文',
    published: '发布日期',
    fullStory: '阅读全文',
  },
  join: {
    colon: '{a}：{b}',
    paren: '{a}（{b}）',
  },
  kinds: {
    filing: '财报/监管文件',
    'company-claim': '公司自述',
    'press-report': '媒体报道',
    estimate: '估算',
    'our-calculation': '本页计算',
  },
  kindDescriptions: {
    filing: '经审计或向监管机构提交的财务数据。',
    'company-claim': '公司自己发布的公告、文章或财报电话会内容。',
    'press-report': '媒体援引内部或泄露文件的报道，未经审计。',
    estimate: '分析师的估算，或从已发布图表上读出的数值。',
    'our-calculation': '本页根据其他有来源的数字推算得出。',
  },
  notDefined: {
    dash: '—',
    zeroCost: '无法计算：成本为零',
    zeroRevenue: '无法计算：收入为零',
    zeroOutput: '无法计算：没有输出 token',
  },
};
