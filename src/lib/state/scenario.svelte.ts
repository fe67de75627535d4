/**
 * The calculator's scenario, shared by every section: the reader's inputs (stored) and
 * the day's economics (derived, never stored).
 */
import { DEFAULT_INPUTS, type DayInputs } from '../model/inputs';
import { computeDay, type DayResult } from '../model/inferenceEconomics';

class Scenario {
  inputs = $state<DayInputs>({ ...DEFAULT_INPUTS });
  readonly result: DayResult = $derived(computeDay(this.inputs));
}

export const scenario = new Scenario();
