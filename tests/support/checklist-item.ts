import type { ChecklistItem } from '../../lib/checklist/schema';

/** A checklist item as the engine would give it: a paper to upload, one original, unless told otherwise. */
export function checklistItem<T extends Partial<ChecklistItem> & Record<string, unknown>>(name: string, over?: T): ChecklistItem & T {
  return {
    name,
    kind: 'paper',
    group: null,
    original: 1,
    copies: 0,
    form: null,
    action: 'upload',
    heldBy: null,
    reason: '',
    legalBasis: null,
    ...(over as T),
  };
}
