import { describe, it, expect } from 'vitest';
import { applyPreset, activePreset, PRESETS, PRESET_IDS, resetInputs } from '../../src/lib/model/presets';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { computeDay } from '../../src/lib/model/inferenceEconomics';

describe('presets', () => {
  it('“DeepSeek’s claim” is the published case: 545%', () => {
    const r = computeDay(applyPreset({ ...DEFAULT_INPUTS, freePct: 80 }, 'claim'));
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 100)).toBe(545);
  });

  it('a preset sets only the caveats and keeps the reader’s other settings', () => {
    const next = applyPreset({ ...DEFAULT_INPUTS, gpuHourPrice: 3 }, 'all');
    expect(next).toMatchObject({ gpuHourPrice: 3, ...PRESETS.all });
  });

  it('each preset is recognised as active after it is applied, and each one lowers the margin except the claim', () => {
    for (const id of PRESET_IDS) {
      const inputs = applyPreset(DEFAULT_INPUTS, id);
      expect(activePreset(inputs)).toBe(id);
      const r = computeDay(inputs);
      if (id === 'claim') expect(r.revenue).toBe(r.theoreticalRevenue);
      else expect(r.revenue).toBeLessThan(r.theoreticalRevenue);
    }
  });

  it('“all caveats” leaves a profitable day, but far below 545%', () => {
    const r = computeDay(applyPreset(DEFAULT_INPUTS, 'all'));
    expect(r.costProfitMargin.ok && r.costProfitMargin.value).toBeGreaterThan(0);
    expect(r.costProfitMargin.ok && r.costProfitMargin.value).toBeLessThan(1.5);
  });

  it('reset restores every default', () => {
    expect(resetInputs()).toEqual(DEFAULT_INPUTS);
    expect(activePreset({ ...DEFAULT_INPUTS, freePct: 13 })).toBeNull();
  });
});
