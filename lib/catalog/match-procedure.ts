import { foldForSearch } from './fold';
import type { ProcedureInfo } from './schema';

/** What another portal's page names: its national code when it prints one, and its title. */
export interface NamedProcedure {
  code: string | null;
  name: string;
}

export interface ProcedureLookup {
  byCode(code: string): Promise<ProcedureInfo | null>;
  search(query: string): Promise<ProcedureInfo[]>;
}

/** A name as compared: folded, without the leading "Thủ tục" some sites print and others do not, nor end punctuation. */
const bareName = (name: string) =>
  foldForSearch(name)
    .replace(/^thu tuc\s+/, '')
    .replace(/[\s.:;,]+$/, '');

/** How many search results are looked through for the same name. */
const CANDIDATES = 10;

/**
 * The catalog procedure another portal's page is about: by the code it
 * prints, else the search result whose name is the page's name. Never a
 * merely similar procedure: a wrong checklist is worse than none.
 */
export async function matchProcedure(named: NamedProcedure, lookup: ProcedureLookup): Promise<ProcedureInfo | null> {
  if (named.code) {
    const byCode = await lookup.byCode(named.code);
    if (byCode) return byCode;
  }
  const wanted = bareName(named.name);
  if (!wanted) return null;
  const results = await lookup.search(named.name);
  return results.slice(0, CANDIDATES).find((p) => bareName(p.name) === wanted) ?? null;
}
