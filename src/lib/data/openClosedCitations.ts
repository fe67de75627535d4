/**
 * The citation of every event on the open/closed timeline: organisation, licence, kind of
 * source, and the source itself with its exact quote. Build time only: the prerender renders
 * these into the HTML (detail panels, the table, the source list, the CSV file); no module of
 * the browser bundle imports this one (test/build/dist.test.ts checks).
 *
 * Compiled from shared/sources/open-vs-closed-factcheck.md, section 2; the Llama 3.3 and Llama 4
 * quotes are from their model cards in meta-llama/llama-models, read at the source; the 2025–26
 * releases from shared/sources/what-happened-next-2025-2026.md, section 3, re-read at the
 * commits their addresses name.
 */
import type { Kind, CitedSource } from './types';
import { EVENTS, type Citation, type OpenClosedEvent, type OrgId, type TimelineEvent } from './openClosed';

const llamaModels: CitedSource = {
  id: 'llama-models',
  title: 'meta-llama/llama-models README (model release table)',
  publisher: 'Meta (GitHub)',
  date: '2025-04',
  url: 'https://github.com/meta-llama/llama-models',
  quote: 'Llama 3.1 | 7/23/2024 | 8B, 70B, 405B',
};
/**
 * Llama 3.3 and Llama 4 each cite their own model card, published with the weights. (The
 * README's table, added four months later, gives Llama 3.3 as 12/04/2024; the model card of
 * release day and the commit that added it both say 6 December 2024.)
 */
const llama33Card: CitedSource = {
  id: 'llama-3-3-model-card',
  title: 'Llama 3.3 model card (meta-llama/llama-models, models/llama3_3/MODEL_CARD.md)',
  publisher: 'Meta (GitHub)',
  date: '2024-12-06',
  url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md',
  quote:
    'The Meta Llama 3.3 multilingual large language model (LLM) is a pretrained and instruction tuned generative model in 70B (text in/text out). … Model Release Date: … 70B Instruct: December 6, 2024',
};
const llama4Card: CitedSource = {
  id: 'llama-4-model-card',
  title: 'Llama 4 model card (meta-llama/llama-models, models/llama4/MODEL_CARD.md)',
  publisher: 'Meta (GitHub)',
  date: '2025-04-05',
  url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md',
  quote:
    'We are launching two efficient models in the Llama 4 series, Llama 4 Scout, a 17 billion parameter model with 16 experts, and Llama 4 Maverick, a 17 billion parameter model with 128 experts. … Model Release Date: April 5, 2025',
};
const openInfra: CitedSource = {
  id: 'open-infra-index',
  title: 'deepseek-ai/open-infra-index: Open Source Week',
  publisher: 'DeepSeek (GitHub)',
  date: '2025-02-24',
  url: 'https://github.com/deepseek-ai/open-infra-index',
  quote: "Starting this week , Feb 24, 2025 we'll open-source 5 repos – one daily drop",
};
/** One Reuters report, republished: it carries both Baidu's WeChat announcement and Li's Dubai remark. */
const ernieReuters: CitedSource = {
  id: 'reuters-ernie-open',
  title: "Baidu's Ernie AI model to become open source amid rising competition (Reuters, republished)",
  publisher: 'Reuters via Alpha News',
  date: '2025-02-14',
  url: 'https://world.alpha-news.org/article/baidus-ernie-ai-model-to-become-open-source-amid-rising-competition',
  quote:
    'Baidu plans to roll out the Ernie 4.5 series gradually in the coming months, with an official open-source release slated for June 30, as shared on WeChat.',
};
const glm4: CitedSource = {
  id: 'glm-4-readme',
  title: 'zai-org/GLM-4 README',
  publisher: 'Zhipu AI (GitHub)',
  date: '2025-04-14',
  url: 'https://github.com/zai-org/GLM-4',
  quote: '2024/06/05: We released the `GLM-4-9B` series',
};

/**
 * A source given in place: title, publisher, url, quote and, when it differs from the
 * event's, date. Its id is derived from the event's (`<event>-source`).
 */
type SourceRow = [title: string, publisher: string, url: string, quote: string, date?: string];

interface CitationRow {
  org: OrgId;
  kind: Kind;
  source: CitedSource | SourceRow;
  licence?: string;
}

function cite(org: OrgId, kind: Kind, source: CitedSource | SourceRow, licence?: string): CitationRow {
  return { org, kind, source, licence };
}

/** Citations by event id; every event in EVENTS has one (test/data/openClosed.test.ts). */
export const CITATIONS: Readonly<Record<string, CitationRow>> = {
  // NBD's English page, with the English words it carries (Li's Chinese wording is not on it).
  'li-speech-leak': cite(
    'baidu',
    'press-report',
    [
      'Robin Li’s leaked internal speech on open and closed models (NBD, English edition)',
      'National Business Daily',
      'https://www.nbdpress.com/articles/2024-04-12/55583.html',
      'Robin Li also stated that closed-source models have a business model and are profitable, which allows them to attract computing power and talent.',
      '2024-04-12',
    ],
  ),
  'li-create-2024': cite(
    'baidu',
    'press-report',
    [
      'Baidu Create 2024 keynote (report)',
      'OFweek',
      'https://www.ofweek.com/ai/2024-04/ART-201700-8500-30632353.html',
      '未来开源模型会越来越落后',
    ],
  ),
  'llama-3': cite(
    'meta',
    'company-claim',
    [
      'meta-llama/llama3 LICENSE',
      'Meta (GitHub)',
      'https://github.com/meta-llama/llama3/blob/main/LICENSE',
      'If, on the Meta Llama 3 version release date, the monthly active users … is greater than 700 million monthly active users in the preceding calendar month, you must request a license from Meta',
    ],
    'Meta Llama 3 Community License',
  ),
  'deepseek-v2': cite(
    'deepseek',
    'company-claim',
    [
      'deepseek-ai/DeepSeek-V2 README, API price table',
      'DeepSeek (GitHub)',
      'https://github.com/deepseek-ai/DeepSeek-V2',
      'DeepSeek-V2 | 0.14 | 0.28 (USD per 1M input / output tokens)',
    ],
    'DeepSeek Model License (code: MIT)',
  ),
  'doubao-pro': cite(
    'bytedance',
    'press-report',
    [
      '比同行低99%，字节跳动挑起大模型价格战',
      'bg3.co (copy of news report)',
      'https://cn.bg3.co/a/bi-tong-xing-di-99-zi-jie-tiao-qi-da-mo-xing-jie-ge-zhan.html',
      '豆包通用模型Pro 32k模型，正式定价是0.8厘/千tokens，比行业价格降低99.3%。',
    ],
  ),
  'glm-4-9b': cite(
    'zhipu',
    'company-claim',
    glm4,
  ),
  'musk-withdraws': cite(
    'musk',
    'press-report',
    [
      'Elon Musk withdraws lawsuit against OpenAI (Reuters)',
      'Honolulu Star-Advertiser (Reuters)',
      'https://www.staradvertiser.com/2024/06/11/breaking-news/elon-musk-withdraws-lawsuit-against-openai/',
      'Elon Musk today moved to dismiss his lawsuit in California state court',
    ],
  ),
  'li-waic-2024': cite(
    'baidu',
    'press-report',
    [
      'Robin Li at WAIC 2024 (report)',
      'CCTIME 飞象网',
      'https://www.cctime.com/html/2024-7-5/1686989.htm',
      '当你处在激烈竞争的环境中，需要让业务效率比同行更高、成本比同行更低，这时，商业化的闭源模型是最能打的。',
      '2024-07-05',
    ],
  ),
  'llama-3-1': cite(
    'meta',
    'company-claim',
    llamaModels,
    'Llama 3.1 Community License',
  ),
  'epoch-lag': cite(
    'epoch',
    'estimate',
    [
      'How far behind are open models?',
      'Epoch AI',
      'https://epoch.ai/blog/open-models-report',
      'The best open model today is on par with closed models in performance and training compute, but with a lag of about one year.',
    ],
  ),
  'llama-3-3': cite(
    'meta',
    'company-claim',
    llama33Card,
    'Llama 3.3 Community License',
  ),
  'doubao-vision': cite(
    'bytedance',
    'press-report',
    [
      'Volcano Engine Winter FORCE: Doubao visual understanding model pricing',
      '36Kr',
      'https://eu.36kr.com/en/p/3087240690464903',
      'the input price of the Doubao Visual Understanding Model per thousand tokens is only 3 cents. One yuan can process 284 720P images, which is 85% cheaper than the industry price',
    ],
  ),
  'deepseek-v3': cite(
    'deepseek',
    'company-claim',
    [
      'deepseek-ai/DeepSeek-V3, commit 4c2fdb8 "Release DeepSeek-V3"',
      'DeepSeek (GitHub)',
      'https://github.com/deepseek-ai/DeepSeek-V3',
      'We present DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model with 671B total parameters with 37B activated for each token.',
    ],
    'DeepSeek Model License (code: MIT)',
  ),
  'minimax-01': cite(
    'minimax',
    'company-claim',
    [
      'MiniMax-AI/MiniMax-01 README',
      'MiniMax (GitHub)',
      'https://github.com/MiniMax-AI/MiniMax-01',
      'MiniMax-Text-01 is a powerful language model boasting 456 billion total parameters, with 45.9 billion activated per token.',
    ],
    'MiniMax Model Agreement (code: MIT)',
  ),
  'deepseek-r1': cite(
    'deepseek',
    'company-claim',
    [
      'deepseek-ai/DeepSeek-R1, commit 23807ce "Release DeepSeek-R1"',
      'DeepSeek (GitHub)',
      'https://github.com/deepseek-ai/DeepSeek-R1',
      'This code repository and the model weights are licensed under the MIT License … DeepSeek-R1 series support commercial use, allow for any modifications and derivative works, including, but not limited to, distillation for training other LLMs.',
    ],
    'MIT',
  ),
  'kimi-k1-5': cite(
    'moonshot',
    'company-claim',
    [
      'MoonshotAI/Kimi-k1.5 (technical report only)',
      'Moonshot AI (GitHub)',
      'https://github.com/MoonshotAI/Kimi-k1.5',
      'Kimi_k1.5.pdf',
    ],
  ),
  'videoworld-code': cite(
    'bytedance',
    'company-claim',
    [
      'bytedance/VideoWorld README',
      'ByteDance Seed (GitHub)',
      'https://github.com/bytedance/VideoWorld',
      '[2025.1] We release the code and dataset.',
    ],
  ),
  'open-r1': cite(
    'huggingface',
    'company-claim',
    [
      'huggingface/open-r1 README',
      'Hugging Face (GitHub)',
      'https://github.com/huggingface/open-r1',
      'The goal of this repo is to build the missing pieces of the R1 pipeline such that everybody can reproduce and build on top of it.',
    ],
  ),
  'qwen2-5-vl': cite(
    'alibaba',
    'company-claim',
    [
      'QwenLM/Qwen2.5-VL README',
      'Alibaba Qwen (GitHub)',
      'https://github.com/QwenLM/Qwen2.5-VL',
      '2025.01.28',
    ],
  ),
  'qwen2-5-max': cite(
    'alibaba',
    'company-claim',
    [
      'Qwen2.5-Max: Exploring the Intelligence of Large-scale MoE Model',
      'Qwen team blog',
      'https://qwenlm.github.io/blog/qwen2.5-max/',
      'Today, we are excited to share the performance results of Qwen2.5-Max and announce the availability of its API through Alibaba Cloud.',
    ],
  ),
  'altman-history': cite(
    'openai',
    'press-report',
    [
      'OpenAI chief Sam Altman calls for new open-source strategy',
      'News Central',
      'https://newscentral.africa/openai-chief-sam-altman-calls-for-new-open-source-strategy/',
      'I personally think we have been on the wrong side of history here and need to figure out a different open-source strategy',
      '2025-02-01',
    ],
  ),
  'li-dubai': cite(
    'baidu',
    'press-report',
    {
      ...ernieReuters,
      id: 'reuters-li-dubai',
      quote: 'If you open things up, a lot of people will be curious enough to try it. This will help spread the technology much faster.',
    },
  ),
  'ernie-announce': cite(
    'baidu',
    'press-report',
    ernieReuters,
  ),
  'step-video': cite(
    'stepfun',
    'company-claim',
    [
      'stepfun-ai/Step-Video-T2V README',
      'StepFun (GitHub)',
      'https://github.com/stepfun-ai/Step-Video-T2V',
      'Feb 17, 2025',
    ],
  ),
  'skyreels': cite(
    'skywork',
    'company-claim',
    [
      'SkyworkAI/SkyReels-V1 README',
      'Skywork AI (GitHub)',
      'https://github.com/SkyworkAI/SkyReels-V1',
      'Feb 18, 2025: 👋 We release the inference code and model weights of SkyReels-V1 Text2Video Model',
    ],
  ),
  'osi-llama': cite(
    'osi',
    'press-report',
    [
      "Meta's LLaMa license is still not Open Source (copy of OSI post)",
      'Open Source Initiative (copy at cybercm.tech)',
      'https://cybercm.tech/blog/2025/02/18/metas-llama-license-is-still-not-open-source',
      'Llama 3.x is still not Open Source by any stretch of the imagination.',
    ],
  ),
  'moonlight': cite(
    'moonshot',
    'company-claim',
    [
      'MoonshotAI/Moonlight README',
      'Moonshot AI (GitHub)',
      'https://github.com/MoonshotAI/Moonlight',
      'we introduce Moonlight, a 3B/16B-parameter Mixture-of-Expert (MoE) model trained with 5.7T tokens using Muon.',
      '2025-02-22',
    ],
  ),
  'flashmla': cite(
    'deepseek',
    'company-claim',
    openInfra,
    'MIT',
  ),
  'deepep': cite(
    'deepseek',
    'company-claim',
    openInfra,
    'MIT',
  ),
  'qwq-max-preview': cite(
    'alibaba',
    'company-claim',
    [
      'Think Deeper, Act Faster: QwQ-Max-Preview',
      'Qwen team blog',
      'https://qwenlm.github.io/blog/qwq-max-preview/',
      'As a sneak peek into our upcoming QwQ-Max release, this version offers a glimpse of its enhanced capabilities, with ongoing refinements and an official Apache 2.0-licensed open-source launch of QwQ-Max and Qwen2.5-Max planned soon.',
    ],
  ),
  'wan-2-1': cite(
    'alibaba',
    'company-claim',
    [
      'Wan-Video/Wan2.1 README',
      'Alibaba Wan (GitHub)',
      'https://github.com/Wan-Video/Wan2.1',
      "Feb 25, 2025: 👋 We've released the inference code and weights of Wan2.1.",
    ],
    'Apache 2.0',
  ),
  'deepgemm': cite(
    'deepseek',
    'company-claim',
    openInfra,
    'MIT',
  ),
  'offpeak': cite(
    'deepseek',
    'press-report',
    [
      'DeepSeek API 错峰优惠',
      'faxianai.com',
      'https://www.faxianai.com/news/7934.html',
      'DeepSeek-V3版本将降至原价的50%，而DeepSeek-R1版本更是低至原价的25%',
      '2025-02-27',
    ],
  ),
  'dualpipe': cite(
    'deepseek',
    'company-claim',
    openInfra,
    'MIT',
  ),
  '3fs': cite(
    'deepseek',
    'company-claim',
    openInfra,
    'MIT',
  ),
  'day-6': cite(
    'deepseek',
    'company-claim',
    [
      'Day 6: One More Thing, DeepSeek-V3/R1 Inference System Overview',
      'DeepSeek (GitHub)',
      'https://github.com/deepseek-ai/open-infra-index/blob/main/202502OpenSourceWeek/day_6_one_more_thing_deepseekV3R1_inference_system_overview.md',
      "If all tokens were billed at DeepSeek-R1's pricing (*), the total daily revenue would be $562,027, with a cost profit margin of 545%.",
    ],
  ),
  'qwq-32b': cite(
    'alibaba',
    'company-claim',
    [
      'QwQ-32B: Embracing the Power of Reinforcement Learning',
      'Qwen team blog',
      'https://qwenlm.github.io/blog/qwq-32b/',
      'QwQ-32B is open-weight in Hugging Face and ModelScope under the Apache 2.0 license',
    ],
    'Apache 2.0',
  ),
  'llama-4': cite(
    'meta',
    'company-claim',
    llama4Card,
    'Llama 4 Community License',
  ),
  'glm-4-32b': cite(
    'zhipu',
    'company-claim',
    [
      'zai-org/GLM-4 README',
      'Zhipu AI (GitHub)',
      'https://github.com/zai-org/GLM-4',
      'GLM-4-32B-0414',
    ],
  ),
  'ernie-4-5-open': cite(
    'baidu',
    'company-claim',
    [
      'baidu/ERNIE-4.5 collection',
      'Baidu (Hugging Face)',
      'https://huggingface.co/collections/baidu/ernie-45',
      'We introduce ERNIE 4.5, a new family of large-scale multimodal models comprising 10 distinct variants. … All models are publicly accessible under Apache 2.0',
    ],
    'Apache 2.0',
  ),
  'glm-4-5': cite(
    'zhipu',
    'company-claim',
    [
      'zai-org/GLM-4.5 collection',
      'Z.ai (Hugging Face)',
      'https://huggingface.co/collections/zai-org/glm-45',
      'GLM-4.5',
    ],
    'MIT',
  ),
  'gpt-oss': cite(
    'openai',
    'company-claim',
    [
      'openai/gpt-oss README',
      'OpenAI (GitHub)',
      'https://github.com/openai/gpt-oss',
      'Permissive Apache 2.0 license',
    ],
    'Apache 2.0',
  ),
  // 2025–26: each quote re-read in the repository at the commit named in the address (or, for
  // the press reports, on the public page itself).
  qwen3: cite(
    'alibaba',
    'company-claim',
    [
      'QwenLM/Qwen3 README (merge "add_qwen3", 29 Apr 2025)',
      'Qwen team, Alibaba (GitHub)',
      'https://github.com/QwenLM/Qwen3/blob/e5a1d3263e017bf56375ec3481eabd00377215aa/README.md',
      'We are making the weights of Qwen3 available to the public, including both dense and Mixture-of-Expert (MoE) models. … All our open-source models are licensed under Apache 2.0.',
    ],
    'Apache 2.0',
  ),
  'minimax-m1': cite(
    'minimax',
    'company-claim',
    [
      'MiniMax-AI/MiniMax-M1 README (the repository’s first commit is of 14 Jun 2025)',
      'MiniMax (GitHub)',
      'https://github.com/MiniMax-AI/MiniMax-M1/blob/2abb4f45a9df4154b4bde024d51874bd127edcee/README.md',
      "We introduce MiniMax-M1, the world's first open-weight, large-scale hybrid-attention reasoning model.",
    ],
    'Apache 2.0',
  ),
  'kimi-k2': cite(
    'moonshot',
    'company-claim',
    [
      'MoonshotAI/Kimi-K2 README and LICENSE (initial commit, 11 Jul 2025)',
      'Moonshot AI (GitHub)',
      'https://github.com/MoonshotAI/Kimi-K2/blob/d778e270ff3551ef3e42a085dd474760501a95b7/README.md',
      'Kimi K2 is a state-of-the-art mixture-of-experts (MoE) language model with 32 billion activated parameters and 1 trillion total parameters. … Both the code repository and the model weights are released under the Modified MIT License.',
    ],
    'Modified MIT (shows “Kimi K2” above 100M monthly users or $20M monthly revenue)',
  ),
  'deepseek-v3-2-exp': cite(
    'deepseek',
    'company-claim',
    [
      'deepseek-ai/DeepSeek-V3.2-Exp LICENSE (initial commit, 29 Sep 2025) and README',
      'DeepSeek (GitHub)',
      'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/81dcc85398099a0677aafd2e0f3827945c5120c1/LICENSE',
      'MIT License Copyright (c) 2025 DeepSeek … (README: We are excited to announce the official release of DeepSeek-V3.2-Exp, an experimental version of our model.)',
    ],
    'MIT',
  ),
  'glm-4-6': cite(
    'zhipu',
    'company-claim',
    [
      'zai-org/GLM-4.5 README, commit "update the GLM-4.6 bench" (30 Sep 2025)',
      'Z.ai (GitHub)',
      'https://github.com/zai-org/GLM-4.5/blob/6fb1bbf4e4a5d08f5e8269cd6b87660e56397ff6/README.md',
      'Compared with GLM-4.5, GLM-4.6 brings several key improvements: Longer context window: The context window has been expanded from 128K to 200K tokens',
    ],
  ),
  'minimax-m2': cite(
    'minimax',
    'company-claim',
    [
      'MiniMax-AI/MiniMax-M2 README (27 Oct 2025)',
      'MiniMax (GitHub)',
      'https://github.com/MiniMax-AI/MiniMax-M2/blob/ab049d538caa1e3df90fce7995123d0f2032a361/README.md',
      'With 10 billion activated parameters (230 billion in total), MiniMax-M2 delivers lower latency, lower cost, and higher throughput … The MiniMax-M2 API is now live on the MiniMax Open Platform and is free for a limited time',
    ],
    'Apache 2.0 at release (the LICENSE file became MIT on 13 Nov 2025)',
  ),
  'deepseek-v3-2': cite(
    'deepseek',
    'press-report',
    [
      'DeepSeek Releases V3.2 and V3.2-Speciale with Sparse Attention',
      'The Ledger',
      'https://www.the-ledger.net/events/deepseek-v3-2-release',
      'On December 1, 2025, DeepSeek published V3.2 weights on Hugging Face with full MIT licensing.',
    ],
    'MIT',
  ),
  'glm-4-7': cite(
    'zhipu',
    'company-claim',
    [
      'zai-org/GLM-4.5 README, commit "GLM-4.7 (#116)" (23 Dec 2025)',
      'Z.ai (GitHub)',
      'https://github.com/zai-org/GLM-4.5/blob/774bfe7fa3ab0fb15b519701946addd3c28f9ec6/README.md',
      'GLM-4.7 brings clear gains, compared to its predecessor GLM-4.6, in multilingual agentic coding and terminal-based tasks',
    ],
  ),
  'kimi-k2-5': cite(
    'moonshot',
    'company-claim',
    [
      'MoonshotAI/Kimi-K2.5 README (initial commit, 31 Jan 2026, Beijing time)',
      'Moonshot AI (GitHub)',
      'https://github.com/MoonshotAI/Kimi-K2.5/blob/48b53bfa88c8cf7bf7cd568c485b6784e5199b7e/README.md',
      'Kimi K2.5 is an open-source, native multimodal agentic model built through continual pretraining on approximately 15 trillion mixed visual and text tokens atop Kimi-K2-Base. … Both the code repository and the model weights are released under the Modified MIT License.',
    ],
    'Modified MIT',
  ),
  'glm-5': cite(
    'zhipu',
    'company-claim',
    [
      'zai-org/GLM-5 README (first published 11 Feb 2026; the sentence as of 9 Apr 2026)',
      'Z.ai (GitHub)',
      'https://github.com/zai-org/GLM-5/blob/218be5246e4d3c38699de5717437d6d5daee4ec4/README.md',
      'Compared to GLM-4.5, GLM-5 scales from 355B parameters (32B active) to 744B parameters (40B active), and increases pre-training data from 23T to 28.5T tokens.',
    ],
    'Apache 2.0 (the repository’s LICENSE file)',
  ),
  'muse-spark': cite(
    'meta',
    'press-report',
    [
      'Meta debuts Muse Spark',
      'The Daily Scout (citing Axios, Wired and Meta’s announcement)',
      'https://thedailyscout.com/s/4jLYX33U8vg',
      'Meta unveiled Muse Spark, a new proprietary multimodal model that accepts voice, text and image inputs and is already powering the Meta AI app and Meta.ai. … Wired reports Muse Spark is proprietary, and Meta says outside access starts only as a private preview application programming interface for selected partners.',
      '2026-04',
    ],
  ),
  'deepseek-v4': cite(
    'deepseek',
    'press-report',
    [
      'DeepSeek‑V4 open‑sourced with 1M context',
      'The Daily Scout',
      'https://thedailyscout.com/s/YepWnLrqNKk',
      'DeepSeek released four open-weight DeepSeek‑V4 checkpoints on April 24, including Pro and Flash chat models plus base variants … The larger DeepSeek‑V4‑Pro uses 1.6 trillion total parameters with 49 billion active per token … The release adds MIT-licensed weights and API access',
    ],
    'MIT',
  ),
};

/** An event's citation, its in-place source completed (id and date). */
export function citation(e: TimelineEvent): Citation {
  const c = CITATIONS[e.id];
  if (!c) throw new Error(`No citation for event "${e.id}"`);
  const s = c.source;
  const source = Array.isArray(s) ? { id: `${e.id}-source`, title: s[0], publisher: s[1], date: s[4] ?? e.date, url: s[2], quote: s[3] } : s;
  return c.licence ? { org: c.org, kind: c.kind, licence: c.licence, source } : { org: c.org, kind: c.kind, source };
}

/** Every event with its citation, in date order. */
export const EVENT_RECORDS: readonly OpenClosedEvent[] = EVENTS.map((e) => ({ ...e, ...citation(e) }));

/** Every distinct source behind the timeline, in first-use order. */
export function timelineSources(events: readonly OpenClosedEvent[] = EVENT_RECORDS): CitedSource[] {
  const seen = new Map<string, CitedSource>();
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
} satisfies Record<string, CitedSource>;

function sourceOf(id: string): CitedSource {
  const e = EVENT_RECORDS.find((r) => r.id === id);
  if (!e) throw new Error(`No event "${id}"`);
  return e.source;
}

export type CheckId = 'v3' | 'data' | 'stars' | 'qwq' | 'videoworld';

/** The source of each fact-check note, in the order the notes are shown. */
export const CITATIONS_BY_CHECK: readonly (readonly [CheckId, CitedSource])[] = [
  ['v3', FACT_CHECK_SOURCES.factcheck],
  ['data', FACT_CHECK_SOURCES.v3Licence],
  ['stars', FACT_CHECK_SOURCES.stars],
  ['qwq', sourceOf('qwq-max-preview')],
  ['videoworld', sourceOf('videoworld-code')],
];

/**
 * What each note is: a correction of something the article got wrong, or a clarification
 * where it was right but incomplete (it says QwQ-Max-Preview "plans to open-source later",
 * which is what Alibaba said).
 */
export const CHECK_KIND: Readonly<Record<CheckId, 'correction' | 'clarification'>> = {
  v3: 'correction',
  data: 'correction',
  stars: 'correction',
  qwq: 'clarification',
  videoworld: 'correction',
};
