import { describe, it, expect } from 'vitest';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
describe('smoke', () => {
  it('computes', () => {
    const r = computeDay(DEFAULT_INPUTS);
    expect(r.cost).toBe(87072);
    console.log(r.theoreticalRevenue, r.costProfitMargin, r.grossMargin);
  });
});
