/** How the calculator's inputs are grouped on the page, and the unit of each (for aria-valuetext). */
import type { NumericKey } from './inputs';

export type UnitKey =
  | 'nodes'
  | 'gpusPerNode'
  | 'usdPerGpuHour'
  | 'hours'
  | 'kTokensPerSecond'
  | 'billionTokens'
  | 'percent'
  | 'usdPerMillion';

export const UNIT_OF: Record<NumericKey, UnitKey> = {
  nodes: 'nodes',
  gpusPerNode: 'gpusPerNode',
  gpuHourPrice: 'usdPerGpuHour',
  hours: 'hours',
  prefillK: 'kTokensPerSecond',
  decodeK: 'kTokensPerSecond',
  inputB: 'billionTokens',
  cacheHitPct: 'percent',
  outputB: 'billionTokens',
  r1Hit: 'usdPerMillion',
  r1Miss: 'usdPerMillion',
  r1Out: 'usdPerMillion',
  v3Hit: 'usdPerMillion',
  v3Miss: 'usdPerMillion',
  v3Out: 'usdPerMillion',
  v3Pct: 'percent',
  freePct: 'percent',
  offPeakPct: 'percent',
  v3NightOffPct: 'percent',
  r1NightOffPct: 'percent',
};

export type GroupId = 'cost' | 'traffic' | 'prices' | 'caveats';

export const GROUPS: { id: GroupId; keys: NumericKey[] }[] = [
  { id: 'cost', keys: ['nodes', 'gpusPerNode', 'gpuHourPrice', 'hours', 'prefillK', 'decodeK'] },
  { id: 'traffic', keys: ['inputB', 'cacheHitPct', 'outputB'] },
  { id: 'prices', keys: ['r1Hit', 'r1Miss', 'r1Out', 'v3Hit', 'v3Miss', 'v3Out'] },
  { id: 'caveats', keys: ['v3Pct', 'freePct', 'offPeakPct', 'v3NightOffPct', 'r1NightOffPct'] },
];

/** Inputs that only matter in one cost mode. */
export const TRAFFIC_MODE_ONLY: readonly NumericKey[] = ['prefillK', 'decodeK'];
export const NODES_MODE_ONLY: readonly NumericKey[] = ['nodes'];
