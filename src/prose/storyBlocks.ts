/**
 * The blocks of the second half of the story (who is in the race, ads, subscriptions, what it
 * adds up to, what happened next): all static, rendered at build time, costing no JavaScript. Called from
 * renderProse() (blocks.ts). Server only.
 */
import type { Component } from 'svelte';
import RaceBody from './RaceBody.svelte';
import AdsBody from './AdsBody.svelte';
import SubscriptionsBody from './SubscriptionsBody.svelte';
import ConclusionBody from './ConclusionBody.svelte';
import WhatNextBody from './WhatNextBody.svelte';

export const STORY_BLOCKS = ['race/body', 'ads/body', 'subscriptions/body', 'conclusion/body', 'what-next/body'] as const;

type Add = <P extends Record<string, unknown>>(id: string, C: Component<P>, props: P) => void;

export function renderStoryBlocks(add: Add): void {
  add('race/body', RaceBody, {});
  add('ads/body', AdsBody, {});
  add('subscriptions/body', SubscriptionsBody, {});
  add('conclusion/body', ConclusionBody, {});
  add('what-next/body', WhatNextBody, {});
}
