import type { SelectorEntry } from '../portal/selector-schema';
import type { ResolvedGuide } from './schema';

/**
 * What is wrong with a guide against the selector registry: a target or notice
 * naming an unknown entry, or a step pointing at an entry that never exists on
 * the step's pages. Empty when the guide is sound.
 */
export function guideProblems(guide: ResolvedGuide, selectors: Readonly<Record<string, SelectorEntry>>): string[] {
  const problems: string[] = [];
  const check = (where: string, name: string, kinds: readonly string[]) => {
    const entry = Object.hasOwn(selectors, name) ? selectors[name] : undefined;
    if (!entry) problems.push(`${guide.id}/${where}: unknown selector "${name}"`);
    else if (!kinds.some((k) => entry.pages.some((p) => p === k))) {
      problems.push(`${guide.id}/${where}: "${name}" is not on pages ${kinds.join(', ')}`);
    }
  };
  for (const step of guide.steps) {
    if (step.target) check(step.id, step.target.entry, step.page.kinds);
    if (step.completion.type === 'appears') check(`${step.id} completion`, step.completion.entry, step.page.kinds);
    if (['click', 'value', 'file'].includes(step.completion.type) && !step.target) {
      problems.push(`${guide.id}/${step.id}: a "${step.completion.type}" completion needs a target`);
    }
  }
  for (const notice of guide.notices) check(`notice ${notice.id}`, notice.when, notice.page.kinds);
  return problems;
}
