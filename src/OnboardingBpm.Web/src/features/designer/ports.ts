import type { Activity, ActivityDescriptor } from './types';

/** The outcome ports of an activity: the descriptor's fixed outcomes plus those its defining input lists. */
export function portsOf(activity: Activity, descriptor: ActivityDescriptor | undefined): string[] {
  if (!descriptor) {
    return ['Done'];
  }
  const fromInput = descriptor.outcomesFromInput ? definedOutcomes(activity, descriptor, descriptor.outcomesFromInput) : [];
  const ports = [...fromInput, ...descriptor.outcomes];
  return [...new Set(ports)];
}

function definedOutcomes(activity: Activity, descriptor: ActivityDescriptor, inputName: string): string[] {
  const key = Object.keys(activity.inputs ?? {}).find((name) => name.toLowerCase() === inputName.toLowerCase());
  const value = key === undefined ? descriptor.inputs.find((i) => i.name === inputName)?.defaultValue : activity.inputs?.[key];
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (typeof item === 'string') {
      return [item];
    }
    if (item && typeof item === 'object') {
      const labelled = item as { label?: unknown; name?: unknown };
      const label = labelled.label ?? labelled.name;
      return typeof label === 'string' ? [label] : [];
    }
    return [];
  });
}
