import MiniSearch, { type SearchResult } from 'minisearch';
import { foldForSearch, searchWords } from './fold';
import type { ProcedureInfo } from './schema';
import { SYNONYMS } from './synonyms';

/**
 * Procedure search as people type it: no diacritics needed, typos forgiven,
 * the last word matched as a prefix, everyday words and abbreviations
 * understood (synonyms.ts), the exact name and common citizen procedures first.
 */

interface IndexedDoc {
  i: number;
  name: string;
  code: string;
  field: string;
  keywords: string;
}

export interface SearchIndex {
  readonly procedures: readonly ProcedureInfo[];
  readonly engine: MiniSearch<IndexedDoc>;
  /** Folded names without the "Thủ tục" that half of them start with, for phrase boosts. */
  readonly names: readonly string[];
  readonly byCode: ReadonlyMap<string, number>;
}

/** Words that say nothing about which procedure is meant. */
const FILLER = ['thu tuc', 'lam the nao', 'nhu the nao', 'the nao', 'o dau', 'can nhung gi', 'can gi', 'toi muon', 'muon'];

/** Longest phrases first, so "sổ hộ khẩu" wins over "hộ khẩu". */
const RULES = SYNONYMS.flatMap((s) => s.says.map((say) => ({ say: searchWords(say), means: foldForSearch(s.means) }))).sort(
  (a, b) => b.say.length - a.say.length,
);

const startsAt = (words: string[], at: number, phrase: string[]) => phrase.every((w, k) => words[at + k] === w);

/** Removes the filler words, unless nothing would be left. */
function withoutFiller(folded: string): string {
  let out = ` ${folded} `;
  for (const filler of FILLER) out = out.replaceAll(` ${filler} `, ' ');
  return out.trim() || folded;
}

/** The query as typed (folded) and, when a synonym applies, rewritten into the names' wording. */
export function queryVariants(query: string): string[] {
  const typed = withoutFiller(foldForSearch(query));
  if (!typed) return [];
  const words = typed.split(' ');
  const out: string[] = [];
  for (let at = 0; at < words.length; ) {
    const rule = RULES.find((r) => startsAt(words, at, r.say));
    if (rule) {
      out.push(rule.means);
      at += rule.say.length;
    } else {
      out.push(words[at] ?? '');
      at += 1;
    }
  }
  const rewritten = out.join(' ');
  return rewritten === typed ? [typed] : [typed, rewritten];
}

const stripThuTuc = (folded: string) => folded.replace(/^thu tuc /, '');

export function buildSearchIndex(procedures: readonly ProcedureInfo[]): SearchIndex {
  const engine = new MiniSearch<IndexedDoc>({
    idField: 'i',
    fields: ['name', 'code', 'field', 'keywords'],
    tokenize: searchWords,
    processTerm: (term) => term || null,
  });
  engine.addAll(
    procedures.map((p, i) => ({
      i,
      name: p.name,
      code: p.code,
      field: p.field ?? '',
      keywords: p.keywords.join(' '),
    })),
  );
  return {
    procedures,
    engine,
    names: procedures.map((p) => stripThuTuc(foldForSearch(p.name))),
    byCode: new Map(procedures.map((p, i) => [p.code, i])),
  };
}

const SEARCH_OPTIONS = {
  boost: { name: 4, keywords: 2, code: 3, field: 1 },
  // Vietnamese syllables are short: a 1-letter slip is a typo only in words of 4+ letters.
  fuzzy: (term: string) => (term.length >= 4 ? 1 : false),
  prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
  weights: { fuzzy: 0.3, prefix: 0.5 },
};

/** Names that say the query word for word (the last word may be half typed) rank higher. */
function wordingBoost(name: string, variants: string[]): number {
  let best = 1;
  for (const variant of variants) {
    if (name === variant) return 3;
    if (name.startsWith(variant)) best = Math.max(best, 2);
    else if (` ${name}`.includes(` ${variant}`)) best = Math.max(best, 1.5);
  }
  return best;
}

/** Commune-level and citizen procedures are what most people look for. */
function audienceBoost(procedure: ProcedureInfo | undefined): number {
  return (procedure?.levels.includes('commune') ? 1.3 : 1) * (procedure?.forCitizens ? 1.1 : 1);
}

/** A rewritten query (official wording) counts more than the words as typed. */
const VARIANT_WEIGHTS = [1, 2];

/** The best `limit` procedures for `query`, best first. */
export function searchProcedures(index: SearchIndex, query: string, limit = 20): ProcedureInfo[] {
  const variants = queryVariants(query);
  if (!variants.length) return [];
  const scores = new Map<number, number>();
  const add = (results: SearchResult[], weight: number) => {
    for (const r of results) scores.set(r.id, (scores.get(r.id) ?? 0) + r.score * weight);
  };
  variants.forEach((variant, i) => {
    add(index.engine.search(variant, { ...SEARCH_OPTIONS, combineWith: 'AND' }), VARIANT_WEIGHTS[i] ?? 1);
  });
  if (scores.size < limit) {
    // Too few results matching every word: those matching some words come after.
    const some = index.engine.search(variants.join(' '), { ...SEARCH_OPTIONS, combineWith: 'OR' });
    add(
      some.filter((r) => !scores.has(r.id)),
      1 / 1000,
    );
  }
  const ranked = [...scores]
    .map(([id, score]) => ({ id, score: score * wordingBoost(index.names[id] ?? '', variants) * audienceBoost(index.procedures[id]) }))
    .sort((a, b) => b.score - a.score)
    .map((r) => r.id);
  const exactCode = index.byCode.get(query.trim());
  const ids = exactCode !== undefined ? [exactCode, ...ranked.filter((id) => id !== exactCode)] : ranked;
  return ids.slice(0, limit).flatMap((id) => index.procedures[id] ?? []);
}
