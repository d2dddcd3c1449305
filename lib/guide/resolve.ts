import type { ChecklistItem } from '../checklist/schema';
import type { GuideDef, Notice, ResolvedGuide, Step } from './schema';
import { uploadSteps } from './upload-steps';

export type GuideLookup = (id: string) => GuideDef | undefined;

function expand(def: GuideDef, lookup: GuideLookup, items: ChecklistItem[] | null, seen: string[]): { steps: Step[]; notices: Notice[] } {
  if (seen.includes(def.id)) throw new Error(`guide include cycle: ${[...seen, def.id].join(' → ')}`);
  const steps: Step[] = [];
  const notices: Notice[] = [...def.notices];
  for (const item of def.items) {
    if ('include' in item) {
      const inner = lookup(item.include);
      if (!inner) throw new Error(`unknown guide "${item.include}" included by "${def.id}"`);
      const part = expand(inner, lookup, items, [...seen, def.id]);
      const start = item.from ? part.steps.findIndex((s) => s.id === item.from) : 0;
      if (start < 0) throw new Error(`guide "${inner.id}" has no step "${item.from}" (included by "${def.id}")`);
      const prefix = item.prefix ?? inner.id;
      const branch = item.branch;
      steps.push(...part.steps.slice(start).map((s) => ({ ...s, id: `${prefix}.${s.id}`, ...(branch ? { branch } : {}) })));
      notices.push(...part.notices.filter((n) => !notices.some((m) => m.id === n.id)));
    } else if ('uploads' in item) {
      steps.push(...uploadSteps(items, item.uploads, item.branch));
    } else {
      steps.push(item);
    }
  }
  return { steps, notices };
}

/**
 * Flattens a guide: included guides in place, the checklist's rows in place
 * of `uploads`. The same inputs give the same steps, so the background can
 * store only the guide id, the checklist and the current step id.
 */
export function resolveGuide(def: GuideDef, lookup: GuideLookup, items: ChecklistItem[] | null = null): ResolvedGuide {
  const { steps, notices } = expand(def, lookup, items, []);
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.id)) throw new Error(`duplicate step id "${step.id}" in guide "${def.id}"`);
    ids.add(step.id);
  }
  return { id: def.id, title: def.title, steps, notices };
}
