/**
 * A small inverted index over folded words, built for Vietnamese procedure
 * names: a few thousand distinct syllables, most of them in thousands of names
 * ("cấp", "đăng", "ký"). A query word expands to index words (itself, the
 * words it begins when half typed, the words one typo away); documents are
 * marked word by word in flat typed arrays, so a query costs one pass over the
 * postings it touches and allocates almost nothing. (MiniSearch, measured on
 * the same queries, spent 4–20 ms per query building per-term maps.)
 */

export interface IndexedText {
  /** Words that count fully (the procedure's name). */
  main: string[];
  /** Words that count less (code, field, keywords). */
  extra: string[];
}

/** How a query word may match index words. */
export type Expansion = 'exact' | 'prefix' | 'typo';

/** An index word reached by expanding a query word, with how much such a match counts. */
interface Reach {
  term: number;
  weight: number;
}

const EXTRA_WEIGHT = 0.35;
const PREFIX_WEIGHT = 0.6;
const TYPO_WEIGHT = 0.4;
/** An optional word ("xin", "cho con") only nudges: it must never outweigh a required one. */
const OPTIONAL_WEIGHT = 0.1;
/** Marks fit in 32-bit masks. */
export const MAX_QUERY_WORDS = 24;

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class WordIndex {
  readonly size: number;
  private readonly termIds = new Map<string, number>();
  /** Index words by length, for the typo scan (a typo changes the length by one at most). */
  private readonly byLength: string[][] = [];
  /** Typo neighbours already looked up: people retype the same words. */
  private readonly typoCache = new Map<string, string[]>();
  /** Index words in sort order, for prefix ranges. */
  private readonly sorted: string[];
  /** Per index word: (document << 1 | in main text), ascending documents. */
  private readonly postings: Int32Array[];
  private readonly idf: Float64Array;
  // Scratch arrays reused by every query (one query at a time).
  private readonly wordBest: Float64Array;
  private readonly wordStamp: Uint32Array;
  private readonly docStamp: Uint32Array;
  private readonly docMask: Uint32Array;
  private readonly docScore: Float64Array;
  private generation = 0;

  constructor(docs: readonly IndexedText[]) {
    this.size = docs.length;
    const lists: number[][] = [];
    docs.forEach((doc, d) => {
      const seen = new Map<number, number>();
      const add = (word: string, main: number) => {
        let id = this.termIds.get(word);
        if (id === undefined) {
          id = lists.push([]) - 1;
          this.termIds.set(word, id);
        }
        seen.set(id, Math.max(seen.get(id) ?? 0, main));
      };
      for (const w of doc.main) add(w, 1);
      for (const w of doc.extra) add(w, 0);
      for (const [id, main] of seen) lists[id]?.push((d << 1) | main);
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    this.idf = Float64Array.from(lists, (l) => Math.log(1 + docs.length / l.length));
    this.sorted = [...this.termIds.keys()].sort();
    for (const term of this.sorted) {
      this.byLength[term.length] ??= [];
      this.byLength[term.length]?.push(term);
    }
    this.wordBest = new Float64Array(docs.length);
    this.wordStamp = new Uint32Array(docs.length);
    this.docStamp = new Uint32Array(docs.length);
    this.docMask = new Uint32Array(docs.length);
    this.docScore = new Float64Array(docs.length);
  }

  /** Bytes held by the postings and weights (the index's bulk). */
  get bytes(): number {
    return this.postings.reduce((sum, p) => sum + p.byteLength, this.idf.byteLength);
  }

  private typoNeighbours(word: string): string[] {
    let found = this.typoCache.get(word);
    if (!found) {
      const sameLengthOrOneOff = [word.length - 1, word.length, word.length + 1].flatMap((n) => this.byLength[n] ?? []);
      found = sameLengthOrOneOff.filter((term) => withinOneEdit(word, term));
      if (this.typoCache.size > 1000) this.typoCache.clear();
      this.typoCache.set(word, found);
    }
    return found;
  }

  /** Position in `sorted` of the first index word not before `word`. */
  private firstFrom(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when some index word is `word` or begins with it. */
  knows(word: string): boolean {
    return this.sorted[this.firstFrom(word)]?.startsWith(word) ?? false;
  }

  private reach(word: string, expansions: readonly Expansion[]): Reach[] {
    const out = new Map<number, number>();
    const offer = (term: string, weight: number) => {
      const id = this.termIds.get(term);
      if (id !== undefined && weight > (out.get(id) ?? 0)) out.set(id, weight);
    };
    if (expansions.includes('exact')) offer(word, 1);
    if (expansions.includes('prefix')) {
      for (let i = this.firstFrom(word); i < this.sorted.length && this.sorted[i]?.startsWith(word); i++) {
        offer(this.sorted[i] ?? '', PREFIX_WEIGHT);
      }
    }
    if (expansions.includes('typo') && word.length >= 3) {
      for (const term of this.typoNeighbours(word)) offer(term, TYPO_WEIGHT);
    }
    return [...out].map(([term, weight]) => ({ term, weight }));
  }

  /**
   * Calls `found(doc, score)` for each document matching every one of the
   * first `required` query words; the words after them count when a document
   * has them but are not needed. `required` 0: documents matching any word.
   * A word scores its best match (expansion weight × idf, less outside the
   * main text); a document sums its words' scores. `expand(i)` says how word
   * i may match.
   */
  match(
    words: readonly string[],
    expand: (i: number) => readonly Expansion[],
    required: number,
    found: (doc: number, score: number) => void,
  ): void {
    const n = Math.min(words.length, MAX_QUERY_WORDS);
    const needed = (1 << Math.min(required, n)) - 1;
    const docGen = ++this.generation;
    const touched: number[] = [];
    for (let i = 0; i < n; i++) {
      const wordGen = ++this.generation;
      const wordDocs: number[] = [];
      for (const { term, weight } of this.reach(words[i] ?? '', expand(i))) {
        const base = weight * (this.idf[term] ?? 0);
        const extra = base * EXTRA_WEIGHT;
        const postings = this.postings[term] ?? EMPTY;
        for (let k = 0; k < postings.length; k++) {
          const p = postings[k] ?? 0;
          const doc = p >> 1;
          const value = p & 1 ? base : extra;
          if (this.wordStamp[doc] !== wordGen) {
            this.wordStamp[doc] = wordGen;
            this.wordBest[doc] = value;
            wordDocs.push(doc);
          } else if (value > (this.wordBest[doc] ?? 0)) this.wordBest[doc] = value;
        }
      }
      // A document stays in the running while it has every required word so far.
      const neededSoFar = needed & ((1 << i) - 1);
      const weight = needed && i >= required ? OPTIONAL_WEIGHT : 1;
      for (const doc of wordDocs) {
        const fresh = this.docStamp[doc] !== docGen;
        if (fresh && (i === 0 || needed === 0)) {
          this.docStamp[doc] = docGen;
          this.docMask[doc] = 1 << i;
          this.docScore[doc] = (this.wordBest[doc] ?? 0) * weight;
          touched.push(doc);
        } else if (!fresh && ((this.docMask[doc] ?? 0) & needed) === neededSoFar) {
          this.docMask[doc] = (this.docMask[doc] ?? 0) | (1 << i);
          this.docScore[doc] = (this.docScore[doc] ?? 0) + (this.wordBest[doc] ?? 0) * weight;
        }
      }
    }
    for (const doc of touched) {
      if (((this.docMask[doc] ?? 0) & needed) === needed) found(doc, this.docScore[doc] ?? 0);
    }
  }
}

const EMPTY = new Int32Array(0);

/** Scores per document for one search, in flat arrays reused from search to search. */
export class Scoreboard {
  readonly docs: number[] = [];
  private readonly scores: Float64Array;
  private readonly stamps: Uint32Array;
  private generation = 1;

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.stamps = new Uint32Array(size);
  }

  reset(): this {
    this.generation++;
    this.docs.length = 0;
    return this;
  }

  has(doc: number): boolean {
    return this.stamps[doc] === this.generation;
  }

  /** Keeps a document's best score: each reading of a query is an alternative, not extra evidence. */
  offer(doc: number, score: number): void {
    if (!this.has(doc)) {
      this.stamps[doc] = this.generation;
      this.scores[doc] = score;
      this.docs.push(doc);
    } else if (score > (this.scores[doc] ?? 0)) this.scores[doc] = score;
  }

  /** The `count` documents with the highest `weigh(doc, score)`, with that value, unordered. */
  best(count: number, weigh: (doc: number, score: number) => number): { doc: number; score: number }[] {
    const all = this.docs.map((doc) => ({ doc, score: weigh(doc, this.scores[doc] ?? 0) }));
    if (all.length <= count) return all;
    const threshold = Float64Array.from(all, (d) => d.score).sort()[all.length - count] ?? 0;
    const above = all.filter((d) => d.score > threshold);
    return above.concat(all.filter((d) => d.score === threshold).slice(0, count - above.length));
  }
}
