/** Words for the smile section. */
export const smile = {
  heading: 'The smile curve: where does the profit sit?',
  lead: 'A popular story says that in AI, as in PCs, the money goes to the two ends of the chain: chips and cloud on one side, applications on the other, with the model makers squeezed in the middle. Here is that idea next to the numbers.',
  origin:
    'The “smiling curve” comes from Stan Shih, the founder of Acer, who drew it in 1992 to explain the PC industry: the technology and components at one end and the brands and services at the other added the most value, while assembly in the middle added the least. Economists have since measured it, but what they measure is value added (wages plus profits) by stage, industry or country, not the profit margin of a company. Putting company margins on a smile is therefore an analogy, not a test of the theory.',
  points:
    'Each mark below is one company or business segment, placed at its stage of the chain and at its margin. The left end behaves as the story says: NVIDIA kept more than 60 cents of operating profit on each dollar of sales, and the big clouds kept between about 9 and 43 cents. Then the line falls off a cliff: the model makers that have been reported on lose money, OpenAI more than a dollar for every dollar of revenue.',
  apps: 'The story says the application end earns the profit. The figures do not show that for today’s AI applications: the ones with reported numbers, Perplexity and Cursor, had negative gross margins, because what they pay model makers and clouds exceeds what their customers pay them. A smile appears only if you put an incumbent at the right end, such as Microsoft’s productivity and business-software segment, with an operating margin near 57%, and Microsoft does not say how much of that comes from AI.',
  verdict:
    'So in 2024–25 the chain looks less like a smile than a slope falling from chips to apps. Shih’s curve describes a mature industry; whether AI’s application end rises with time is still an open question. Switch between operating and gross margin, hide the idea curve, and judge for yourself.',
  caveatsHeading: 'Read with care',
  caveats: {
    periods:
      'The periods differ: NVIDIA’s quarter ended on 27 October 2024, the clouds’ quarters on 31 December 2024, the private companies’ figures cover 2024 or, for Cursor, the quarter to January 2026.',
    segments:
      'Cloud figures are segment margins, which depend on how a company splits shared costs; Alibaba reports adjusted EBITA, a non-GAAP measure, which is shown here in place of operating margin.',
    unaudited:
      'OpenAI, Anthropic, Perplexity and Cursor are private: their numbers come from press reports of internal documents, often projections made for investors, not audited accounts.',
    chain:
      'One layer’s revenue is the next layer’s cost: about half of NVIDIA’s data-centre revenue came from cloud providers, and model makers rent their computing from the clouds. The margins cannot be added up along the chain.',
  },
  figure: {
    title: 'Margins along the AI value chain, 2024–25',
    takeaway: 'Profit sits with chips and the big clouds and falls steeply through the model makers; AI-native apps report negative gross margins.',
    chartLabel: 'Scatter chart of {metric} by value-chain stage. {count} companies shown. Use Tab to move between companies.',
  },
  controls: {
    metricLegend: 'Margin shown',
    operating: 'Operating margin',
    gross: 'Gross margin',
    showIdea: 'Show the idea curve (Shih’s smile)',
  },
  metric: {
    operating: 'operating margin',
    gross: 'gross margin',
    net: 'net margin',
  },
  stages: {
    chips: 'Chips',
    cloud: 'Cloud',
    models: 'Foundation models',
    applications: 'Applications',
  },
  stagesShort: {
    chips: 'Chips',
    cloud: 'Cloud',
    models: 'Models',
    applications: 'Apps',
  },
  axis: {
    zero: 'Break-even',
    apart: 'DeepSeek’s claim',
    apartShort: 'DeepSeek',
  },
  idea: {
    label: 'The idea: Shih’s smile (shape only)',
    labelShort: 'The idea (shape only)',
  },
  legend: {
    heading: 'How to read the marks',
    filled: 'Filled: filing or company figure',
    hollow: 'Hollow: press report or estimate (unaudited)',
    incumbent: 'Square: incumbent application owner',
    deepseek: 'Diamond: DeepSeek’s own claim, from the calculator',
    size: 'Area: annual revenue (quarters × 4); smallest dots: revenue unknown',
    idea: 'Dashed: the idea, not data',
  },
  mark: {
    aria: '{name}, {stage}: {metric} {value}, {period}, {kind}',
    incumbent: 'incumbent',
    viaSummary: 'read in a summary of the results',
  },
  detail: {
    hint: 'Hover, tap or tab to a mark to see its figure and source.',
    metric: 'Figure',
    period: 'Period',
    kind: 'Kind',
    revenue: 'Revenue',
    revenueUnknown: 'not known',
    formula: 'How computed',
    source: 'Source',
    revenueSource: 'Revenue source',
    annualised: '(annualised for the mark size: {value})',
    converted: 'converted from CNY {cny}',
  },
  missing: {
    otherMetric: 'Not shown: {names} report only another margin.',
    notDisclosed: 'Not shown: {names} do not disclose a margin.',
  },
  deepseek: {
    name: 'DeepSeek (inference only, theoretical)',
    caveat:
      'DeepSeek’s point is apart from the chain on purpose: it is a gross margin for one day of inference, on theoretical revenue, counting only rented GPUs. Training, research and staff are left out. It moves when you change the calculator above.',
    claim: 'DeepSeek’s published claim',
    scenario: 'your calculator scenario',
    operatingView: 'DeepSeek’s figure is a gross margin, so it appears only in the gross-margin view.',
    notDefined: 'DeepSeek’s point is not shown: {reason}.',
    offScale: '{value}, below the bottom of the scale',
  },
  table: {
    caption: '{metric} by company, with period, kind of figure and source',
    company: 'Company or segment',
    stage: 'Stage',
    value: 'Margin',
    period: 'Period',
    kind: 'Kind',
    revenue: 'Revenue (period)',
    source: 'Source',
    notShown: 'not reported',
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
      'A margin we computed from a company’s figures keeps the kind of those figures (for example NVIDIA’s 62.3% is operating income divided by revenue from its filing); the arithmetic is shown with each mark.',
    size: 'Mark areas compare annual revenue; quarterly revenue is multiplied by four. Yuan are converted at 7.021 per US dollar, the rate implied by Alibaba’s own figures.',
    missing: 'Huawei Cloud and Baidu AI Cloud publish revenue but no margin, so they are listed in the table without a mark.',
  },
  pointNotes: {
    nvidia: 'Company-wide margins; data-centre chips were 88% of revenue in the quarter.',
    msftCloud: 'Microsoft Cloud is a cross-segment total (Azure, commercial Microsoft 365, and more), so it overlaps the two Microsoft segments.',
    msftIntelligentCloud: 'Segment operating income was read in a summary of the results, not in the 10-Q itself.',
    aws: 'Segment margin; Amazon allocates shared costs between its segments.',
    googleCloud: 'About 17.5%, as given in summaries of Alphabet’s results; for the full year 2024 the summaries give about 14.1%.',
    alibaba: 'Adjusted EBITA (non-GAAP) for the quarter to 30 September 2024, in place of an operating margin; the December-quarter figure was not found.',
    openai: 'A projected loss of about US$5bn on about US$3.7bn of revenue, excluding stock compensation. Leaked audited accounts later put the 2024 operating loss at US$8.78bn (about −237%).',
    anthropic: 'Paying users only; including free users the reported gross margin was −109%.',
    perplexity: 'Crude: the US$57m paid for model APIs and cloud may include some spending that is not cost of sales.',
    cursor: 'A later quarter than the others; the same report says margins turned positive by March 2026.',
    msftApps: 'Microsoft’s productivity and business-software segment: an incumbent whose AI revenue is not broken out.',
    huawei: 'Huawei reports cloud revenue (CNY 38.5bn in 2024) but no cloud margin.',
    baidu: 'Baidu reports AI Cloud revenue (CNY 7.1bn in Q4 2024) but no margin as a number.',
    deepseek: 'Inference only, theoretical revenue at R1 prices, GPU rental only.',
  },
  factcheck: {
    heading: 'Fact check: Huawei Cloud’s revenue',
    body: 'The article puts Huawei Cloud’s 2024 revenue at ¥71.9bn. Huawei’s 2024 annual report gives its cloud computing business CNY 38.5bn, up 8.5%; we found no source for ¥71.9bn.',
    link: 'Huawei’s 2024 results (Mobile World Live)',
  },
} as const;
