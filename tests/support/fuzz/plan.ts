import { type Prng, prng } from './prng';

/**
 * A hostile-page mutation, as plain data (it crosses into the page through
 * `page.evaluate`). The target is the `index`-th match (modulo the count) of
 * `selector`, never the extension's own `<dvc-assistant>` nor html/head/body.
 */
export type Mutation =
  | { kind: 'remove'; selector: string; index: number }
  | { kind: 'rename'; selector: string; index: number; what: 'tag' | 'id' | 'class' | 'attributes'; tag: string }
  | { kind: 'duplicate'; selector: string; index: number }
  /** Taken out, put back where it was after `delayMs` (a re-render). */
  | { kind: 'rerender'; selector: string; index: number; delayMs: number }
  /** The text under the target in another Unicode form or the other tone placement ("hoà" ↔ "hòa"). */
  | { kind: 'diacritics'; selector: string; index: number; style: 'nfd' | 'nfc' | 'old-tones' | 'new-tones' }
  /** Spaces become runs of other whitespace (NBSP, newlines, tabs, zero-width spaces). */
  | { kind: 'whitespace'; selector: string; index: number; variant: number }
  /** Script-looking text put into the target's text (or a link's href), as text. */
  | { kind: 'inject'; selector: string; index: number; payload: string; place: 'replace' | 'prepend' | 'append' | 'href' };

export type MutationKind = Mutation['kind'];
export const MUTATION_KINDS: readonly MutationKind[] = ['remove', 'rename', 'duplicate', 'rerender', 'diacritics', 'whitespace', 'inject'];

/** What a hostile page may put where the extension reads text. Each would set `window.__pwned` if it ever ran. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "javascript:window.__pwned=1//",
  '<svg onload="window.__pwned=1"></svg>',
  "'); window.__pwned=1; ('",
  '{{constructor.constructor("window.__pwned=1")()}}',
] as const;

/** Elements any portal page has: structure, labels, tables, controls. */
export const COMMON_TARGETS = ['h1', 'h2', 'h3', 'p', 'span', 'a', 'button', 'label', 'li', 'section', 'table', 'tr', 'th', 'td', 'input', '[role]', '[aria-label]'];

const TAGS = ['div', 'span', 'section', 'p', 'font', 'x-portal-box'];

function mutation(r: Prng, kind: MutationKind, targets: readonly string[]): Mutation {
  const selector = r.pick(targets);
  const index = r.int(0, 999);
  switch (kind) {
    case 'remove':
    case 'duplicate':
      return { kind, selector, index };
    case 'rename':
      return { kind, selector, index, what: r.pick(['tag', 'id', 'class', 'attributes'] as const), tag: r.pick(TAGS) };
    case 'rerender':
      return { kind, selector, index, delayMs: r.int(20, 1200) };
    case 'diacritics':
      return { kind, selector, index, style: r.pick(['nfd', 'nfc', 'old-tones', 'new-tones'] as const) };
    case 'whitespace':
      return { kind, selector, index, variant: r.int(0, 2 ** 31) };
    case 'inject':
      return { kind, selector, index, payload: r.pick(PAYLOADS), place: r.pick(['replace', 'prepend', 'append', 'href'] as const) };
  }
}

/**
 * `count` mutations from `seed`, every kind at least once when `count` allows
 * (then at random), each with a pause before it (0–300 ms) so the page's and
 * the extension's observers see them interleaved.
 */
export function fuzzPlan(seed: number, count: number, targets: readonly string[] = COMMON_TARGETS): { mutation: Mutation; pauseMs: number }[] {
  const r = prng(seed);
  const kinds = Array.from({ length: count }, (_, i) => MUTATION_KINDS[i] ?? r.pick(MUTATION_KINDS));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j] as MutationKind, kinds[i] as MutationKind];
  }
  return kinds.map((kind) => ({ mutation: mutation(r, kind, targets), pauseMs: r.int(0, 300) }));
}
