/**
 * Procedure search latency, in one run: the real catalog (every procedure of
 * ../shared/data), a synthetic catalog of 20,000 (real names recombined, room
 * for provincial procedures) and, as peers on the real catalog, a plain
 * linear scan and MiniSearch. Queries are everyday searches typed letter by letter, as
 * the side panel sends them. `npm run bench` calls benchSearch().
 *
 *   tsx scripts/bench-search.ts    prints the numbers as JSON
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCatalog } from '../lib/catalog/document';
import MiniSearch from 'minisearch';
import { foldForSearch, searchWords } from '../lib/catalog/fold';
import type { ProcedureInfo } from '../lib/catalog/schema';
import { buildSearchIndex, searchProcedures } from '../lib/catalog/search';
import { createCatalogService } from '../lib/catalog/service';
import { loadCatalogDocument } from './build-catalog';

/** What people type (accent-free, with typos, abbreviations, filler and Telex); each is also timed as typed so far. */
export const BENCH_QUERIES = [
  'dang ky khai sinh',
  'làm giấy khai sinh',
  'cấp lại CCCD',
  'hộ khẩu',
  'dang ki ket hon',
  'tam tru',
  'chung thuc ban sao',
  'ho chieu',
  'GPLX',
  'BHYT',
  'khai tu',
  'dang ky thuong tru',
  'dang ky khai snh',
  'ly lich tu phap',
  'tro cap that nghiep',
  'xin phép xây nhà',
  'giay xac nhan doc than',
  'xin giấy xác nhận tình trạng hôn nhân',
  'ddawng kys khai sinh',
  '1.001193',
];

const SYNTHETIC_SIZE = 20_000;
const LIMIT = 20;

/** Every prefix of every query from 2 characters on: the requests typing sends. */
function typedQueries(): string[] {
  return BENCH_QUERIES.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same catalog. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 20,000 procedures whose names join the first half of one real name to the second half of another. */
export function syntheticCatalog(real: ProcedureInfo[], size = SYNTHETIC_SIZE): ProcedureInfo[] {
  const next = random(20_000);
  const pick = () => real[Math.floor(next() * real.length)] as ProcedureInfo;
  return Array.from({ length: size }, (_, i) => {
    const head = pick();
    const tail = pick();
    const headWords = head.name.split(' ');
    const tailWords = tail.name.split(' ');
    const name = [
      ...headWords.slice(0, Math.ceil(headWords.length / 2)),
      ...tailWords.slice(Math.ceil(tailWords.length / 2)),
    ].join(' ');
    return { ...head, code: `9.${String(i).padStart(6, '0')}`, id: null, name, field: tail.field };
  });
}

/** The baseline: fold every name, keep those containing every query word, shortest names first. */
export function linearSearch(haystacks: readonly string[], procedures: readonly ProcedureInfo[], query: string) {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const hits: number[] = [];
  haystacks.forEach((text, i) => {
    if (words.every((w) => text.includes(w))) hits.push(i);
  });
  hits.sort((a, b) => (haystacks[a]?.length ?? 0) - (haystacks[b]?.length ?? 0));
  return hits.slice(0, LIMIT).map((i) => procedures[i]);
}

/**
 * The library peer: MiniSearch over the same folded words, every word required,
 * the last one as a prefix, one typo allowed (no synonyms, no reranking).
 */
export function miniSearchPeer(procedures: readonly ProcedureInfo[]) {
  const engine = new MiniSearch<{ i: number; name: string; extra: string }>({
    idField: 'i',
    fields: ['name', 'extra'],
    tokenize: searchWords,
    processTerm: (term) => term || null,
  });
  engine.addAll(procedures.map((p, i) => ({ i, name: p.name, extra: [p.code, p.field ?? '', ...p.keywords].join(' ') })));
  return (query: string) =>
    engine
      .search(query, {
        combineWith: 'AND',
        boost: { name: 3 },
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => (term.length >= 4 ? 1 : false),
      })
      .slice(0, LIMIT);
}

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return Math.round(value * 1000) / 1000;
}

function timeEach(queries: string[], run: (q: string) => unknown): number[] {
  for (const q of queries) run(q); // warm-up: JIT, lazy structures
  return queries
    .map((q) => {
      const start = performance.now();
      run(q);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
}

export interface SearchBench {
  procedures: number;
  queries: number;
  searchP50Ms: number;
  searchP95Ms: number;
  searchLinearP95Ms: number;
  search20kP95Ms: number;
  /** MiniSearch on the same queries and catalog, for comparison. */
  searchMiniSearchP95Ms: number;
  indexBuildMs: number;
  /** Bytes of the word index's postings and weights. */
  searchIndexBytes: number;
  /** Fresh install: from the bundled file's text to the first query's answer, while the store is still being filled. */
  firstSearchFreshMs: number;
}

/**
 * The first query on a fresh install, through the background's own catalog
 * service: the store never opens here (as if IndexedDB were still being
 * filled), so the answer can only come from the bundled copy in memory.
 * The timer includes parsing the file's JSON, as the background's fetch does.
 */
async function firstSearchFresh(text: string): Promise<number> {
  const start = performance.now();
  const service = createCatalogService({
    openDb: () => new Promise(() => {}),
    loadBundled: async () => JSON.parse(text),
    catalogUrl: async () => '',
    fetch: () => Promise.reject(new TypeError('offline')),
  });
  const { results, preparing } = await service.search(BENCH_QUERIES[0] ?? '', LIMIT);
  if (!preparing || results.length === 0) throw new Error('the first search was not answered from memory');
  return Math.round(performance.now() - start);
}

export async function benchSearch(): Promise<SearchBench> {
  const doc = await loadCatalogDocument();
  const firstSearchFreshMs = await firstSearchFresh(JSON.stringify(doc));
  const real: ProcedureInfo[] = decodeCatalog(doc, 'bundle').map(({ checklist: _checklist, ...info }) => info);
  const queries = typedQueries();

  const buildStart = performance.now();
  const index = await buildSearchIndex(real);
  const indexBuildMs = Math.round(performance.now() - buildStart);
  const big = await buildSearchIndex(syntheticCatalog(real));
  const haystacks = real.map((p) => foldForSearch([p.name, p.code, p.field ?? '', ...p.keywords].join(' ')));

  const indexed = timeEach(queries, (q) => searchProcedures(index, q, LIMIT));
  const linear = timeEach(queries, (q) => linearSearch(haystacks, real, q));
  const synthetic = timeEach(queries, (q) => searchProcedures(big, q, LIMIT));
  const peer = miniSearchPeer(real);
  const library = timeEach(queries, peer);
  return {
    procedures: real.length,
    queries: queries.length,
    searchP50Ms: percentile(indexed, 50),
    searchP95Ms: percentile(indexed, 95),
    searchLinearP95Ms: percentile(linear, 95),
    search20kP95Ms: percentile(synthetic, 95),
    searchMiniSearchP95Ms: percentile(library, 95),
    indexBuildMs,
    searchIndexBytes: index.words.bytes,
    firstSearchFreshMs,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchSearch()));
}
