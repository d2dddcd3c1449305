import type { ChecklistEntry, ChecklistItem } from '../checklist/schema';
import { foldLabel } from '../portal/text-match';

/**
 * Which required papers have no file yet. The published checklists mark
 * alternatives mostly in words, so this reads them the way staff do:
 * - only `upload` papers are needed as files (`skip`: the state holds it;
 *   `fill`: the online form; `present`: shown at the counter; notes are not papers);
 * - a paper needed only in some situation ("Trường hợp …", "Nếu …", or marked
 *   `conditional` by the checklist engine) is never reported missing;
 * - alternatives — items sharing the engine's `oneOf` key, or a paper that
 *   starts "Hoặc …" after the one it replaces — are one need: any will do;
 * - a case group titled "Trường hợp …"/"Đối với …" applies only to that case.
 *   When the checklist also has unconditional papers, a case group counts
 *   once one of its papers has a file; when every group is a case, the case
 *   best covered so far (else the first) is the one still needed.
 */

/** An item with the checklist engine's extra fields, when the checklist comes straight from it. */
export type ItemWithAlternatives = ChecklistItem & Partial<Pick<ChecklistEntry, 'conditional' | 'oneOf'>>;

const CONDITIONAL = /^(truong hop|trong truong hop|doi voi|neu)\b/;
/** Wording inside a name that makes the paper situational ("… trong trường hợp ủy quyền", "(nếu có)"). */
const CONDITIONAL_INSIDE = /\b(neu co|trong truong hop|doi voi truong hop|truong hop co)\b/;
const ALTERNATIVE = /^hoac\b/;

/** The words of a name or title, without bullets, numbering and marks. */
const lead = (text: string) => foldLabel(text).replace(/^(?:[^a-z]+|[a-z]\)\s*)+/, '');

const isConditional = (text: string | null) => text !== null && CONDITIONAL.test(lead(text));
const isSituational = (name: string) => isConditional(name) || CONDITIONAL_INSIDE.test(lead(name));

interface Need {
  /** Indices of items any one of which satisfies this need; the first is the one named. */
  options: number[];
  group: string | null;
  key: string | null;
}

function needsOf(items: readonly ItemWithAlternatives[]): Need[] {
  const needs: Need[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'paper' || item.action !== 'upload') return;
    // Inside a case group the engine marks every item conditional; the item's own wording decides there.
    const conditional = isConditional(item.group) ? isSituational(item.name) : (item.conditional ?? isSituational(item.name));
    if (conditional) return;
    const key = item.oneOf ?? null;
    const last = needs.at(-1);
    const sameKey = key !== null && needs.find((n) => n.key === key);
    if (sameKey) sameKey.options.push(index);
    else if (key === null && ALTERNATIVE.test(lead(item.name)) && last && last.group === item.group) last.options.push(index);
    else needs.push({ options: [index], group: item.group, key });
  });
  return needs;
}

/** Indices (in checklist order) of the required items with no file; `covered` holds items that have one. */
export function missingItemIndices(checklist: { items: readonly ItemWithAlternatives[] }, covered: ReadonlySet<number>): number[] {
  const needs = needsOf(checklist.items);
  const met = (need: Need) => need.options.some((i) => covered.has(i));
  const groupsInOrder = [...new Set(needs.map((n) => n.group))];
  const caseGroups = groupsInOrder.filter(isConditional);
  const anyGroupCovered = (group: string | null) => checklist.items.some((item, i) => item.group === group && covered.has(i));
  let applies: (group: string | null) => boolean;
  if (caseGroups.length < groupsInOrder.length) {
    applies = (group) => !isConditional(group) || anyGroupCovered(group);
  } else {
    const coverage = (group: string | null) => {
      const inGroup = needs.filter((n) => n.group === group);
      return inGroup.filter(met).length / inGroup.length;
    };
    const chosen = caseGroups.reduce((best, g) => (coverage(g) > coverage(best) ? g : best), caseGroups[0] ?? null);
    applies = (group) => group === chosen;
  }
  return needs.filter((n) => applies(n.group) && !met(n)).map((n) => n.options[0] as number);
}

/** Names of the missing items, in checklist order. */
export function missingItemNames(checklist: { items: readonly ItemWithAlternatives[] }, covered: ReadonlySet<number>): string[] {
  return missingItemIndices(checklist, covered).map((i) => (checklist.items[i] as ChecklistItem).name);
}
