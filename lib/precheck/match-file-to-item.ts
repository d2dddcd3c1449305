import type { ChecklistItem } from '../checklist/schema';
import { foldLabel } from '../portal/text-match';

const words = (text: string) => foldLabel(text).split(/[^a-z0-9]+/).filter((w) => w.length >= 2);

/**
 * The checklist item a file's name points at ("giay-chung-sinh.jpg" →
 * "Giấy chứng sinh; …"), for when files are not picked per row (the CLI).
 * At least two words of the name, and most of them, must appear in the
 * item's name; the best such paper wins, ties to the first. Null otherwise.
 */
export function itemForFileName(fileName: string, items: readonly ChecklistItem[]): number | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const fileWords = [...new Set(words(base))];
  if (fileWords.length < 2) return null;
  let best: number | null = null;
  let bestScore = 0;
  items.forEach((item, index) => {
    if (item.kind !== 'paper') return;
    const itemWords = new Set(words(item.name));
    const matched = fileWords.filter((w) => itemWords.has(w)).length;
    const score = matched / fileWords.length;
    if (matched >= 2 && score >= 0.6 && score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
