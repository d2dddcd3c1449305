import type { CssStrategy, SelectorEntry, TextStrategy } from './selector-schema';
import { frameDocuments } from './frames.dom';
import { foldLabel } from './text-match';

export type Via = 'css' | 'text' | 'structural';

export interface Resolution {
  elements: Element[];
  via: Via;
}

export interface FindOptions {
  /** Extra visibility test the browser layer supplies (layout is not pure). */
  isShown?: (el: Element) => boolean;
  /** Also look in same-host frames (an e-form in an iframe) when the page itself has no match. */
  frames?: boolean;
}

/** Hidden by markup: closed dialogs, content behind a modal (aria-hidden), inert regions. */
function hiddenByMarkup(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"], [inert]') !== null;
}

/** The text a person reads on or beside an element: aria-label, its label, placeholder, title, then its text. */
export function visibleLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  const labelText = labels ? Array.from(labels, (l) => l.textContent ?? '').join(' ') : '';
  if (labelText.trim()) return labelText;
  return el.getAttribute('placeholder') || el.getAttribute('title') || el.textContent || '';
}

function pick(elements: Element[], nth: number | undefined): Element[] {
  if (nth === undefined) return elements;
  const one = elements[nth];
  return one ? [one] : [];
}

function candidates(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return []; // A bad selector in the data degrades to "not found", never an exception on the portal.
  }
}

const shown = (options: FindOptions) => (el: Element) => !hiddenByMarkup(el) && (options.isShown?.(el) ?? true);

function usable(root: ParentNode, css: string, options: FindOptions): Element[] {
  return candidates(root, css).filter(shown(options));
}

export function byCss(root: ParentNode, strategy: CssStrategy, options: FindOptions = {}): Element[] {
  return pick(usable(root, strategy.css, options), strategy.nth);
}

/** Whether a raw label can equal `wanted` once folded: folding never shortens text by much, so long labels are skipped unread. */
const couldEqual = (raw: string, wanted: string) => raw.length <= wanted.length * 3 + 40;

export function byText(root: ParentNode, strategy: TextStrategy, options: FindOptions = {}): Element[] {
  const wanted = foldLabel(strategy.equals ?? strategy.contains ?? '');
  // Text first, visibility (layout) only for the few elements whose text matches: trackers run this on every DOM change.
  const matches = candidates(root, strategy.within)
    .filter((el) => {
      const raw = visibleLabel(el);
      if (strategy.equals !== undefined) return couldEqual(raw, wanted) && foldLabel(raw) === wanted;
      return foldLabel(raw).includes(wanted);
    })
    .filter(shown(options));
  // The innermost match is the element itself, not a wrapper that also holds its text.
  const innermost = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
  const climbed = strategy.up ? innermost.map((el) => el.parentElement?.closest(strategy.up as string) ?? null) : innermost;
  const blocks = climbed.filter((el, i): el is Element => el !== null && climbed.indexOf(el) === i);
  const found = strategy.down ? blocks.flatMap((block) => usable(block, strategy.down as string, options)) : blocks;
  return pick(found, strategy.nth);
}

/** Every way an entry can be found, in the registry's order of trust. */
export function strategiesOf(entry: SelectorEntry): { via: Via; find: (root: ParentNode, o?: FindOptions) => Element[] }[] {
  return [
    ...entry.css.map((s) => ({ via: 'css' as const, find: (r: ParentNode, o?: FindOptions) => byCss(r, s, o) })),
    ...entry.text.map((s) => ({ via: 'text' as const, find: (r: ParentNode, o?: FindOptions) => byText(r, s, o) })),
    ...entry.structural.map((s) => ({ via: 'structural' as const, find: (r: ParentNode, o?: FindOptions) => byCss(r, s, o) })),
  ];
}

/**
 * CSS first, then visible text, then structure: the first strategy that
 * matches anything wins; with `frames`, then the same in each same-host frame.
 */
export function resolveEntry(root: ParentNode, entry: SelectorEntry, options: FindOptions = {}): Resolution | null {
  for (const strategy of strategiesOf(entry)) {
    const elements = strategy.find(root, options);
    if (elements.length > 0) return { elements, via: strategy.via };
  }
  if (!options.frames) return null;
  for (const { document } of frameDocuments(root)) {
    const found = resolveEntry(document, entry, { ...options, frames: false });
    if (found) return found;
  }
  return null;
}

const ROW = 'tr, [role="row"], li';

const words = (text: string) => foldLabel(text).split(/[^a-z0-9]+/).filter((w) => w.length > 1);

/**
 * How well a table row's text matches a paper's name: `recall` is the share of
 * the name's words found in the row, `precision` the share of the row's words
 * that belong to the name. Checklist names and the portal's row labels come
 * from the same record but get trimmed and re-punctuated differently, so this
 * counts shared words; precision tells "Giấy chứng sinh" from a longer row
 * that merely mentions it.
 */
export function rowScore(rowText: string, paperName: string): { recall: number; precision: number } {
  const wanted = new Set(words(paperName));
  const row = words(rowText);
  if (wanted.size === 0 || row.length === 0) return { recall: 0, precision: 0 };
  const present = new Set(row);
  const shared = [...wanted].filter((w) => present.has(w)).length;
  return { recall: shared / wanted.size, precision: row.filter((w) => wanted.has(w)).length / row.length };
}

const ROW_MIN_RECALL = 0.6;

/** Among an entry's matches, the one in the table row naming `paperName`. */
export function inRow(elements: Element[], paperName: string): Element | null {
  let best: { el: Element; recall: number; precision: number } | null = null;
  for (const el of elements) {
    const row = el.closest(ROW);
    if (!row) continue;
    const score = rowScore(row.textContent ?? '', paperName);
    if (score.recall < ROW_MIN_RECALL) continue;
    const better = !best || score.recall > best.recall || (score.recall === best.recall && score.precision > best.precision);
    if (better) best = { el, ...score };
  }
  return best?.el ?? null;
}

/** The one element a guide step points at: the first match, or the one in the named row. */
export function findTarget(root: ParentNode, entry: SelectorEntry, row?: string, options: FindOptions = {}): Element | null {
  const found = resolveEntry(root, entry, options);
  if (!found) return null;
  return row ? inRow(found.elements, row) : (found.elements[0] ?? null);
}
