/**
 * Words fixed at build time: narrative, notes, fact checks, event texts, table headings.
 * The prerender renders them into the HTML (src/prose/); the browser never downloads
 * this module (see src/lib/prose.ts).
 */
export const prose = {
  calculator: {
    intro: {
      kicker: 'The economics of large AI models',
      heading: 'Where do AI model makers make money?',
      dek: 'On 1 March 2025 DeepSeek said that one day of inference for its web, app and API users, billed at R1’s list prices, would show a 545% “cost-profit margin”. Here is how that number is built, what it leaves out, and where the profit in AI actually sits.',
      p1: 'At the end of its “Open Source Week”, DeepSeek published one day of statistics from the service that runs its V3 and R1 models: how many graphics-card servers it used, how many tokens (pieces of words) went in and came out, and what that traffic would have earned at R1’s list prices. The headline was a “cost-profit margin” of 545%.',
      p2: 'Chinese financial media used the figure to ask a larger question. If the chip makers and the cloud providers already take most of the profit, and the apps built on top are where users spend their time, what is left for the companies that build the models? This page lets you check each step with the published figures.',
      toc: 'In this story',
      tocCalculator: 'The 545% margin, rebuilt',
      tocSmile: 'The smile curve',
      tocOpen: 'Open weights arrive',
    },
    lead: 'DeepSeek published every input you need to check its claim. The sliders start at its published values; the results update as you move them. Then apply the three reasons DeepSeek itself gave for why its real revenue was “substantially lower”.',
    method: {
      heading: 'How the numbers are made',
      marginTitle: 'Two ways to say the same thing',
      margin:
        'DeepSeek’s “cost-profit margin” (成本利润率) divides profit by cost: ($562,027 − $87,072) ÷ $87,072 = 5.45, or 545%. Most companies report the gross margin instead, which divides the same profit by revenue: $474,955 ÷ $562,027 = 84.5%. Both describe the same day. A 545% markup means revenue is 6.45 times cost; an 84.5% gross margin means 84.5 cents of every dollar is left after paying for the GPUs.',
      roundingTitle: 'Why this page shows $561,975, not $562,027',
      rounding:
        'DeepSeek gave its token counts rounded to the nearest billion. Priced at R1’s rates, 342B cache hits, 266B misses and 168B output come to $562,100, which is $73 more than published; using the published 56.3% hit rate instead gives $561,975, $52 less. DeepSeek computed from its unrounded counts, which it did not publish. Rounding each count by up to half a billion moves revenue by up to about $1,575, so both are consistent with the published figure. The page uses the published hit rate, which gives 545% and 84.5% exactly as DeepSeek’s own total does.',
      leftOutTitle: 'What the cost leaves out',
      leftOut:
        'The $87,072 is only the rent for the inference GPUs, at the $2 per GPU-hour that DeepSeek assumed. It leaves out training runs, research compute, data, staff, buildings and power beyond the rent, and the GPUs themselves. It is the margin of one day of serving, not of the company.',
      throughputTitle: 'A cross-check from throughput',
      throughput:
        'DeepSeek also published how fast one node works: about 73,700 input tokens per second in prefill and 14,800 output tokens per second in decode. 608B input tokens need 95.5 node-days of prefill and 168B output tokens need 131.4 node-days of decode: 226.9 nodes in all, against the published average of 226.75.',
      shareTitle: 'Share this scenario',
      share:
        'Your settings are kept in the page address, so you can copy it and send it. Only the values you changed are written, for example ?free=50&v3=50&night=1.',
    },
    waterfall: {
      notes: {
        order: 'Caveats are applied in the order shown; the same token mix is assumed for V3 and R1 and at every hour.',
        revenue: 'Revenue is tokens × list price: cache-hit input, cache-miss input and output are priced separately.',
      },
    },
    day: {
      notes: {
        estimate: 'Hourly values are read off DeepSeek’s charts pixel by pixel (estimates: about ±2 nodes and ±$200 per bar). The node schedule averages exactly 226.75 nodes, the published figure; the income bars sum to about $563,000 against the published $562,027.',
        cost: 'Hourly cost is nodes × 8 GPUs × your GPU price; it follows the slider above.',
        /** The same note in an embed, where there is no slider above. */
        costEmbed: 'Hourly cost is nodes × 8 GPUs × the GPU price per hour ($2 in DeepSeek’s case, or the one in the link).',
        window: 'The 24-hour window contains one full off-peak window, 00:30–08:30, where {share} of the day’s theoretical income falls.',
      },
    },
  },
  smile: {
    lead: 'A popular story says that in AI, as in PCs, the money goes to the two ends of the chain: chips and cloud on one side, applications on the other, with the model makers squeezed in the middle. Here is that idea next to the numbers.',
    origin:
      'The “smiling curve” comes from Stan Shih, the founder of Acer, who drew it in 1992 to explain the PC industry: the technology and components at one end and the brands and services at the other added the most value, while assembly in the middle added the least. Economists have since measured it, but what they measure is value added (wages plus profits) by stage, industry or country, not the profit margin of a company. Putting company margins on a smile is therefore an analogy, not a test of the theory.',
    points:
      'Each mark below is one company or business segment, placed at its stage of the chain and at its margin. The left end behaves as the story says: NVIDIA kept more than 60 cents of operating profit on each dollar of sales, and the big clouds kept between about 9 and 43 cents. Then the line falls off a cliff: the model makers that have been reported on lose money, and OpenAI projected losing more than a dollar for every dollar of revenue in 2024.',
    apps: 'The story says the application end earns the profit. The figures do not show that for today’s AI applications: the ones with reported numbers, Perplexity and Cursor, had negative gross margins, because what they pay model makers and clouds exceeds what their customers pay them. A smile appears only if you put an incumbent at the right end, such as Microsoft’s productivity and business-software segment, with an operating margin of about 57.5% (from a summary of its results), and Microsoft does not say how much of that comes from AI.',
    verdict:
      'So in 2024–25 the chain looks less like a smile than a slope falling from chips to apps. Shih’s curve describes a mature industry; whether AI’s application end rises with time is still an open question. Switch between operating and gross margin, hide the idea curve, and judge for yourself.',
    caveatsHeading: 'Read with care',
    caveats: {
      periods:
        'The periods differ: NVIDIA’s quarter ended on 27 October 2024; Microsoft’s, Amazon’s and Google’s cloud quarters on 31 December 2024, but Alibaba’s plotted margin is for the quarter to 30 September 2024, as its December-quarter margin was not found; the private companies’ figures cover 2024 or, for Cursor, the quarter to January 2026. Each mark’s label gives its period where there is room, and its details always do.',
      segments:
        'Cloud figures are segment margins, which depend on how a company splits shared costs; Alibaba reports adjusted EBITA, a non-GAAP measure, which is shown here in place of operating margin.',
      unaudited:
        'OpenAI, Anthropic, Perplexity and Cursor are private: their numbers come from press reports of internal documents, often projections made for investors, not audited accounts.',
      chain:
        'One layer’s revenue is the next layer’s cost: about half of NVIDIA’s data-centre revenue came from cloud providers, and model makers rent their computing from the clouds. The margins cannot be added up along the chain.',
    },
    notes: {
      kinds:
        'A margin we computed from a company’s figures keeps the kind of those figures (for example NVIDIA’s 62.3% is operating income divided by revenue from its filing); the arithmetic is shown with each mark. A figure we read only in a third party’s summary of a company’s results is shown as an estimate, with a hollow mark. Figures built from rough amounts (“roughly”, “more than”) are rounded to the whole percent and marked ≈.',
      size: 'Mark areas compare annual revenue; quarterly revenue is multiplied by four. Yuan are converted at 7.021 per US dollar, the rate implied by Alibaba’s own figures.',
      missing: 'Huawei Cloud and Baidu AI Cloud publish revenue but no margin, so they are listed in the table without a mark.',
    },
    factcheck: {
      heading: 'Fact check: Huawei Cloud’s revenue',
      body: 'The article puts Huawei Cloud’s 2024 revenue at ¥71.9bn. Huawei’s 2024 annual report gives its cloud computing business CNY 38.5bn, up 8.5%; we found no source for ¥71.9bn.',
      link: 'Huawei’s 2024 results (Mobile World Live)',
    },
    table: {
      caption: 'Every margin behind the chart, by company, with its period, kind of figure and source',
      company: 'Company or segment',
      stage: 'Stage',
      type: 'Type of margin',
      value: 'Margin',
      period: 'Period',
      kind: 'Kind',
      revenue: 'Revenue (period)',
      source: 'Source',
      notShown: 'No margin reported: {note}',
    },
    pointNotes: {
      nvidia: 'Company-wide margins; data-centre chips were 88% of revenue in the quarter.',
      msftCloud: 'Microsoft Cloud is a cross-segment total (Azure, commercial Microsoft 365, and more), so it overlaps the two Microsoft segments: its 70% gross margin is not Azure’s alone.',
      msftIntelligentCloud: 'The Intelligent Cloud segment is Azure and Microsoft’s server products, not Azure alone. Its operating income was read in a summary of the results, not in the 10-Q itself, so the margin is shown as an estimate.',
      aws: 'Segment margin; Amazon allocates shared costs between its segments.',
      googleCloud: 'About 17.5%, as given in summaries of Alphabet’s results (Alphabet’s own figure for the quarter was not found, so it is shown as an estimate); for the full year 2024 the summaries give about 14.1%.',
      alibaba: 'Adjusted EBITA (non-GAAP) for the quarter to 30 September 2024, in place of an operating margin; the December-quarter figure was not found. The mark combines this September-quarter margin with the December quarter’s revenue (RMB 31,742m), which sets its size.',
      openai: 'Not an operating margin: the projected total loss for 2024 (roughly US$5bn, excluding stock compensation) divided by projected revenue (about US$3.7bn), so ≈ −135%. Leaked audited accounts later put the 2024 operating loss at US$8.78bn (about −237%).',
      anthropic: 'Paying users only; including free users the reported gross margin was −109%.',
      perplexity: 'Crude and rough (≈ −68%): the source says more than US$57m went on model APIs and cloud, which may include some spending that is not cost of sales.',
      cursor: 'A later quarter than the others; the same report says margins turned positive by March 2026.',
      msftApps: 'Microsoft’s productivity and business-software segment: an incumbent whose AI revenue is not broken out. Its operating income and revenue were read in a summary of the results, so the margin is shown as an estimate.',
      huawei: 'Huawei reports cloud revenue (CNY 38.5bn in 2024) but no cloud margin.',
      baidu: 'Baidu reports AI Cloud revenue (CNY 7.1bn in Q4 2024, read in a broker’s note, so shown as an estimate) but no margin as a number.',
      deepseek: 'Inference only, theoretical revenue at R1 prices, GPU rental only.',
    },
  },
  openClosed: {
    lead: 'In early 2025 several companies that had argued for keeping their best models closed began to publish weights. The timeline below shows who released what, when and under which licence; the second chart shows how close the best open model came to the best closed one.',
    narrative: {
      li2024Heading: '2024: the case for closed models',
      li2024:
        'In April 2024 Baidu’s chief executive Robin Li told staff, in a speech that leaked to the press, that closed models had a business model and made money, and that the money was what attracted computing power and talent; at Baidu’s developer conference a few days later he predicted that open models would “fall further and further behind”. In July, at the World AI Conference in Shanghai, he was still arguing that a commercial closed model was the strongest choice in a fierce market.',
      llama:
        'Meta’s Llama 3 (18 April 2024) was open with conditions: a company with more than 700 million monthly users must ask Meta for a licence, derivatives must carry the Llama name, and outputs may not be used to improve other models. The Open Source Initiative says such a licence is not open source; “open weights” is the more exact term.',
      deepseekHeading: 'V3, R1 and the February wave',
      v3: 'DeepSeek published the weights and technical report of DeepSeek-V3 on 26 December 2024: a mixture-of-experts model with 671 billion parameters, 37 billion active per token. The code is MIT-licensed; the weights are under DeepSeek’s own model licence, which allows commercial use. No training data was released.',
      r1: 'On 20 January 2025 came DeepSeek-R1, a reasoning model, this time with code and weights both under the MIT licence, plus six smaller distilled models. On the Chatbot Arena leaderboard the gap between the best closed and the best open model shrank to its smallest in our series.',
      wave: 'Within weeks, Chinese labs released a string of open models: video models from StepFun, Skywork and Alibaba (Wan 2.1, Apache 2.0), Moonshot’s Moonlight, and Alibaba’s QwQ-32B on 6 March. DeepSeek itself spent the last week of February releasing the infrastructure code behind its service. Not everything was open: Alibaba’s Qwen2.5-Max and the QwQ-Max preview were served only through an API or chat app.',
      turnHeading: 'The closed camp turns',
      altman:
        'On 31 January 2025 OpenAI’s Sam Altman said in a Reddit question-and-answer session that he personally thought OpenAI had been “on the wrong side of history” and needed a different open-source strategy. On 11 February Robin Li told the World Governments Summit in Dubai that opening things up helps a technology spread “much faster”; three days later Baidu said it would open-source its next ERNIE models from 30 June.',
      after:
        'Baidu kept its word: it published ten ERNIE 4.5 models under Apache 2.0 on 30 June 2025. OpenAI, whose chief had only said it needed a different strategy, released open-weights models of its own on 5 August 2025, gpt-oss-120b and gpt-oss-20b, also under Apache 2.0. On the Arena, the gap reopened after February as new closed models arrived, to 6.1% of the open score at the end of March 2025, then narrowed again to 2.5% by August 2025: open models caught up for a moment, fell back, and were closing in again.',
    },
    orgs: {
      meta: 'Meta',
      baidu: 'Baidu',
      deepseek: 'DeepSeek',
      bytedance: 'ByteDance',
      zhipu: 'Zhipu AI',
      musk: 'Elon Musk',
      epoch: 'Epoch AI',
      minimax: 'MiniMax',
      moonshot: 'Moonshot AI',
      alibaba: 'Alibaba',
      huggingface: 'Hugging Face',
      openai: 'OpenAI',
      stepfun: 'StepFun',
      skywork: 'Skywork (Kunlun Tech)',
      osi: 'Open Source Initiative',
    },
    factcheck: {
      heading: 'Fact check: what the article got wrong or left out',
      intro: 'The article this explainer started from gets several details of the open-source story wrong, and leaves one out. Each correction or clarification below has its source.',
      label: 'Correction',
      labelClarification: 'Clarification',
      v3: 'DeepSeek did not open-source V3 in February 2025. The weights and technical report were published on 26 December 2024; February 2025 was DeepSeek’s Open Source Week, which released infrastructure code, not a model.',
      data: 'No training data was released with V3 or R1. V3’s model licence explicitly excludes the data, and Hugging Face started its Open-R1 project to rebuild the missing pieces.',
      stars: 'There is no evidence for “over a million GitHub stars in a week”. The earliest dated counts found, from 2026, give the V3 and R1 repositories about 195,000 stars together.',
      qwq: 'The article rightly says Alibaba planned to open-source QwQ-Max later. To be clear, QwQ-Max-Preview itself (25 February 2025) was a closed preview served through Qwen Chat, and we found no later release of QwQ-Max weights; the open model that followed was the smaller QwQ-32B, on 6 March.',
      videoworld: 'VideoWorld’s code and data were on GitHub from 20 January 2025; 10 February was only the date of ByteDance’s blog announcement.',
      sourceLink: 'Source: {publisher}',
    },
    events: {
      'li-speech-leak': 'Robin Li, in a leaked internal speech, says closed models have a business model and make money',
      'li-create-2024': 'Robin Li tells Baidu Create that open models will fall further and further behind',
      'llama-3': 'Meta releases Llama 3 (8B, 70B) under a licence with a 700-million-user clause',
      'deepseek-v2': 'DeepSeek releases V2 and prices its API at $0.14 / $0.28 per million tokens, starting a price war',
      'doubao-pro': 'ByteDance prices Doubao Pro at ¥0.0008 per thousand tokens, “99.3% below the industry”',
      'glm-4-9b': 'Zhipu AI releases the GLM-4-9B series',
      'musk-withdraws': 'Elon Musk withdraws his state-court suit accusing OpenAI of abandoning its open mission',
      'li-waic-2024': 'Robin Li at the World AI Conference: a commercial closed model is the strongest choice',
      'llama-3-1': 'Meta releases Llama 3.1, up to 405B parameters',
      'epoch-lag': 'Epoch AI estimates that open models lag closed ones by about a year (5–22 months)',
      'llama-3-3': 'Meta releases Llama 3.3 70B',
      'doubao-vision': 'ByteDance prices its vision model at ¥0.003 per thousand input tokens',
      'deepseek-v3': 'DeepSeek releases V3 weights and report (671B, 37B active); weights under its model licence, no training data',
      'minimax-01': 'MiniMax releases MiniMax-01 (456B, 45.9B active) under its model agreement',
      'deepseek-r1': 'DeepSeek releases R1 and six distilled models, code and weights under MIT',
      'kimi-k1-5': 'Moonshot AI publishes a technical report on Kimi k1.5, without weights',
      'videoworld-code': 'ByteDance Seed and partners put VideoWorld’s code and data on GitHub',
      'open-r1': 'Hugging Face starts Open-R1 to rebuild the parts of R1 that were not released',
      'qwen2-5-vl': 'Alibaba releases the Qwen2.5-VL vision-language models',
      'qwen2-5-max': 'Alibaba launches Qwen2.5-Max through its cloud API only',
      'altman-history': 'Sam Altman says OpenAI has been “on the wrong side of history” on open source',
      'li-dubai': 'Robin Li in Dubai: opening things up spreads a technology much faster',
      'ernie-announce': 'Baidu says it will open-source its next ERNIE models from 30 June',
      'step-video': 'StepFun releases Step-Video-T2V, a 30B text-to-video model',
      skyreels: 'Skywork releases SkyReels-V1 and SkyReels-A1 video models',
      'osi-llama': 'The Open Source Initiative says Llama’s licence is still not open source',
      moonlight: 'Moonshot AI releases Moonlight (16B, 3B active)',
      flashmla: 'Open Source Week, day 1: DeepSeek releases FlashMLA',
      deepep: 'Open Source Week, day 2: DeepSeek releases DeepEP',
      'qwq-max-preview': 'Alibaba previews QwQ-Max in its chat app; weights only promised',
      'wan-2-1': 'Alibaba releases the Wan 2.1 video models (14B and 1.3B) under Apache 2.0',
      deepgemm: 'Open Source Week, day 3: DeepSeek releases DeepGEMM',
      offpeak: 'DeepSeek cuts night-time API prices: V3 by 50%, R1 by 75%',
      dualpipe: 'Open Source Week, day 4: DeepSeek releases DualPipe and EPLB',
      '3fs': 'Open Source Week, day 5: DeepSeek releases the 3FS file system and smallpond',
      'day-6': 'DeepSeek publishes its inference costs and a theoretical 545% cost-profit margin',
      'qwq-32b': 'Alibaba releases the QwQ-32B reasoning model under Apache 2.0',
      'llama-4': 'Meta releases Llama 4 Scout and Maverick',
      'glm-4-32b': 'Zhipu AI releases the GLM-4-32B-0414 series',
      'ernie-4-5-open': 'Baidu releases ten ERNIE 4.5 models under Apache 2.0',
      'glm-4-5': 'Z.ai (Zhipu) releases GLM-4.5 under MIT',
      'gpt-oss': 'OpenAI releases gpt-oss-120b and gpt-oss-20b under Apache 2.0',
    },
    timeline: {
      detail: {
        date: 'Date',
        org: 'Who',
        type: 'Type',
        licence: 'Licence',
        kind: 'Source type',
        source: 'Source',
      },
      notes: {
        dense: 'The weeks from 20 January to 6 March 2025 are drawn on an expanded scale (shaded) so that each release can be seen.',
        open: '“Open weights” means the weights can be downloaded; the licence says how open. Source code without weights is shown separately.',
        dates: 'Dates are release or publication dates, Beijing time where the time of day matters.',
      },
      table: {
        caption: 'Events in the timeline, in date order',
        date: 'Date',
        org: 'Organisation',
        event: 'Event',
        type: 'Type',
        licence: 'Licence',
        source: 'Source',
      },
      /** Headings of data/open-timeline.csv that the table has not got. */
      csv: { kind: 'kind', url: 'url' },
    },
    gap: {
      notes: {
        method: 'Each point is the last archived leaderboard snapshot of its month. “Closed” is the top model marked Proprietary; “open” is the top model with downloadable weights under any licence, including non-commercial ones.',
        tie: 'July 2024 (Llama 3.1 405B) also had a 24-point gap; as a share of the open score it was 1.90%, slightly wider than January 2025’s 1.77%.',
        full: 'Between month-ends the gap dipped further: 21 points (1.54%) on 7 February 2025, DeepSeek-R1 against Gemini-2.0-Flash-Thinking.',
        references: 'Published reference points: Stanford AI Index 2025 (8.0% in January 2024, 1.7% in February 2025) and Epoch AI, 4 November 2024 (about one year behind). These are estimates from the publishers, not from this series.',
      },
      table: {
        caption: 'Top closed and top open-weight models on Chatbot Arena, last snapshot of each month',
        month: 'Month',
        snapshot: 'Snapshot',
        closedModel: 'Top closed model',
        closedScore: 'Score',
        openModel: 'Top open-weight model',
        licence: 'Licence',
        openScore: 'Score',
        gapPoints: 'Gap (points)',
        gapPct: 'Gap (%)',
      },
      /** Headings of data/arena-gap.csv (scores are Arena points). */
      csv: {
        month: 'month',
        snapshot: 'snapshot',
        closedModel: 'top_closed_model',
        closedOrg: 'top_closed_org',
        closedScore: 'top_closed_score',
        openModel: 'top_open_model',
        openOrg: 'top_open_org',
        licence: 'top_open_license',
        openScore: 'top_open_score',
        gapPoints: 'gap_points',
        gapPct: 'gap_pct_of_open',
      },
    },
  },
} as const;
