/**
 * Builds the bundled starter catalog from ../shared/data: portal-api.jsonl
 * (the portal's own records), procedures.jsonl (crawled page text; adds the
 * agency and the procedures the API set lacks) and catalog-only.jsonl (names
 * only). The result is one compact JSON document (lib/catalog/document.ts)
 * that wxt.config.ts adds to the build as `catalog.json` (see catalog-file.ts);
 * it is generated, never committed. Checklists are parsed here, at build time,
 * by the checklist engine (lib/checklist), with the per-procedure annexes of
 * NQ 66.7/2025/NQ-CP (scripts/knowledge-annex.ts).
 *
 *   tsx scripts/build-catalog.ts [OUT]   writes OUT (default .wxt/catalog.json), prints sizes;
 *                                        with DVC_SIGNING_KEY or DVC_SIGNING_KEY_FILE (an Ed25519
 *                                        PKCS#8 key, base64) also OUT.sig, for serving at a catalog URL
 *   tsx scripts/build-catalog.ts --new-key FILE   writes a new private key to FILE, prints the
 *                                        public key to pin in lib/signed/keys.ts
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { CatalogDocument, CatalogHeadFile, encodeCatalog } from '../lib/catalog/document';
import { type CatalogProcedure, catalogChecklist, type Level, levelsFromText, portalIdFromUrl } from '../lib/catalog/schema';
import { versionAt } from '../lib/catalog/update';
import { checklistFromPortalRecord, checklistFromText } from '../lib/checklist';
import { type AnnexIndex, activeKnowledge } from '../lib/knowledge';
import { catalogHeadFile, DEFAULT_CATALOG_FILE, ensureCatalogFile } from './catalog-file';
import { loadAnnexIndex } from './knowledge-annex';
import { REPO_ROOT, readJsonl } from './shared-data';
import { newSigningKey, signDetached, signingKeyFromEnv } from './signing-key';

export const CATALOG_LICENSE =
  'Dữ liệu thủ tục: "Vietnam Administrative Procedures — full structured detail (dichvucong.gov.vn)", CC-BY-4.0.';

// Only the fields the catalog reads; the rest of each record passes through untouched.
const ApiRecord = z.looseObject({
  id: z.string(),
  code: z.string().min(1),
  name: z.string().min(1),
  isWard: z.boolean(),
  isProvince: z.boolean(),
  isMinistry: z.boolean(),
  keywords: z.string().nullish(),
  categories: z.array(z.string()).default([]),
  subjects: z.array(z.string()).default([]),
});
type ApiRecord = z.infer<typeof ApiRecord>;

const PageRecord = z.looseObject({
  code: z.string().min(1),
  name: z.string().min(1),
  level: z.string().default(''),
  field: z.string().default(''),
  url: z.string().default(''),
  subjects: z.string().default(''),
  authority: z.string().default(''),
  dossier: z.string().default(''),
});
type PageRecord = z.infer<typeof PageRecord>;

const orNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** The API's keywords hold a few breadcrumbs ("CSDL Quốc gia về TTHC»Bộ Công An»…") and placeholders. */
function keywordsOf(raw: string | null | undefined): string[] {
  const text = (raw ?? '').replace(/^.*»/, '').trim();
  return text && text !== 'Không có thông tin' ? [text] : [];
}

function fromApi(r: ApiRecord, page: PageRecord | undefined, date: string, annex: AnnexIndex): CatalogProcedure {
  const levels: Level[] = [];
  if (r.isWard) levels.push('commune');
  if (r.isProvince) levels.push('province');
  if (r.isMinistry) levels.push('ministry');
  return {
    code: r.code.trim(),
    id: portalIdFromUrl(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${r.id}`),
    name: r.name.trim(),
    field: orNull(r.categories[0]) ?? orNull(page?.field),
    levels: levels.length ? levels : levelsFromText(page?.level ?? ''),
    agency: orNull(page?.authority),
    keywords: keywordsOf(r.keywords),
    forCitizens: r.subjects.some((s) => s.startsWith('Công dân')) || Boolean(page?.subjects.includes('Công dân')),
    source: 'bundle',
    updated: date,
    checklist: catalogChecklist(checklistFromPortalRecord(r, annex.procedures[r.code.trim()])),
  };
}

/** A crawled page's procedure; the names-only records (catalog-only.jsonl) have no dossier, so no checklist yet. */
function fromPage(r: PageRecord, date: string, annex: AnnexIndex): CatalogProcedure {
  const ref = { code: r.code.trim(), name: r.name.trim() };
  return {
    code: r.code.trim(),
    id: portalIdFromUrl(r.url),
    name: r.name.trim(),
    field: orNull(r.field),
    levels: levelsFromText(r.level),
    agency: orNull(r.authority),
    keywords: [],
    forCitizens: r.subjects.includes('Công dân'),
    source: 'bundle',
    updated: date,
    checklist: r.dossier.trim() ? catalogChecklist(checklistFromText(r.dossier, ref, annex.procedures[ref.code])) : null,
  };
}

async function readValid<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const out: T[] = [];
  let line = 0;
  for await (const raw of readJsonl(file)) {
    line += 1;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}:${line}: ${parsed.error.message}`);
    out.push(parsed.data);
  }
  return out;
}

/** Every procedure of the three data files, one per code, in code order. */
export async function collectProcedures(date: string): Promise<CatalogProcedure[]> {
  const annex = await loadAnnexIndex();
  const pages = new Map((await readValid('procedures.jsonl', PageRecord)).map((r) => [r.code.trim(), r]));
  const byCode = new Map<string, CatalogProcedure>();
  for (const r of await readValid('portal-api.jsonl', ApiRecord)) {
    byCode.set(r.code.trim(), fromApi(r, pages.get(r.code.trim()), date, annex));
  }
  for (const [code, page] of pages) if (!byCode.has(code)) byCode.set(code, fromPage(page, date, annex));
  for (const r of await readValid('catalog-only.jsonl', PageRecord)) {
    if (!byCode.has(r.code.trim())) byCode.set(r.code.trim(), fromPage(r, date, annex));
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Version = build time as YYYYMMDDHHmm (UTC): a later build or publication is a newer catalog. */
export function headerAt(now: Date): { version: number; date: string } {
  return { version: versionAt(now), date: now.toISOString().slice(0, 10) };
}

export async function buildCatalogDocument(now = new Date()): Promise<CatalogDocument> {
  const header = headerAt(now);
  const procedures = await collectProcedures(header.date);
  // The rules the checklists were classified with travel inside the (signed) document.
  return CatalogDocument.parse(await encodeCatalog({ ...header, license: CATALOG_LICENSE, knowledge: activeKnowledge() }, procedures));
}

/** The bundled catalog, parsed and validated (tests and the bench use the real thing). */
export async function loadCatalogDocument(file = DEFAULT_CATALOG_FILE): Promise<CatalogDocument> {
  return CatalogDocument.parse(JSON.parse(readFileSync(await ensureCatalogFile(file), 'utf8')));
}

async function writeNewKey(file: string) {
  if (existsSync(file)) throw new Error(`${file} đã có: không ghi đè khóa.`);
  const { privateKey, publicKey } = await newSigningKey();
  writeFileSync(file, `${privateKey}\n`, { mode: 0o600 });
  console.log(`Khóa bí mật: ${file} (giữ kín, không đưa vào kho mã)\nKhóa công khai (ghi vào lib/signed/keys.ts): ${publicKey}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === '--new-key') {
  await writeNewKey(path.resolve(process.argv[3] ?? 'catalog-signing.key'));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? DEFAULT_CATALOG_FILE);
  const doc = await buildCatalogDocument();
  const text = JSON.stringify(doc);
  mkdirSync(path.dirname(out), { recursive: true });
  // Write then rename, so parallel test workers never read a half-written file.
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  // The head first: a head without its catalog is never fresh (catalog-file.ts checks both).
  writeFileSync(catalogHeadFile(out), JSON.stringify(CatalogHeadFile.parse(doc)));
  renameSync(tmp, out);
  const key = signingKeyFromEnv();
  // The signature covers the exact bytes served, so it is made from what was written.
  if (key) writeFileSync(`${out}.sig`, await signDetached(new Uint8Array(readFileSync(out)), key));
  const withChecklist = doc.procedures.filter((p) => p.x).length;
  console.log(
    `${path.relative(REPO_ROOT, out)}: ${doc.procedures.length} thủ tục (${withChecklist} có thành phần hồ sơ), ` +
      `${Buffer.byteLength(text)} B, gzip ${gzipSync(text).length} B, phiên bản ${doc.version}`,
  );
}
