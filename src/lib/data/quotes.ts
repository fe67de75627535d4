/**
 * The exact words or table behind each source of the data modules the browser imports
 * (deepseekDay, valueChain, arena), keyed by source id. Build time only: the prerender writes
 * them into the source lists, so the quotes travel in the HTML and never in the bundle.
 * (The timeline's citations, in openClosedCitations.ts, are build-time only as a whole and
 * keep their quotes beside them.) test/data/quotes.test.ts checks every source has one.
 */
export const QUOTES: Readonly<Record<string, string>> = {
  // deepseekDay.ts
  'deepseek-day6':
    'Over the past 24 hours (UTC+8 02/27/2025 12:00 PM to 02/28/2025 12:00 PM), the combined peak node occupancy for V3 and R1 inference services reached 278, with an average occupancy of 226.75 nodes (each node contains 8 H800 GPUs). Assuming the leasing cost of one H800 GPU is $2 per hour, the total daily cost amounts to $87,072. … Total input tokens: 608B, of which 342B tokens (56.3%) hit the on-disk KV cache. Total output tokens: 168B. … If all tokens were billed at DeepSeek-R1’s pricing (*), the total daily revenue would be $562,027, with a cost profit margin of 545%.',
  'deepseek-day6-charts':
    '* The theoretical income is calculated based on R1’s standard API pricing, taking into account all tokens across web, APP, and API. It is not our actual income.',
  'deepseek-pricing':
    'STANDARD PRICE (UTC 00:30-16:30) 1M TOKENS INPUT (CACHE HIT) $0.07 $0.14 / 1M TOKENS INPUT (CACHE MISS) $0.27 $0.55 / 1M TOKENS OUTPUT $1.10 $2.19. DISCOUNT PRICE (UTC 16:30-00:30) $0.035 (50% OFF) $0.035 (75% OFF) / $0.135 (50% OFF) $0.135 (75% OFF) / $0.550 (50% OFF) $0.550 (75% OFF). The completion timestamp of each request determines its pricing tier.',
  // priceLists.ts
  'deepseek-pricing-2025-09':
    'Starting from 16:00 UTC Time on Sept 5th, 2025, we will apply the following price list and cancel the nighttime discount: MODEL | deepseek-chat | deepseek-reasoner | 1M INPUT TOKENS (CACHE HIT) | $0.07 | 1M INPUT TOKENS (CACHE MISS) | $0.56 | 1M OUTPUT TOKENS | $1.68',
  'deepseek-pricing-v32':
    'MODEL VERSION| DeepSeek-V3.2 (Non-thinking Mode)| DeepSeek-V3.2 (Thinking Mode) … PRICING| 1M INPUT TOKENS (CACHE HIT)| $0.028 1M INPUT TOKENS (CACHE MISS)| $0.28 1M OUTPUT TOKENS| $0.42 (pricing page). DeepSeek API prices drop 50%+, effective immediately. (Introducing DeepSeek-V3.2-Exp, 29 Sep 2025)',
  'deepseek-pricing-v4':
    'MODEL deepseek-v4-flash(1)deepseek-v4-pro ... 1M INPUT TOKENS (CACHE HIT)$0.0028$0.003625 1M INPUT TOKENS (CACHE MISS)$0.14$0.435 1M OUTPUT TOKENS$0.28$0.87',
  'deepseek-pricing-peak':
    'MODEL deepseek-v4-flash deepseek-v4-pro … 1M INPUT TOKENS (CACHE HIT) OFF-PEAK $0.007 $0.022 PEAK $0.014 $0.044 1M INPUT TOKENS (CACHE MISS) OFF-PEAK $0.22 $0.66 PEAK $0.44 $1.32 1M OUTPUT TOKENS OFF-PEAK $0.66 $1.98 PEAK $1.32 $3.96 … Off-peak rates are half of the peak rates. Peak hours are 01:00 - 04:00 and 06:00 - 10:00 UTC, Monday through Friday (all other hours are off-peak).',
  'v4-permanent-cut-5iter':
    'the API service is expected to adopt a peak and valley pricing strategy from mid-July, and "the price during peak hours will be twice the usual price." … On May 22, DeepSeek announced that it would adjust the original limited-time 25% discount of the DeepSeek-V4 model to a permanent price reduction. The discounted preview version price is consistent with the off-peak price announced this time.',
  'deepseek-v32-cost-chart':
    '(a) Prefilling (b) Decoding: Cost Per Million Tokens against Token Position (0K–128K), DeepSeek-V3.1-Terminus and DeepSeek-V3.2-Exp. (chart; the values on this page are read off it)',
  'deepseek-v32-paper-cost':
    'Figure 3 presents how token costs of DeepSeek-V3.1-Terminus and DeepSeek-V3.2 vary with the token position in the sequence. These costs are estimated from benchmarking the actual service deployed on H800 GPUs, at a rental price of 2 USD per GPU hour.',
  // valueChain.ts
  'nvidia-q3fy25-cfo':
    'Revenue|$35,082|$30,040|$18,120|Up 17%|Up 94% … Gross margin|74.6 %|75.1 %|74.0 %|Down 0.5 pts|Up 0.6 pts … Operating income|$21,869|$18,642|$10,417|Up 17%|Up 110% … Net income|$19,309|$16,599|$9,243|Up 16%|Up 109%',
  'amazon-q4-2024':
    'AWS segment sales increased 19% year-over-year to $28.8 billion. … AWS segment operating income was $10.6 billion, compared with operating income of $7.2 billion in fourth quarter 2023.',
  'msft-q2fy25-call':
    'Microsoft Cloud gross margin percentage was 70%, in line with expectations and decreased 2 points year-over-year, driven by scaling our AI infrastructure.',
  'msft-q2fy25-afaqs':
    'Microsoft Cloud revenue reaching $40.9 billion for the quarter, marking a 21% year-over-year increase.',
  'msft-q2fy25-neowin':
    'Intelligent Cloud … generated $25.5 billion in revenue, a 19% year-over-year increase, thanks to a 31% growth of Azure and other cloud services revenue.',
  'msft-q2fy25-captide-ic':
    'Operating income for this segment rose by 14% to $10.9 billion, despite a slight decline in gross margin percentage due to scaling AI infrastructure.',
  'msft-q2fy25-captide-pbp':
    'The Productivity and Business Processes segment achieved a 14% revenue growth to $29.4 billion … Operating income for this segment increased by 16% to $16.9 billion.',
  'alphabet-q4-2024-fifthperson':
    'Google Cloud | 9,192 | 11,955 | +30.1% |',
  'alphabet-q4-2024-substack':
    '↗️Google Cloud $11,955M rev (+30.1% YoY, 17.5% Op Margin)',
  'alibaba-sep-2024-ebita':
    '雲智能集團截至 2024 年 9 月 30 日止三個月的經調整 EBITA 為人民幣 2,661 百萬元(379 百 萬美元),相較 2023 年同期的人民幣 1,409 百萬元增長 89%',
  'alibaba-dec-2024':
    'Cloud revenue increased 13% to RMB31,742 million, with AI-related products maintaining triple-digit growth for six consecutive quarters',
  'huawei-2024-annual':
    'cloud computing sales rose 8.5 per cent to CNY38.5 billion',
  'baidu-q4-2024':
    '2024Q4智能云收入71亿元,同比增长26%,全年AI云业务收入增长17%',
  'openai-2024-nyt':
    'the company expects about $3.7 billion in annual sales this year, according to financial documents reviewed by The New York Times. … it expects to lose roughly $5 billion this year after paying for costs related to running its services and other expenses like employee salaries and office rent … Those numbers do not include paying out equity-based compensation to employees',
  'anthropic-2024-decoder':
    'Last year, Anthropic’s gross margin was negative 94 percent, but the company expects it can boost that to 50 percent in 2025 and as high as 77 percent by 2028.',
  'anthropic-2024-revenue':
    'The company anticipates 2025 revenue will reach $4.5 billion, a nearly twelvefold increase from the $381 million recorded in 2024.',
  'perplexity-2024':
    '根据财务文件,Perplexity 去年创造了 3400 万美元的收入 … OpenAI、Anthropic 及网络服务成本支出超 5700 万美元',
  'cursor-jan-2026':
    'In the quarter ending January, Cursor’s gross margin stood at -23%, meaning the company spent roughly $1.23 on API costs for every $1 of revenue, largely due to payments to OpenAI and Anthropic.',
  'shih-taipei-times':
    'In 1992, Shih unveiled the "Smiling Curve" theory in which he expounded on how to add value in the IT-manufacturing industry. … According to Shih, one end of the PC industry value chain represents technology and patents while the other is brands and service. The middle part is assembly and manufacturing.',
  'baldwin-ito-2021':
    'Using international input–output databases, we find evidence supporting the smile curve at the aggregate level. Specifically, for almost all exporting sectors and nations, we find that the value added to exports has shifted decisively from the manufacturing sector to service sectors.',
  'rungi-delprete-2018':
    'we detect a non-linear U-shaped relationship between the value added content of a firm and its distance from final consumption',
  // arena.ts
  'arena-archive':
    'One CSV per leaderboard version with columns for model, Arena score and licence; 92 snapshots from June 2024 to 4 Aug 2025.',
  'arena-scrape-2026':
    '这是一个基于 Chatbot Arena (lmarena.ai) 数据的排行榜，通过自动化流程生成。 … 数据更新时间: 2026-07-30 10:24:11 UTC … | 1 | 14 | Anthropicclaude-fable-5Anthropic · Proprietary | 1508±6 | … | 31 | 1644 | glm-5.2-maxZ.ai · MIT | 1469±6 |',
  'ai-index-2025':
    'In early 2024, the leading closed-weight model outperformed the top open-weight model by 8.0% on the Chatbot Arena Leaderboard. By February 2025, this gap had narrowed to just 1.7%.',
  'epoch-open-models-2024':
    'The best open model today is on par with closed models in performance and training compute, but with a lag of about one year.',
  // valueChain.ts, the latest sourced year (each re-read at the address or copy named in its source)
  'nvidia-q1fy27-cfo':
    'GAAP ($ in millions, except earnings per share) | Q1 FY27 | Q4 FY26 | Q1 FY26 … Revenue | $81,615 | $68,127 | $44,062 … Gross margin | 74.9 % | 75.0 % | 60.5 % … Operating income | $53,536 | $44,299 | $21,638 … Data Center | $75,246 | $62,314 | $39,112',
  'amazon-q4-2025':
    'AWS segment sales increased 24% year-over-year to $35.6 billion. … AWS segment operating income was $12.5 billion, compared with $10.6 billion in fourth quarter 2024.',
  'alphabet-10k-2025':
    'Year Ended December 31, 2023 | 2024 | 2025 … Revenues: … Google Cloud | 33,088 | 43,229 | 58,705 … Operating income (loss): … Google Cloud | 1,716 | 6,112 | 13,910 (in millions)',
  'msft-q2fy26-converge':
    'Microsoft Cloud revenue reached $51.5 billion (+26%, 24% constant currency). … Microsoft Cloud gross margin percentage declined to 67% year over year, which the company linked to continued investments in AI infrastructure and higher AI product usage',
  'openai-h1-2025':
    'The artificial intelligence powerhouse reported $4.3 billion in revenue but ended the same period with a staggering net loss of $13.5 billion. … Altogether, operating losses ballooned to $7.8 billion.',
  'labs-2025-gross-ttm':
    'The company last month revised down its 2025 gross margin forecast to 40%, a reduction of 10 percentage points from its earlier optimistic projection … The company anticipates 2025 revenue will reach $4.5 billion … In contrast, competitor OpenAI expects a 2025 gross margin of approximately 46%, which includes the inference costs for both paid and free ChatGPT users.',
  'anthropic-q2-2026-profit':
    'It has been reported that Anthropic expects second-quarter revenue to exceed $10.9 billion, more than double the $4.8 billion reported in the first quarter, and to post its first quarterly operating profit — Reuters later put the expected operating profit at roughly $559 million.',
};
