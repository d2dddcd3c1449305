import { CatalogDocumentHead, CompactProcedure, decodeCatalog, MAX_PROCEDURES, payloadDigest } from './document';
import { type CatalogMeta, CatalogProcedure } from './schema';
import { parseInSlices } from './slices';

/**
 * Checking a catalog before it replaces the one in the store: the bundled file
 * at install, or a newer one from the catalog URL the user set. Any failure is
 * one of these stable reasons (the UI words them, see `catalog.update.*` in
 * lib/i18n) and the old catalog stays.
 */
export const UPDATE_FAILURES = [
  'no-url',
  'not-https',
  'network',
  'http-status',
  'bad-json',
  'bad-schema',
  'bad-hash',
  'not-newer',
] as const;
export type UpdateFailure = (typeof UPDATE_FAILURES)[number];

export type CatalogLoad =
  | { ok: true; meta: CatalogMeta; procedures: CatalogProcedure[] }
  | { ok: false; reason: UpdateFailure };

const FETCH_TIMEOUT_MS = 60_000;
/** Validates a parsed catalog document: schema, version newer than `currentVersion`, SHA-256, records. */
export async function readCatalogDocument(
  raw: unknown,
  source: CatalogMeta['source'],
  currentVersion: number | null,
): Promise<CatalogLoad> {
  const head = CatalogDocumentHead.safeParse(raw);
  const list = (raw as { procedures?: unknown }).procedures;
  if (!head.success || !Array.isArray(list) || list.length > MAX_PROCEDURES) return { ok: false, reason: 'bad-schema' };
  if (currentVersion !== null && head.data.version <= currentVersion) return { ok: false, reason: 'not-newer' };
  const compact = await parseInSlices(CompactProcedure, list);
  if (!compact) return { ok: false, reason: 'bad-schema' };
  const doc = { ...head.data, procedures: compact };
  if ((await payloadDigest(doc)) !== doc.sha256) return { ok: false, reason: 'bad-hash' };
  let decoded: CatalogProcedure[];
  try {
    decoded = decodeCatalog(doc, source);
  } catch {
    return { ok: false, reason: 'bad-schema' };
  }
  // The compact form checks shapes; the expanded records must also fit the catalog's own schema.
  const procedures = await parseInSlices(CatalogProcedure, decoded);
  if (!procedures) return { ok: false, reason: 'bad-schema' };
  return { ok: true, meta: { version: doc.version, date: doc.date, source, count: procedures.length }, procedures };
}

/** Downloads and checks the catalog at the user's URL (https only, no cookies). */
export async function fetchCatalogUpdate(
  url: string,
  currentVersion: number | null,
  fetchFn: typeof fetch = fetch,
): Promise<CatalogLoad> {
  if (!url) return { ok: false, reason: 'no-url' };
  if (!URL.canParse(url) || new URL(url).protocol !== 'https:') return { ok: false, reason: 'not-https' };
  let text: string;
  try {
    const response = await fetchFn(url, {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (response.url && !response.url.startsWith('https://')) return { ok: false, reason: 'not-https' };
    if (!response.ok) return { ok: false, reason: 'http-status' };
    text = await response.text();
  } catch {
    return { ok: false, reason: 'network' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  return readCatalogDocument(json, 'remote', currentVersion);
}
