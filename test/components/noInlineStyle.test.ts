/**
 * The page ships `style-src 'self'` with no 'unsafe-inline' (issue 9 §5): the browser drops
 * every `style` attribute in the HTML, so no chart or control may render one. Layout that
 * matters before the script runs uses SVG presentation attributes (x, y, transform, fill…)
 * and classes. Every chart and control is rendered with svelte/server here, in each
 * language and each of its modes, and the HTML is parsed: no element may carry `style`.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import SmileCurve from '../../src/charts/SmileCurve.svelte';
import Timeline from '../../src/charts/Timeline.svelte';
import GapChart from '../../src/charts/GapChart.svelte';
import DayProfile from '../../src/charts/DayProfile.svelte';
import MarginWaterfall from '../../src/charts/MarginWaterfall.svelte';
import FrameFixture from './fixtures/FrameFixture.svelte';
import Legend from '../../src/charts/layers/Legend.svelte';
import SmileLegend from '../../src/charts/smile/SmileLegend.svelte';
import DetailPanel from '../../src/charts/layers/DetailPanel.svelte';
import SourceCite from '../../src/charts/layers/SourceCite.svelte';
import AxisX from '../../src/charts/layers/AxisX.svelte';
import AxisY from '../../src/charts/layers/AxisY.svelte';
import Presets from '../../src/controls/Presets.svelte';
import InputGroup from '../../src/controls/InputGroup.svelte';
import Slider from '../../src/controls/Slider.svelte';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { EVENT_TYPES } from '../../src/lib/data/openClosed';
import { VALUE_CHAIN } from '../../src/lib/data/valueChain';
import { loadLocale } from '../../src/lib/i18n';
import type { Locale } from '../../src/lib/i18n/types';
import { ui } from '../../src/lib/state/ui.svelte';
import { provideProse } from '../../src/lib/prose';
import { renderProse } from '../../src/prose/blocks';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Case = [name: string, component: Component<any>, props: Record<string, unknown>];

const source = VALUE_CHAIN.find((r) => r.id === 'perplexity')!.margins.operating?.source ?? VALUE_CHAIN[0]!.margins.gross!.source;

const CASES: Case[] = [
  ['SmileCurve operating', SmileCurve, { metric: 'operating', showIdea: true }],
  ['SmileCurve gross', SmileCurve, { metric: 'gross', showIdea: false }],
  ['Timeline', Timeline, {}],
  ['Timeline, two types', Timeline, { types: EVENT_TYPES.slice(0, 2) }],
  ['Timeline, no type', Timeline, { types: [] }],
  ['GapChart points', GapChart, { mode: 'points' }],
  ['GapChart percent', GapChart, { mode: 'percent' }],
  ['DayProfile', DayProfile, { gpusPerNode: 8, gpuHourPrice: 2 }],
  ['MarginWaterfall claim', MarginWaterfall, { result: computeDay(DEFAULT_INPUTS) }],
  ['MarginWaterfall loss', MarginWaterfall, { result: computeDay({ ...DEFAULT_INPUTS, freePct: 95, gpuHourPrice: 4 }) }],
  ['FigureFrame', FrameFixture, {}],
  [
    'Legend',
    Legend,
    {
      items: [
        { label: 'a', ink: 'revenue' },
        { label: 'b', ink: 'negative', style: 'dashed' },
        { label: 'c', ink: 'cost', style: 'line' },
        { label: 'd', ink: 'shade', style: 'shade' },
      ],
    },
  ],
  ['SmileLegend', SmileLegend, { showIdea: true }],
  ['DetailPanel', DetailPanel, { open: true, hint: 'h', name: 'n', context: 'c', rows: [{ term: 't', value: 'v' }], sourceTerm: 's', source, extra: { term: 'e', source } }],
  ['SourceCite', SourceCite, { source }],
  ['AxisX', AxisX, { ticks: [{ x: 10, label: '0' }], y: 5 }],
  ['AxisY', AxisY, { ticks: [{ value: 0, y: 5 }], width: 100, format: String }],
  ['Presets', Presets, {}],
  ['InputGroup', InputGroup, { legend: 'L', keys: ['nodes', 'gpuHourPrice'], inactive: ['gpuHourPrice'] }],
  ['Slider', Slider, { id: 's', label: 'L', value: 2, min: 0, max: 10, step: 0.05, unitTemplate: '{v} $' }],
];

/**
 * Every start tag that carries a style attribute, as written. A small tokenizer of Svelte's
 * server output: text and attribute values are escaped there, so a "<" followed by a letter
 * starts a tag, and each value is double-quoted.
 */
function styled(body: string): string[] {
  const found: string[] = [];
  const tag = /<([a-zA-Z][^\s/>]*)/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    let i = tag.lastIndex;
    const names: string[] = [];
    for (;;) {
      while (/\s/.test(body[i] ?? '')) i++;
      if (i >= body.length || body[i] === '>' || body.startsWith('/>', i)) break;
      const name = /^[^\s=/>]+/.exec(body.slice(i))?.[0] ?? body[i]!;
      i += name.length;
      if (body[i] === '=') {
        const quote = body[i + 1];
        const end = quote === '"' || quote === "'" ? body.indexOf(quote, i + 2) + 1 : body.slice(i).search(/[\s>]/) + i;
        i = end > i ? end : body.length;
      }
      names.push(name.toLowerCase());
    }
    if (names.includes('style')) found.push(body.slice(m.index, i + 1));
    tag.lastIndex = i;
  }
  return found;
}

describe.each(['en', 'zh-Hans'] as Locale[])('no inline style attribute in the server render (%s)', (locale) => {
  beforeAll(async () => {
    await loadLocale(locale);
    ui.locale = locale;
    provideProse(renderProse());
    return () => {
      provideProse(null);
      ui.locale = 'en';
    };
  });

  it.each(CASES)('%s', (_name, component, props) => {
    const { body } = render(component, { props });
    expect(body.length).toBeGreaterThan(20);
    expect(styled(body)).toEqual([]);
  });

  it('the check itself finds a style attribute, and only in tags', () => {
    expect(styled('<svg><g class="a" style="color: red"></g></svg><p title="style=x >">style="x"</p><br style=\'a\'/>')).toEqual([
      '<g class="a" style="color: red">',
      "<br style='a'/",
    ]);
    expect(styled('<textarea>&lt;iframe style="border:0"&gt;</textarea><p data-style="x">')).toEqual([]);
  });
});
