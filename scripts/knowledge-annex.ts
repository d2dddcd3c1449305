/**
 * The build step for the law's annexes: reads Phụ lục I and II of Nghị quyết
 * 66.7/2025/NQ-CP from ../shared/data/nq-66.7-2025/ and turns them into the
 * per-procedure-code index of lib/knowledge (database names normalised). The
 * catalog build and `npm run -s checklist` classify with it; nothing of the
 * annexes is copied by hand.
 *
 *   tsx scripts/knowledge-annex.ts   prints how many rows and codes it indexed, and the rows it could not read
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnnexIndex, AnnexRow, buildAnnexIndex } from '../lib/knowledge';
import { ANNEX_FILES, readJsonl } from './shared-data';

async function rowsOf(file: string): Promise<AnnexRow[]> {
  const rows: AnnexRow[] = [];
  for await (const raw of readJsonl(file)) rows.push(AnnexRow.parse(raw));
  return rows;
}

let loaded: Promise<ReturnType<typeof buildAnnexIndex>> | null = null;
/** The annexes as an index, read once per process. */
export function loadAnnex(): Promise<ReturnType<typeof buildAnnexIndex>> {
  loaded ??= (async () => buildAnnexIndex(await rowsOf(ANNEX_FILES[0]), await rowsOf(ANNEX_FILES[1])))();
  return loaded;
}

export async function loadAnnexIndex(): Promise<AnnexIndex> {
  return (await loadAnnex()).index;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { index, unread } = await loadAnnex();
  const entries = Object.values(index.procedures).flat();
  console.log(`${index.source}: ${entries.length} dòng, ${Object.keys(index.procedures).length} mã thủ tục; ${unread.length} dòng không nêu giấy tờ nào đã biết`);
  for (const { annex, row } of unread) console.log(`  Phụ lục ${annex} số ${row.no} (${row.code}): ${row.paper.slice(0, 120)}`);
}
