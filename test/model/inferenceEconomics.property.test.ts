import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { INPUT_SPECS, NUMERIC_KEYS, fitToRange, normalizeInputs, type DayInputs, type NumericKey } from '../../src/lib/model/inputs';
import { decode, encode } from '../../src/lib/state/url';

/** Any inputs within the documented ranges. */
const inputsArb: fc.Arbitrary<DayInputs> = fc
  .record({
    ...(Object.fromEntries(
      NUMERIC_KEYS.map((k) => [k, fc.double({ min: INPUT_SPECS[k].min, max: INPUT_SPECS[k].max, noNaN: true })]),
    ) as Record<NumericKey, fc.Arbitrary<number>>),
    costMode: fc.constantFrom('nodes' as const, 'traffic' as const),
    offPeak: fc.boolean(),
  })
  .map((r) => r as DayInputs);

const finiteOrNotDefined = (r: { ok: boolean; value?: number; reason?: string }) =>
  r.ok ? Number.isFinite(r.value) : typeof r.reason === 'string';

describe('invariants for any inputs in range', () => {
  it('every output is finite, or explicitly not defined with a reason', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const r = computeDay(i);
        for (const v of [r.nodes, r.gpuHours, r.cost, r.theoreticalRevenue, r.revenue, r.profit, r.breakEvenRevenue]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        for (const s of r.steps) expect(Number.isFinite(s.after) && Number.isFinite(s.delta)).toBe(true);
        expect(finiteOrNotDefined(r.costProfitMargin)).toBe(true);
        expect(finiteOrNotDefined(r.grossMargin)).toBe(true);
        expect(finiteOrNotDefined(r.costPerMOutput)).toBe(true);
        expect(finiteOrNotDefined(r.breakEvenShare)).toBe(true);
      }),
    );
  });

  it('revenue never falls when a price rises', () => {
    const priceKeys = ['r1Hit', 'r1Miss', 'r1Out', 'v3Hit', 'v3Miss', 'v3Out'] as const;
    fc.assert(
      fc.property(inputsArb, fc.constantFrom(...priceKeys), fc.double({ min: 0, max: 5, noNaN: true }), (i, key, bump) => {
        const before = computeDay(i).revenue;
        const after = computeDay({ ...i, [key]: i[key] + bump }).revenue;
        expect(after).toBeGreaterThanOrEqual(before - 1e-6 * Math.max(1, before));
      }),
    );
  });

  it('caveats never raise revenue: each step is at most the one before', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        // V3 can only lower revenue when V3 is cheaper than R1, as it was.
        const cheaperV3 = { ...i, v3Hit: Math.min(i.v3Hit, i.r1Hit), v3Miss: Math.min(i.v3Miss, i.r1Miss), v3Out: Math.min(i.v3Out, i.r1Out) };
        const steps = computeDay(cheaperV3).steps;
        for (const s of steps.slice(1)) expect(s.delta).toBeLessThanOrEqual(1e-9 * Math.max(1, steps[0]!.after));
      }),
    );
  });

  it('cost is linear in nodes and in the GPU price', () => {
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 0, max: 4, noNaN: true }), (i, k) => {
        const base = { ...i, costMode: 'nodes' as const };
        const c = computeDay(base).cost;
        const scaledNodes = computeDay({ ...base, nodes: base.nodes * k }).cost;
        const scaledPrice = computeDay({ ...base, gpuHourPrice: base.gpuHourPrice * k }).cost;
        expect(scaledNodes).toBeCloseTo(c * k, 6);
        expect(scaledPrice).toBeCloseTo(c * k, 6);
      }),
    );
  });

  it('cost-profit margin and gross margin describe the same profit', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const r = computeDay(i);
        if (r.costProfitMargin.ok) expect(r.costProfitMargin.value * r.cost).toBeCloseTo(r.profit, 3);
        if (r.grossMargin.ok) expect(r.grossMargin.value * r.revenue).toBeCloseTo(r.profit, 3);
      }),
    );
  });
});

describe('bad input', () => {
  it('normalizeInputs never yields NaN or out-of-range values, whatever it is given', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...NUMERIC_KEYS), fc.anything()), (raw) => {
        const i = normalizeInputs(raw as Partial<DayInputs>);
        for (const k of NUMERIC_KEYS) {
          expect(Number.isFinite(i[k])).toBe(true);
          expect(i[k]).toBeGreaterThanOrEqual(INPUT_SPECS[k].min);
          expect(i[k]).toBeLessThanOrEqual(INPUT_SPECS[k].max);
        }
      }),
    );
  });
});

describe('URL state', () => {
  it('round-trips any in-range scenario (to the slider step)', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const back = decode(encode(i)).inputs;
        expect(back.costMode).toBe(i.costMode);
        expect(back.offPeak).toBe(i.offPeak);
        for (const k of NUMERIC_KEYS) {
          expect(Math.abs(back[k] - i[k])).toBeLessThanOrEqual(INPUT_SPECS[k].step / 2 + 1e-9);
          // … and exactly the nearest step: the link writes what decode reads back.
          expect(back[k]).toBe(fitToRange(i[k], INPUT_SPECS[k]).value);
        }
      }),
    );
  });

  it('decodes any string without throwing, always within range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const state = decode(s);
        for (const k of NUMERIC_KEYS) {
          expect(Number.isFinite(state.inputs[k])).toBe(true);
          expect(state.inputs[k]).toBeGreaterThanOrEqual(INPUT_SPECS[k].min);
          expect(state.inputs[k]).toBeLessThanOrEqual(INPUT_SPECS[k].max);
        }
      }),
    );
  });
});
