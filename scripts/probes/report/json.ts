// JSON: the result model as it is, for machines.
import type { ProbeRun } from '../model.ts';

export function renderJson(run: ProbeRun): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}
