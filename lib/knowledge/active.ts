import { HELD_PAPERS } from './held-papers';
import type { Knowledge } from './schema';

/**
 * The knowledge this context classifies and words reasons with: the bundled
 * rules, or newer ones that came inside a signed catalog update
 * (lib/catalog/update.ts). The background adopts them from its store at start
 * and after an update; the overlay and the extension pages ask it for them
 * (`knowledge/get`) before reading a checklist.
 */
let active: Knowledge = HELD_PAPERS;

export const activeKnowledge = (): Knowledge => active;

/** Adopts `next` when it is newer than what this context has (never an older file over the bundled rules). */
export function adoptKnowledge(next: Knowledge): boolean {
  if (next.version <= active.version) return false;
  active = next;
  return true;
}
