import { foldForSearch, searchWords } from './fold';
import type { ProcedureInfo } from './schema';
import { mapInSlices } from './slices';
import { SYNONYMS } from './synonyms';
import { type Expansion, Scoreboard, WordIndex } from './word-index';

/**
 * Procedure search as people type it: no diacritics needed, typos forgiven,
 * the last word matched as a prefix, everyday words and abbreviations
 * understood (synonyms.ts), the exact name and common citizen procedures first.
 *
 * The word index finds the candidates (every word must match); the ranking then
 * favours names that say the query word for word, short names, accents typed
 * exactly, and commune-level citizen procedures.
 */

export interface SearchIndex {
  readonly procedures: readonly ProcedureInfo[];
  readonly words: WordIndex;
  /** Scratch scores for one search at a time. */
  readonly board: Scoreboard;
  /** Folded names without the "Thủ tục" that half of them start with, space-padded (" dang ki khai sinh "). */
  readonly names: readonly string[];
  readonly nameLengths: readonly number[];
  /** Names in lower case with their diacritics, space-padded, for queries typed with accents. */
  readonly accentedNames: readonly string[];
  /** Per procedure: commune-level and citizen procedures are what most people look for. */
  readonly audience: readonly number[];
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

const accentedWords = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** What the index keeps of one procedure (the folding is the costly part). */
function prepare(p: ProcedureInfo) {
  const main = searchWords(p.name);
  const name = stripThuTuc(main.join(' '));
  return {
    text: { main, extra: searchWords([p.code, p.field ?? '', ...p.keywords].join(' ')) },
    name: ` ${name} `,
    nameLength: name.split(' ').length,
    accentedName: ` ${accentedWords(p.name).join(' ')} `,
    audience: (p.levels.includes('commune') ? 1.3 : 1) * (p.forCitizens ? 1.1 : 1),
  };
}

/** Builds the index in slices (the background stays responsive meanwhile). */
export async function buildSearchIndex(procedures: readonly ProcedureInfo[]): Promise<SearchIndex> {
  const prepared = await mapInSlices(procedures, prepare);
  return {
    procedures,
    words: new WordIndex(prepared.map((p) => p.text)),
    board: new Scoreboard(procedures.length),
    names: prepared.map((p) => p.name),
    nameLengths: prepared.map((p) => p.nameLength),
    accentedNames: prepared.map((p) => p.accentedName),
    audience: prepared.map((p) => p.audience),
  };
}

/** A rewritten query (official wording) counts more than the words as typed. */
const VARIANT_WEIGHTS = [1, 2];
/** Only the best candidates by text score are reranked: the boosts are bounded. */
const RERANK_POOL = 200;

const AS_TYPED: readonly Expansion[] = ['exact'];
/** The last word may be half typed ("kh" → "khai", "khẩu"…); a whole-word match still counts most. */
const LAST_HALF_TYPED: readonly Expansion[] = ['exact', 'prefix'];
const WITH_TYPO: readonly Expansion[] = ['exact', 'typo'];
const LAST_WITH_TYPO: readonly Expansion[] = ['exact', 'typo', 'prefix'];

function expansionsFor(words: string[], typos: boolean) {
  const last = words.length - 1;
  return (i: number) => (i === last ? (typos ? LAST_WITH_TYPO : LAST_HALF_TYPED) : typos ? WITH_TYPO : AS_TYPED);
}

/**
 * Every procedure matching all the words of a variant; when that gives too
 * few, those matching with a typo; when none, those matching some words.
 * A last word of one letter only filters (as the start of a name's word):
 * expanding it would touch nearly every procedure.
 */
function collectCandidates(index: SearchIndex, variants: string[], limit: number): Scoreboard {
  const board = index.board.reset();
  const collect = (typos: boolean, skip: ReadonlySet<number>) =>
    variants.forEach((variant, i) => {
      const words = variant.split(' ');
      const letter = words.length > 1 && words[words.length - 1]?.length === 1 ? ` ${words.pop()}` : null;
      const weight = VARIANT_WEIGHTS[i] ?? 1;
      index.words.match(words, expansionsFor(words, typos), 'all', (doc, score) => {
        if (skip.has(doc) || (letter && !index.names[doc]?.includes(letter))) return;
        board.add(doc, score * weight);
      });
    });
  collect(false, new Set());
  if (board.docs.length < limit) collect(true, new Set(board.docs));
  if (board.docs.length === 0) {
    const words = variants.join(' ').split(' ');
    index.words.match(words, expansionsFor(words, false), 'any', (doc, score) => board.add(doc, score));
  }
  return board;
}

/**
 * Names that say the query word for word rank higher, most when they start
 * with it; a match that needs the last word to be half typed counts less.
 */
function wordingBoost(padded: string, variants: string[]): number {
  let best = 1;
  for (const variant of variants) {
    if (padded === ` ${variant} `) return 3;
    if (padded.startsWith(` ${variant} `)) best = Math.max(best, 2);
    else if (padded.includes(` ${variant} `)) best = Math.max(best, 1.5);
    else if (padded.startsWith(` ${variant}`)) best = Math.max(best, 1.4);
    else if (padded.includes(` ${variant}`)) best = Math.max(best, 1.2);
  }
  return best;
}

/** "giám hộ" typed with accents means guardianship, not "giảm học phí": exact accents rank higher. */
function accentBoost(accentedName: string, typedWords: string[]): number {
  if (!typedWords.length) return 1;
  const matched = typedWords.filter((w) => accentedName.includes(` ${w} `)).length;
  return 1 + matched / typedWords.length;
}

/** The shorter the name around the query's words, the likelier it is the one meant. */
function coverageBoost(nameLength: number, queryLength: number): number {
  return 1 + Math.min(1, queryLength / nameLength);
}

/** A code or the start of one ("1.0011"): procedures whose code starts so, in code order. */
const CODE_START = /^\d+(\.\d*)?$/;

/** The best `limit` procedures for `query`, best first. */
export function searchProcedures(index: SearchIndex, query: string, limit = 20): ProcedureInfo[] {
  const trimmed = query.trim();
  if (CODE_START.test(trimmed)) return index.procedures.filter((p) => p.code.startsWith(trimmed)).slice(0, limit);
  const variants = queryVariants(query);
  if (!variants.length) return [];
  const board = collectCandidates(index, variants, limit);
  const typedWithAccents = accentedWords(query).filter((w) => w !== foldForSearch(w));
  const longestVariant = Math.max(...variants.map((v) => v.split(' ').length));
  const ranked = board
    .best(RERANK_POOL, (id, score) => score * (index.audience[id] ?? 1) * coverageBoost(index.nameLengths[id] ?? 1, longestVariant))
    .map(({ doc, score }) => ({
      doc,
      score:
        score *
        wordingBoost(index.names[doc] ?? '', variants) *
        accentBoost(index.accentedNames[doc] ?? '', typedWithAccents),
    }))
    .sort((a, b) => b.score - a.score)
    .map((r) => r.doc);
  return ranked.slice(0, limit).flatMap((id) => index.procedures[id] ?? []);
}
