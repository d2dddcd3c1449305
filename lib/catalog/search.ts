import { untelex } from '../text';
import { foldForSearch, searchWords } from './fold';
import type { ProcedureInfo } from './schema';
import { mapInSlices } from './slices';
import { FILLER, SYNONYMS, UNDOING } from './synonyms';
import { type Expansion, Scoreboard, WordIndex } from './word-index';

/**
 * Procedure search as people type it: no diacritics needed, typos forgiven,
 * the last word matched as a prefix, everyday words and abbreviations
 * understood (synonyms.ts), Telex typed without an input method read as meant,
 * the exact name and common citizen procedures first.
 *
 * The word index finds the candidates (every word naming the procedure must
 * match; filler words only count when present); the ranking then favours
 * names that say the query word for word, short names, accents typed exactly,
 * commune-level citizen procedures, and starting something over undoing it.
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
  /** Per procedure: the UNDOING words its name starts with (folded), or null. */
  readonly undoing: readonly (string | null)[];
}

const longestFirst = (a: { say: string[] }, b: { say: string[] }) => b.say.length - a.say.length;

/** Longest phrases first, so "sổ hộ khẩu" wins over "hộ khẩu". */
const ALL_RULES = SYNONYMS.flatMap((s) =>
  s.says.map((say) => ({ say: searchWords(say), means: foldForSearch(s.means), alone: s.alone ?? false })),
).sort(longestFirst);
const RULES = ALL_RULES.filter((r) => !r.alone);
const ALONE = new Map(ALL_RULES.filter((r) => r.alone).map((r) => [r.say.join(' '), r.means]));
const FILLER_RULES = FILLER.map((f) => ({ say: searchWords(f) })).sort(longestFirst);
const SYNONYM_WORDS = new Set(ALL_RULES.flatMap((r) => r.say));
const UNDOING_FOLDED = UNDOING.map(foldForSearch);

const startsAt = (words: string[], at: number, phrase: string[]) => phrase.every((w, k) => words[at + k] === w);

/** A query as the search reads it. */
export interface ReadQuery {
  /** The words naming the procedure (folded): as typed, then rewritten when a synonym applies. */
  variants: string[];
  /** Filler words (synonyms.ts): they count when a name has them, never required. */
  filler: string[];
  /** The query ends with a naming word, which may be half typed. */
  endsInName: boolean;
}

/**
 * A word neither the index nor the synonyms know, read as Telex leftovers
 * ("ddawng" → "dang") when that gives a word the index knows.
 */
function readTelex(word: string, knows: (word: string) => boolean): string {
  if (knows(word) || SYNONYM_WORDS.has(word)) return word;
  const plain = foldForSearch(untelex(word));
  return plain && knows(plain) ? plain : word;
}

/**
 * Splits the query into naming and filler words and applies the synonyms.
 * `knows` says whether the index has a word starting so (for Telex leftovers).
 */
export function readQuery(query: string, knows: (word: string) => boolean = () => true): ReadQuery {
  const words = searchWords(query).map((w) => readTelex(w, knows));
  const typed: string[] = [];
  const rewritten: string[] = [];
  const filler: string[] = [];
  let endsInName = true;
  for (let at = 0; at < words.length; ) {
    const rule = RULES.find((r) => startsAt(words, at, r.say));
    const skip = FILLER_RULES.find((f) => startsAt(words, at, f.say));
    if (skip && skip.say.length > (rule?.say.length ?? 0)) {
      filler.push(...skip.say);
      at += skip.say.length;
      endsInName = false;
      continue;
    }
    const say = rule?.say ?? words.slice(at, at + 1);
    typed.push(...say);
    rewritten.push(rule?.means ?? say.join(' '));
    at += say.length;
    endsInName = true;
  }
  // Nothing but filler ("thủ tục"): then those words are what is searched.
  if (!typed.length) return { variants: words.length ? [words.join(' ')] : [], filler: [], endsInName: true };
  const asTyped = typed.join(' ');
  const asMeant = ALONE.get(asTyped) ?? rewritten.join(' ');
  return { variants: asMeant === asTyped ? [asTyped] : [asTyped, asMeant], filler, endsInName };
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
    undoing: UNDOING_FOLDED.find((u) => ` ${name} `.startsWith(` ${u} `)) ?? null,
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
    undoing: prepared.map((p) => p.undoing),
  };
}

/** A rewritten query (official wording) counts more than the words as typed. */
const VARIANT_WEIGHTS = [1, 2];
/** A name undoing something the query does not ask to undo (UNDOING). */
const UNDOING_WEIGHT = 0.5;
/** Only the best candidates by text score are reranked: the boosts are bounded. */
const RERANK_POOL = 200;

const AS_TYPED: readonly Expansion[] = ['exact'];
/** The last word may be half typed ("kh" → "khai", "khẩu"…); a whole-word match still counts most. */
const LAST_HALF_TYPED: readonly Expansion[] = ['exact', 'prefix'];
const WITH_TYPO: readonly Expansion[] = ['exact', 'typo'];
const LAST_WITH_TYPO: readonly Expansion[] = ['exact', 'typo', 'prefix'];

/** How word i of a variant (followed by the filler words) may match. */
function expansionsFor(words: string[], typos: boolean, endsInName: boolean) {
  const last = endsInName ? words.length - 1 : -1;
  return (i: number) =>
    i >= words.length ? AS_TYPED : i === last ? (typos ? LAST_WITH_TYPO : LAST_HALF_TYPED) : typos ? WITH_TYPO : AS_TYPED;
}

/**
 * Every procedure matching all the naming words of a variant; when that gives
 * too few, those matching with a typo; when none, those matching some words.
 * A last word of one letter only filters (as the start of a name's word):
 * expanding it would touch nearly every procedure.
 */
function collectCandidates(index: SearchIndex, query: ReadQuery, limit: number): Scoreboard {
  const board = index.board.reset();
  const collect = (typos: boolean, skip: ReadonlySet<number>) =>
    query.variants.forEach((variant, i) => {
      const words = variant.split(' ');
      const halfTyped = query.endsInName && words.length > 1 && words[words.length - 1]?.length === 1;
      const letter = halfTyped ? ` ${words.pop()}` : null;
      const weight = VARIANT_WEIGHTS[i] ?? 1;
      const expand = expansionsFor(words, typos, query.endsInName && !letter);
      index.words.match([...words, ...query.filler], expand, words.length, (doc, score) => {
        if (skip.has(doc) || (letter && !index.names[doc]?.includes(letter))) return;
        board.offer(doc, score * weight);
      });
    });
  collect(false, new Set());
  if (board.docs.length < limit) collect(true, new Set(board.docs));
  if (board.docs.length === 0) {
    const words = query.variants.join(' ').split(' ');
    index.words.match(words, expansionsFor(words, false, query.endsInName), 0, (doc, score) => board.offer(doc, score));
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

/** "đăng ký hộ kinh doanh" means setting one up, not "Dừng thực hiện thủ tục đăng ký hộ kinh doanh". */
function undoingWeight(undoing: string | null, variants: string[]): number {
  return undoing && !variants.some((v) => ` ${v} `.includes(` ${undoing} `)) ? UNDOING_WEIGHT : 1;
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
  const read = readQuery(query, (word) => index.words.knows(word));
  const { variants } = read;
  if (!variants.length) return [];
  const board = collectCandidates(index, read, limit);
  // Accents count on the naming words only: "mẹ" in "khai tử cho mẹ" names no procedure.
  const naming = new Set(variants[0]?.split(' '));
  const typedWithAccents = accentedWords(query).filter((w) => w !== foldForSearch(w) && naming.has(foldForSearch(w)));
  const longestVariant = Math.max(...variants.map((v) => v.split(' ').length));
  const ranked = board
    .best(RERANK_POOL, (id, score) => score * (index.audience[id] ?? 1) * coverageBoost(index.nameLengths[id] ?? 1, longestVariant))
    .map(({ doc, score }) => ({
      doc,
      score:
        score *
        wordingBoost(index.names[doc] ?? '', variants) *
        undoingWeight(index.undoing[doc] ?? null, variants) *
        accentBoost(index.accentedNames[doc] ?? '', typedWithAccents),
    }))
    .sort((a, b) => b.score - a.score)
    .map((r) => r.doc);
  return ranked.slice(0, limit).flatMap((id) => index.procedures[id] ?? []);
}
