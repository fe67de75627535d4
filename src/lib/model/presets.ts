/**
 * Scenarios the reader can start from. A preset sets only "what DeepSeek left out";
 * the reader's own cost, traffic and price settings stay. Reset restores everything.
 * The V3 share and free share are not published: 50% is an illustration, labelled so.
 */
import { DEFAULT_INPUTS, type DayInputs } from './inputs';

export type PresetId = 'claim' | 'v3' | 'free' | 'night' | 'all';
export const PRESET_IDS: readonly PresetId[] = ['claim', 'v3', 'free', 'night', 'all'];

type Caveats = Pick<DayInputs, 'v3Pct' | 'freePct' | 'offPeak'>;

export const ILLUSTRATIVE_V3_PCT = 50;
export const ILLUSTRATIVE_FREE_PCT = 50;

export const PRESETS: Record<PresetId, Caveats> = {
  claim: { v3Pct: 0, freePct: 0, offPeak: false },
  v3: { v3Pct: ILLUSTRATIVE_V3_PCT, freePct: 0, offPeak: false },
  free: { v3Pct: 0, freePct: ILLUSTRATIVE_FREE_PCT, offPeak: false },
  night: { v3Pct: 0, freePct: 0, offPeak: true },
  all: { v3Pct: ILLUSTRATIVE_V3_PCT, freePct: ILLUSTRATIVE_FREE_PCT, offPeak: true },
};

export function applyPreset(current: DayInputs, id: PresetId): DayInputs {
  return { ...current, ...PRESETS[id] };
}

/** The preset whose caveats match the current inputs, if any. */
export function activePreset(current: DayInputs): PresetId | null {
  return (
    PRESET_IDS.find((id) => {
      const p = PRESETS[id];
      return p.v3Pct === current.v3Pct && p.freePct === current.freePct && p.offPeak === current.offPeak;
    }) ?? null
  );
}

export function resetInputs(): DayInputs {
  return { ...DEFAULT_INPUTS };
}
