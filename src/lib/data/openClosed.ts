/**
 * The open- vs closed-weights timeline, April 2024 to August 2025: who released what,
 * when, under which licence, with a source for every event. Words (labels, one-line
 * descriptions, organisation names) live in the locale files under
 * `openClosed.events.<id>` and `openClosed.orgs.<org>`, so each reader downloads one
 * language. Dates are the release or publication date, Beijing time where it matters.
 *
 * Compiled from shared/sources/open-vs-closed-factcheck.md, section 2.
 */
import type { Kind, Source } from './types';

/** What happened. 'open-code' is source code or data without model weights. */
export type EventType = 'open-weights' | 'open-code' | 'closed' | 'pricing' | 'statement' | 'legal';

export const EVENT_TYPES: readonly EventType[] = ['open-weights', 'open-code', 'closed', 'pricing', 'statement', 'legal'];

export type OrgId =
  | 'meta'
  | 'baidu'
  | 'deepseek'
  | 'bytedance'
  | 'zhipu'
  | 'musk'
  | 'epoch'
  | 'minimax'
  | 'moonshot'
  | 'alibaba'
  | 'huggingface'
  | 'openai'
  | 'stepfun'
  | 'skywork'
  | 'osi';

export interface OpenClosedEvent {
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  org: OrgId;
  type: EventType;
  /** Licence of the weights (and code, where it differs), as the publisher names it. */
  licence?: string;
  /** How much weight the source bears. */
  kind: Kind;
  source: Source;
}

const llamaModels: Source = {
  id: 'llama-models',
  title: 'meta-llama/llama-models README (model release table)',
  publisher: 'Meta (GitHub)',
  date: '2025-04',
  url: 'https://github.com/meta-llama/llama-models',
  quote: 'Llama 3.1 | 7/23/2024 | 8B, 70B, 405B',
};
const openInfra: Source = {
  id: 'open-infra-index',
  title: 'deepseek-ai/open-infra-index: Open Source Week',
  publisher: 'DeepSeek (GitHub)',
  date: '2025-02-24',
  url: 'https://github.com/deepseek-ai/open-infra-index',
  quote: "Starting this week , Feb 24, 2025 we'll open-source 5 repos – one daily drop",
};
const ernieReuters: Source = {
  id: 'reuters-ernie-open',
  title: "Baidu's Ernie AI model to become open source amid rising competition (Reuters, republished)",
  publisher: 'Reuters via Alpha News',
  date: '2025-02-14',
  url: 'https://world.alpha-news.org/article/baidus-ernie-ai-model-to-become-open-source-amid-rising-competition',
  quote:
    'Baidu plans to roll out the Ernie 4.5 series gradually in the coming months, with an official open-source release slated for June 30, as shared on WeChat.',
};
const glm4: Source = {
  id: 'glm-4-readme',
  title: 'zai-org/GLM-4 README',
  publisher: 'Zhipu AI (GitHub)',
  date: '2025-04-14',
  url: 'https://github.com/zai-org/GLM-4',
  quote: '2024/06/05: We released the `GLM-4-9B` series',
};

export const EVENTS: readonly OpenClosedEvent[] = [
  {
    id: 'li-speech-leak',
    date: '2024-04-11',
    org: 'baidu',
    type: 'statement',
    kind: 'press-report',
    source: {
      id: 'nbd-li-2024-04',
      title: 'Robin Li internal speech (每日经济新闻 / NBD)',
      publisher: 'National Business Daily',
      date: '2024-04-12',
      url: 'https://www.nbdpress.com/articles/2024-04-12/55583.html',
      quote: '闭源，是有真正的商业模式的，是能够赚到钱的，能够赚到钱才能聚集算力、聚集人才。',
    },
  },
  {
    id: 'li-create-2024',
    date: '2024-04-16',
    org: 'baidu',
    type: 'statement',
    kind: 'press-report',
    source: {
      id: 'ofweek-create-2024',
      title: 'Baidu Create 2024 keynote (report)',
      publisher: 'OFweek',
      date: '2024-04-16',
      url: 'https://www.ofweek.com/ai/2024-04/ART-201700-8500-30632353.html',
      quote: '未来开源模型会越来越落后',
    },
  },
  {
    id: 'llama-3',
    date: '2024-04-18',
    org: 'meta',
    type: 'open-weights',
    licence: 'Meta Llama 3 Community License',
    kind: 'company-claim',
    source: {
      id: 'llama3-license',
      title: 'meta-llama/llama3 LICENSE',
      publisher: 'Meta (GitHub)',
      date: '2024-04-18',
      url: 'https://github.com/meta-llama/llama3/blob/main/LICENSE',
      quote:
        'If, on the Meta Llama 3 version release date, the monthly active users … is greater than 700 million monthly active users in the preceding calendar month, you must request a license from Meta',
    },
  },
  {
    id: 'deepseek-v2',
    date: '2024-05-06',
    org: 'deepseek',
    type: 'open-weights',
    licence: 'DeepSeek Model License (code: MIT)',
    kind: 'company-claim',
    source: {
      id: 'deepseek-v2-readme',
      title: 'deepseek-ai/DeepSeek-V2 README, API price table',
      publisher: 'DeepSeek (GitHub)',
      date: '2024-05-06',
      url: 'https://github.com/deepseek-ai/DeepSeek-V2',
      quote: 'DeepSeek-V2 | 0.14 | 0.28 (USD per 1M input / output tokens)',
    },
  },
  {
    id: 'doubao-pro',
    date: '2024-05-15',
    org: 'bytedance',
    type: 'pricing',
    kind: 'press-report',
    source: {
      id: 'bg3-doubao',
      title: '比同行低99%，字节跳动挑起大模型价格战',
      publisher: 'bg3.co (copy of news report)',
      date: '2024-05-15',
      url: 'https://cn.bg3.co/a/bi-tong-xing-di-99-zi-jie-tiao-qi-da-mo-xing-jie-ge-zhan.html',
      quote: '豆包通用模型Pro 32k模型，正式定价是0.8厘/千tokens，比行业价格降低99.3%。',
    },
  },
  { id: 'glm-4-9b', date: '2024-06-05', org: 'zhipu', type: 'open-weights', kind: 'company-claim', source: glm4 },
  {
    id: 'musk-withdraws',
    date: '2024-06-11',
    org: 'musk',
    type: 'legal',
    kind: 'press-report',
    source: {
      id: 'reuters-musk-withdraws',
      title: 'Elon Musk withdraws lawsuit against OpenAI (Reuters)',
      publisher: 'Honolulu Star-Advertiser (Reuters)',
      date: '2024-06-11',
      url: 'https://www.staradvertiser.com/2024/06/11/breaking-news/elon-musk-withdraws-lawsuit-against-openai/',
      quote: 'Musk dismissed his case without prejudice, which means he could refile it at another time.',
    },
  },
  {
    id: 'li-waic-2024',
    date: '2024-07-04',
    org: 'baidu',
    type: 'statement',
    kind: 'press-report',
    source: {
      id: 'cctime-waic-2024',
      title: 'Robin Li at WAIC 2024 (report)',
      publisher: 'CCTIME 飞象网',
      date: '2024-07-05',
      url: 'https://www.cctime.com/html/2024-7-5/1686989.htm',
      quote: '当你处在激烈竞争的环境中，需要让业务效率比同行更高、成本比同行更低，这时，商业化的闭源模型是最能打的。',
    },
  },
  {
    id: 'llama-3-1',
    date: '2024-07-23',
    org: 'meta',
    type: 'open-weights',
    licence: 'Llama 3.1 Community License',
    kind: 'company-claim',
    source: llamaModels,
  },
  {
    id: 'epoch-lag',
    date: '2024-11-04',
    org: 'epoch',
    type: 'statement',
    kind: 'estimate',
    source: {
      id: 'epoch-open-models-2024',
      title: 'How far behind are open models?',
      publisher: 'Epoch AI',
      date: '2024-11-04',
      url: 'https://epoch.ai/blog/open-models-report',
      quote:
        'The best open model today is on par with closed models in performance and training compute, but with a lag of about one year.',
    },
  },
  {
    id: 'llama-3-3',
    date: '2024-12-04',
    org: 'meta',
    type: 'open-weights',
    licence: 'Llama 3.3 Community License',
    kind: 'company-claim',
    source: llamaModels,
  },
  {
    id: 'doubao-vision',
    date: '2024-12-18',
    org: 'bytedance',
    type: 'pricing',
    kind: 'press-report',
    source: {
      id: '36kr-doubao-vision',
      title: 'Volcano Engine Winter FORCE: Doubao visual understanding model pricing',
      publisher: '36Kr',
      date: '2024-12-18',
      url: 'https://eu.36kr.com/en/p/3087240690464903',
      quote:
        'the input price of the Doubao Visual Understanding Model per thousand tokens is only 3 cents. One yuan can process 284 720P images, which is 85% cheaper than the industry price',
    },
  },
  {
    id: 'deepseek-v3',
    date: '2024-12-26',
    org: 'deepseek',
    type: 'open-weights',
    licence: 'DeepSeek Model License (code: MIT)',
    kind: 'company-claim',
    source: {
      id: 'deepseek-v3-release',
      title: 'deepseek-ai/DeepSeek-V3, commit 4c2fdb8 "Release DeepSeek-V3"',
      publisher: 'DeepSeek (GitHub)',
      date: '2024-12-26',
      url: 'https://github.com/deepseek-ai/DeepSeek-V3',
      quote:
        'We present DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model with 671B total parameters with 37B activated for each token.',
    },
  },
  {
    id: 'minimax-01',
    date: '2025-01-15',
    org: 'minimax',
    type: 'open-weights',
    licence: 'MiniMax Model Agreement (code: MIT)',
    kind: 'company-claim',
    source: {
      id: 'minimax-01-readme',
      title: 'MiniMax-AI/MiniMax-01 README',
      publisher: 'MiniMax (GitHub)',
      date: '2025-01-15',
      url: 'https://github.com/MiniMax-AI/MiniMax-01',
      quote: 'MiniMax-Text-01 is a powerful language model boasting 456 billion total parameters, with 45.9 billion activated per token.',
    },
  },
  {
    id: 'deepseek-r1',
    date: '2025-01-20',
    org: 'deepseek',
    type: 'open-weights',
    licence: 'MIT',
    kind: 'company-claim',
    source: {
      id: 'deepseek-r1-release',
      title: 'deepseek-ai/DeepSeek-R1, commit 23807ce "Release DeepSeek-R1"',
      publisher: 'DeepSeek (GitHub)',
      date: '2025-01-20',
      url: 'https://github.com/deepseek-ai/DeepSeek-R1',
      quote:
        'This code repository and the model weights are licensed under the MIT License … DeepSeek-R1 series support commercial use, allow for any modifications and derivative works, including, but not limited to, distillation for training other LLMs.',
    },
  },
  {
    id: 'kimi-k1-5',
    date: '2025-01-20',
    org: 'moonshot',
    type: 'closed',
    kind: 'company-claim',
    source: {
      id: 'kimi-k1-5-repo',
      title: 'MoonshotAI/Kimi-k1.5 (technical report only)',
      publisher: 'Moonshot AI (GitHub)',
      date: '2025-01-20',
      url: 'https://github.com/MoonshotAI/Kimi-k1.5',
      quote: 'Kimi_k1.5.pdf',
    },
  },
  {
    id: 'videoworld-code',
    date: '2025-01-20',
    org: 'bytedance',
    type: 'open-code',
    kind: 'company-claim',
    source: {
      id: 'videoworld-repo',
      title: 'bytedance/VideoWorld README',
      publisher: 'ByteDance Seed (GitHub)',
      date: '2025-01-20',
      url: 'https://github.com/bytedance/VideoWorld',
      quote: '[2025.1] We release the code and dataset.',
    },
  },
  {
    id: 'open-r1',
    date: '2025-01-24',
    org: 'huggingface',
    type: 'open-code',
    kind: 'company-claim',
    source: {
      id: 'open-r1-readme',
      title: 'huggingface/open-r1 README',
      publisher: 'Hugging Face (GitHub)',
      date: '2025-01-24',
      url: 'https://github.com/huggingface/open-r1',
      quote:
        'The goal of this repo is to build the missing pieces of the R1 pipeline such that everybody can reproduce and build on top of it.',
    },
  },
  {
    id: 'qwen2-5-vl',
    date: '2025-01-28',
    org: 'alibaba',
    type: 'open-weights',
    kind: 'company-claim',
    source: {
      id: 'qwen2-5-vl-readme',
      title: 'QwenLM/Qwen2.5-VL README',
      publisher: 'Alibaba Qwen (GitHub)',
      date: '2025-01-28',
      url: 'https://github.com/QwenLM/Qwen2.5-VL',
      quote: '2025.01.28',
    },
  },
  {
    id: 'qwen2-5-max',
    date: '2025-01-28',
    org: 'alibaba',
    type: 'closed',
    kind: 'company-claim',
    source: {
      id: 'qwen2-5-max-blog',
      title: 'Qwen2.5-Max: Exploring the Intelligence of Large-scale MoE Model',
      publisher: 'Qwen team blog',
      date: '2025-01-28',
      url: 'https://qwenlm.github.io/blog/qwen2.5-max/',
      quote:
        'Today, we are excited to share the performance results of Qwen2.5-Max and announce the availability of its API through Alibaba Cloud.',
    },
  },
  {
    id: 'altman-history',
    date: '2025-01-31',
    org: 'openai',
    type: 'statement',
    kind: 'press-report',
    source: {
      id: 'newscentral-altman',
      title: 'OpenAI chief Sam Altman calls for new open-source strategy',
      publisher: 'News Central',
      date: '2025-02-01',
      url: 'https://newscentral.africa/openai-chief-sam-altman-calls-for-new-open-source-strategy/',
      quote:
        'I personally think we have been on the wrong side of history here and need to figure out a different open-source strategy',
    },
  },
  {
    id: 'li-dubai',
    date: '2025-02-11',
    org: 'baidu',
    type: 'statement',
    kind: 'press-report',
    source: {
      ...ernieReuters,
      id: 'reuters-li-dubai',
      quote: 'If you open things up, a lot of people will be curious enough to try it. This will help spread the technology much faster.',
    },
  },
  { id: 'ernie-announce', date: '2025-02-14', org: 'baidu', type: 'statement', kind: 'press-report', source: ernieReuters },
  {
    id: 'step-video',
    date: '2025-02-17',
    org: 'stepfun',
    type: 'open-weights',
    kind: 'company-claim',
    source: {
      id: 'step-video-readme',
      title: 'stepfun-ai/Step-Video-T2V README',
      publisher: 'StepFun (GitHub)',
      date: '2025-02-17',
      url: 'https://github.com/stepfun-ai/Step-Video-T2V',
      quote: 'Feb 17, 2025',
    },
  },
  {
    id: 'skyreels',
    date: '2025-02-18',
    org: 'skywork',
    type: 'open-weights',
    kind: 'company-claim',
    source: {
      id: 'skyreels-readme',
      title: 'SkyworkAI/SkyReels-V1 README',
      publisher: 'Skywork AI (GitHub)',
      date: '2025-02-18',
      url: 'https://github.com/SkyworkAI/SkyReels-V1',
      quote: 'Feb 18, 2025: 👋 We release the inference code and model weights of SkyReels-V1 Text2Video Model',
    },
  },
  {
    id: 'osi-llama',
    date: '2025-02-18',
    org: 'osi',
    type: 'legal',
    kind: 'press-report',
    source: {
      id: 'osi-llama-2025',
      title: "Meta's LLaMa license is still not Open Source (copy of OSI post)",
      publisher: 'Open Source Initiative (copy at cybercm.tech)',
      date: '2025-02-18',
      url: 'https://cybercm.tech/blog/2025/02/18/metas-llama-license-is-still-not-open-source',
      quote: 'Llama 3.x is still not Open Source by any stretch of the imagination.',
    },
  },
  {
    id: 'moonlight',
    date: '2025-02-23',
    org: 'moonshot',
    type: 'open-weights',
    kind: 'company-claim',
    source: {
      id: 'moonlight-readme',
      title: 'MoonshotAI/Moonlight README',
      publisher: 'Moonshot AI (GitHub)',
      date: '2025-02-22',
      url: 'https://github.com/MoonshotAI/Moonlight',
      quote: 'we introduce Moonlight, a 3B/16B-parameter Mixture-of-Expert (MoE) model trained with 5.7T tokens using Muon.',
    },
  },
  { id: 'flashmla', date: '2025-02-24', org: 'deepseek', type: 'open-code', licence: 'MIT', kind: 'company-claim', source: openInfra },
  { id: 'deepep', date: '2025-02-25', org: 'deepseek', type: 'open-code', licence: 'MIT', kind: 'company-claim', source: openInfra },
  {
    id: 'qwq-max-preview',
    date: '2025-02-25',
    org: 'alibaba',
    type: 'closed',
    kind: 'company-claim',
    source: {
      id: 'qwq-max-preview-blog',
      title: 'Think Deeper, Act Faster: QwQ-Max-Preview',
      publisher: 'Qwen team blog',
      date: '2025-02-25',
      url: 'https://qwenlm.github.io/blog/qwq-max-preview/',
      quote:
        'As a sneak peek into our upcoming QwQ-Max release, this version offers a glimpse of its enhanced capabilities, with ongoing refinements and an official Apache 2.0-licensed open-source launch of QwQ-Max and Qwen2.5-Max planned soon.',
    },
  },
  {
    id: 'wan-2-1',
    date: '2025-02-25',
    org: 'alibaba',
    type: 'open-weights',
    licence: 'Apache 2.0',
    kind: 'company-claim',
    source: {
      id: 'wan-2-1-readme',
      title: 'Wan-Video/Wan2.1 README',
      publisher: 'Alibaba Wan (GitHub)',
      date: '2025-02-25',
      url: 'https://github.com/Wan-Video/Wan2.1',
      quote: "Feb 25, 2025: 👋 We've released the inference code and weights of Wan2.1.",
    },
  },
  { id: 'deepgemm', date: '2025-02-26', org: 'deepseek', type: 'open-code', licence: 'MIT', kind: 'company-claim', source: openInfra },
  {
    id: 'offpeak',
    date: '2025-02-26',
    org: 'deepseek',
    type: 'pricing',
    kind: 'press-report',
    source: {
      id: 'faxianai-offpeak',
      title: 'DeepSeek API 错峰优惠',
      publisher: 'faxianai.com',
      date: '2025-02-27',
      url: 'https://www.faxianai.com/news/7934.html',
      quote: 'DeepSeek-V3版本将降至原价的50%，而DeepSeek-R1版本更是低至原价的25%',
    },
  },
  { id: 'dualpipe', date: '2025-02-27', org: 'deepseek', type: 'open-code', licence: 'MIT', kind: 'company-claim', source: openInfra },
  { id: '3fs', date: '2025-02-28', org: 'deepseek', type: 'open-code', licence: 'MIT', kind: 'company-claim', source: openInfra },
  {
    id: 'day-6',
    date: '2025-03-01',
    org: 'deepseek',
    type: 'statement',
    kind: 'company-claim',
    source: {
      id: 'deepseek-day6',
      title: 'Day 6: One More Thing, DeepSeek-V3/R1 Inference System Overview',
      publisher: 'DeepSeek (GitHub)',
      date: '2025-03-01',
      url: 'https://github.com/deepseek-ai/open-infra-index/blob/main/202502OpenSourceWeek/day_6_one_more_thing_deepseekV3R1_inference_system_overview.md',
      quote:
        "If all tokens were billed at DeepSeek-R1's pricing (*), the total daily revenue would be $562,027, with a cost profit margin of 545%.",
    },
  },
  {
    id: 'qwq-32b',
    date: '2025-03-06',
    org: 'alibaba',
    type: 'open-weights',
    licence: 'Apache 2.0',
    kind: 'company-claim',
    source: {
      id: 'qwq-32b-blog',
      title: 'QwQ-32B: Embracing the Power of Reinforcement Learning',
      publisher: 'Qwen team blog',
      date: '2025-03-06',
      url: 'https://qwenlm.github.io/blog/qwq-32b/',
      quote: 'QwQ-32B is open-weight in Hugging Face and ModelScope under the Apache 2.0 license',
    },
  },
  {
    id: 'llama-4',
    date: '2025-04-05',
    org: 'meta',
    type: 'open-weights',
    licence: 'Llama 4 Community License',
    kind: 'company-claim',
    source: llamaModels,
  },
  {
    id: 'glm-4-32b',
    date: '2025-04-14',
    org: 'zhipu',
    type: 'open-weights',
    kind: 'company-claim',
    source: { ...glm4, id: 'glm-4-readme-0414', quote: 'GLM-4-32B-0414' },
  },
  {
    id: 'ernie-4-5-open',
    date: '2025-06-30',
    org: 'baidu',
    type: 'open-weights',
    licence: 'Apache 2.0',
    kind: 'company-claim',
    source: {
      id: 'ernie-4-5-hf',
      title: 'baidu/ERNIE-4.5 collection',
      publisher: 'Baidu (Hugging Face)',
      date: '2025-06-30',
      url: 'https://huggingface.co/collections/baidu/ernie-45',
      quote:
        'We introduce ERNIE 4.5, a new family of large-scale multimodal models comprising 10 distinct variants. … All models are publicly accessible under Apache 2.0',
    },
  },
  {
    id: 'glm-4-5',
    date: '2025-07-28',
    org: 'zhipu',
    type: 'open-weights',
    licence: 'MIT',
    kind: 'company-claim',
    source: {
      id: 'glm-4-5-hf',
      title: 'zai-org/GLM-4.5 collection',
      publisher: 'Z.ai (Hugging Face)',
      date: '2025-07-28',
      url: 'https://huggingface.co/collections/zai-org/glm-45',
      quote: 'GLM-4.5',
    },
  },
  {
    id: 'gpt-oss',
    date: '2025-08-05',
    org: 'openai',
    type: 'open-weights',
    licence: 'Apache 2.0',
    kind: 'company-claim',
    source: {
      id: 'gpt-oss-readme',
      title: 'openai/gpt-oss README',
      publisher: 'OpenAI (GitHub)',
      date: '2025-08-05',
      url: 'https://github.com/openai/gpt-oss',
      quote: 'Permissive Apache 2.0 license',
    },
  },
];

/** The dense weeks drawn on an expanded scale: R1's release to QwQ-32B. */
export const DENSE_WINDOW = { start: '2025-01-20', end: '2025-03-06' } as const;

/** The span the timeline covers. */
export const TIMELINE_SPAN = { start: '2024-04-01', end: '2025-08-31' } as const;

/** Parse an ISO date (YYYY-MM-DD) as a UTC date. */
export function parseDay(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return new Date(NaN);
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(y, mo - 1, da));
  return d.getUTCDate() === da && d.getUTCMonth() === mo - 1 ? d : new Date(NaN);
}

/** Every distinct source behind the timeline, in first-use order. */
export function timelineSources(events: readonly OpenClosedEvent[] = EVENTS): Source[] {
  const seen = new Map<string, Source>();
  for (const e of events) if (!seen.has(e.source.id)) seen.set(e.source.id, e.source);
  return [...seen.values()];
}

/** Sources for the fact-check notes. */
export const FACT_CHECK_SOURCES = {
  factcheck: {
    id: 'factcheck-v3-date',
    title: 'deepseek-ai/DeepSeek-V3, commit 4c2fdb8 "Release DeepSeek-V3" (2024-12-26)',
    publisher: 'DeepSeek (GitHub)',
    date: '2024-12-26',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3',
    quote: 'Release DeepSeek-V3',
  },
  v3Licence: {
    id: 'v3-license-model',
    title: 'DeepSeek-V3 LICENSE-MODEL',
    publisher: 'DeepSeek (GitHub)',
    date: '2024-12-26',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL',
    quote:
      '"Data" means a collection of information and/or content extracted from the dataset used with the Model … The Data is not licensed under this License.',
  },
  stars: {
    id: 'stars-2026',
    title: 'awesome-opensource-ai PR #448 (star counts, 2026)',
    publisher: 'GitHub',
    date: '2026-05-09',
    url: 'https://github.com/alvinreal/awesome-opensource-ai/pull/448',
    quote: '| DeepSeek-V3 | 103,430 | MIT | … | DeepSeek-R1 | 92,020 | MIT |',
  },
} satisfies Record<string, Source>;

/** Turning points: their labels are placed first on the timeline. */
export const KEY_EVENTS: ReadonlySet<string> = new Set([
  'llama-3',
  'deepseek-v2',
  'li-waic-2024',
  'deepseek-v3',
  'deepseek-r1',
  'qwen2-5-max',
  'altman-history',
  'li-dubai',
  'qwq-max-preview',
  'qwq-32b',
  'ernie-4-5-open',
  'gpt-oss',
]);
