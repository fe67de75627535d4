import type { Dict } from '../types';
import type { smile as en } from '../en/smile';

export const smile: Dict<typeof en> = {
  heading: '微笑曲线：利润落在哪里？',
  lead: '一种流行的说法是：AI 和当年的个人电脑一样，钱都流向产业链的两端，一端是芯片和云，另一端是应用，做模型的公司被夹在中间。下面把这个想法和实际数字放在一起。',
  origin:
    '“微笑曲线”出自宏碁创始人施振荣。他在 1992 年用它解释个人电脑产业：一端的技术与零部件、另一端的品牌与服务附加值最高，中间的组装制造最低。此后经济学家对它做过实证测量，但他们测的是各环节、各行业或各国的增加值（工资加利润），而不是单个公司的利润率。所以把公司利润率画成一条微笑曲线只是类比，并不是对这一理论的检验。',
  points:
    '下图每个标记代表一家公司或一个业务部门，横向位置是它在产业链上的环节，纵向位置是它的利润率。左端和这种说法一致：英伟达每 1 美元销售额留下 60 多美分的营业利润，几家大型云服务商留下约 9 到 43 美分。接下来曲线陡然下跌：有报道数据的模型公司都在亏钱，OpenAI 每挣 1 美元收入要亏掉 1 美元以上。',
  apps: '这种说法认为应用端赚走了利润。但就今天的 AI 应用而言，数字并不支持这一点：有数据可查的 Perplexity 和 Cursor，毛利率都是负的，因为它们付给模型公司和云服务商的钱超过了从用户那里收到的钱。只有把老牌应用巨头放在右端，例如营业利润率接近 57% 的微软生产力与业务流程部门，才会出现“微笑”，而微软并未披露其中有多少来自 AI。',
  verdict:
    '因此，2024–25 年的产业链与其说像微笑，不如说像一条从芯片向应用一路下滑的斜线。施振荣的曲线描述的是成熟产业；AI 的应用端会不会随着时间抬头，仍是一个悬而未决的问题。你可以在营业利润率和毛利率之间切换，隐藏示意曲线，自己判断。',
  caveatsHeading: '阅读时请注意',
  caveats: {
    periods:
      '时期不一致：英伟达的财季截至 2024 年 10 月 27 日，各家云的季度截至 2024 年 12 月 31 日，非上市公司的数字覆盖 2024 全年，Cursor 则是截至 2026 年 1 月的季度。',
    segments:
      '云业务的数字是分部利润率，取决于公司如何分摊共同成本；阿里巴巴披露的是经调整 EBITA（非公认会计准则指标），这里用它代替营业利润率。',
    unaudited:
      'OpenAI、Anthropic、Perplexity 和 Cursor 都是非上市公司，它们的数字来自媒体对内部文件的报道，往往是为融资准备的预测，而不是经审计的账目。',
    chain:
      '上一层的收入就是下一层的成本：英伟达约一半的数据中心收入来自云服务商，模型公司又向云服务商租用算力。因此这些利润率不能沿着产业链简单相加。',
  },
  figure: {
    title: 'AI 产业链各环节的利润率，2024–25 年',
    takeaway: '利润集中在芯片和大型云服务商，到了模型公司急剧下滑；AI 原生应用报道的毛利率为负。',
    chartLabel: '按产业链环节排列的{metric}散点图，共显示 {count} 家公司。按 Tab 键可在公司之间切换。',
  },
  controls: {
    metricLegend: '显示的利润率',
    operating: '营业利润率',
    gross: '毛利率',
    showIdea: '显示示意曲线（施振荣的微笑曲线）',
  },
  metric: {
    operating: '营业利润率',
    gross: '毛利率',
    net: '净利率',
  },
  stages: {
    chips: '芯片',
    cloud: '云',
    models: '基础模型',
    applications: '应用',
  },
  stagesShort: {
    chips: '芯片',
    cloud: '云',
    models: '模型',
    applications: '应用',
  },
  axis: {
    zero: '盈亏平衡',
    apart: 'DeepSeek 自述',
    apartShort: 'DeepSeek',
  },
  idea: {
    label: '设想：施振荣的微笑曲线（仅示意形状）',
    labelShort: '设想（示意）',
  },
  legend: {
    heading: '如何看这些标记',
    filled: '实心：财报或公司公布的数字',
    hollow: '空心：媒体报道或估算（未经审计）',
    incumbent: '方形：老牌应用巨头',
    deepseek: '菱形：DeepSeek 自己的说法，随上方计算器变化',
    size: '面积：年收入（季度收入 × 4）；最小的点：收入未知',
    idea: '虚线：设想，不是数据',
  },
  mark: {
    aria: '{name}，{stage}：{metric} {value}，{period}，{kind}',
    incumbent: '老牌巨头',
    viaSummary: '数字取自业绩摘要',
  },
  detail: {
    hint: '将鼠标悬停、轻触或用 Tab 键选中一个标记，即可查看数字和来源。',
    metric: '数字',
    period: '时期',
    kind: '类型',
    revenue: '收入',
    revenueUnknown: '未知',
    formula: '计算方法',
    source: '来源',
    revenueSource: '收入来源',
    annualised: '（标记大小按年化收入：{value}）',
    converted: '由人民币 {cny} 换算',
  },
  missing: {
    otherMetric: '未显示：{names} 只公布了另一种利润率。',
    notDisclosed: '未显示：{names} 没有公布利润率。',
  },
  deepseek: {
    name: 'DeepSeek（仅推理，理论值）',
    caveat:
      'DeepSeek 的点有意与产业链分开显示：它是某一天推理服务的毛利率，收入是理论值，成本只算了租用的 GPU，不含训练、研究和人员开支。改变上方计算器的设置，这个点会随之移动。',
    claim: 'DeepSeek 公布的数字',
    scenario: '你在计算器中设定的情景',
    operatingView: 'DeepSeek 的数字是毛利率，因此只在毛利率视图中显示。',
    notDefined: 'DeepSeek 的点未显示：{reason}。',
    offScale: '{value}，低于坐标轴下限',
  },
  table: {
    caption: '各公司的{metric}，附时期、数字类型和来源',
    company: '公司或部门',
    stage: '环节',
    value: '利润率',
    period: '时期',
    kind: '类型',
    revenue: '收入（时期）',
    source: '来源',
    notShown: '未公布',
  },
  csv: {
    company: 'company',
    stage: 'stage',
    metric: 'metric',
    value: 'margin_percent',
    period: 'period',
    kind: 'kind',
    revenue: 'revenue_usd',
    revenuePeriod: 'revenue_period',
    source: 'source',
    url: 'url',
  },
  notes: {
    kinds:
      '我们根据公司数字算出的利润率，沿用原始数字的类型（例如英伟达 62.3% 的营业利润率是用其财报中的营业利润除以收入）；每个标记都附有计算过程。',
    size: '标记面积比较的是年收入，季度收入乘以 4。人民币按 1 美元兑 7.021 元换算，这是阿里巴巴自己公布的数字所隐含的汇率。',
    missing: '华为云和百度智能云公布了收入但没有公布利润率，因此只列在表格中，图上没有标记。',
  },
  pointNotes: {
    nvidia: '公司整体利润率；该季度数据中心业务占收入的 88%。',
    msftCloud: '“微软云”是跨部门的合计口径（Azure、商用 Microsoft 365 等），与微软的两个分部有重叠。',
    msftIntelligentCloud: '分部营业利润取自业绩摘要，未在 10-Q 原文中核对。',
    aws: '分部利润率；亚马逊在各分部之间分摊共同成本。',
    googleCloud: '约 17.5%，来自对 Alphabet 业绩的摘要；按摘要，2024 全年约为 14.1%。',
    alibaba: '截至 2024 年 9 月 30 日季度的经调整 EBITA（非公认会计准则），用来代替营业利润率；未找到 12 月季度的数字。',
    openai: '预计亏损约 50 亿美元、收入约 37 亿美元，不含股权激励。后来泄露的经审计账目显示 2024 年经营亏损为 87.8 亿美元（约 −237%）。',
    anthropic: '仅计付费用户；计入免费用户后，报道的毛利率为 −109%。',
    perplexity: '粗略估算：付给模型 API 和云服务的 5700 万美元中可能有一部分不属于销售成本。',
    cursor: '时期比其他数字晚；同一报道称到 2026 年 3 月毛利率已转正。',
    msftApps: '微软的生产力与商业软件部门：老牌巨头，AI 收入没有单独披露。',
    huawei: '华为公布了云业务收入（2024 年 385 亿元人民币），但没有公布其利润率。',
    baidu: '百度公布了智能云收入（2024 年第四季度 71 亿元人民币），但没有以数字形式公布利润率。',
    deepseek: '仅推理，按 R1 价格计算的理论收入，成本只含 GPU 租金。',
  },
  factcheck: {
    heading: '事实核查：华为云的收入',
    body: '原文称华为云 2024 年收入为 719 亿元。华为 2024 年年报给出的云计算业务收入为 385 亿元人民币，同比增长 8.5%；我们没有找到 719 亿元这一数字的出处。',
    link: '华为 2024 年业绩（Mobile World Live）',
  },
  companies: {
    'nvidia': { name: '英伟达', short: '英伟达' },
    'msft-cloud': { name: '微软云（Microsoft Cloud）', short: '微软云' },
    'msft-intelligent-cloud': { name: '微软智能云（Azure 与服务器）', short: '微软智能云' },
    'aws': { name: '亚马逊云科技（AWS）', short: 'AWS' },
    'google-cloud': { name: '谷歌云', short: '谷歌云' },
    'alibaba-cloud': { name: '阿里云（云智能集团）', short: '阿里云' },
    'huawei-cloud': { name: '华为云', short: '华为云' },
    'baidu-ai-cloud': { name: '百度智能云', short: '百度智能云' },
    'openai': { name: 'OpenAI', short: 'OpenAI' },
    'anthropic': { name: 'Anthropic', short: 'Anthropic' },
    'deepseek': { name: 'DeepSeek（仅推理，理论值）', short: 'DeepSeek' },
    'perplexity': { name: 'Perplexity', short: 'Perplexity' },
    'cursor': { name: 'Cursor（Anysphere）', short: 'Cursor' },
    'msft-apps': { name: '微软生产力与业务流程部门', short: '微软应用' },
  },
};
