import { Knowledge } from '../knowledge/schema';
import { CATALOG_PUBLIC_KEY } from '../signed/keys';
import { fetchSigned, SIGNED_FETCH_FAILURES } from '../signed/verify';
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
  ...SIGNED_FETCH_FAILURES,
  'bad-json',
  'bad-schema',
  'bad-hash',
  'not-newer',
  'from-future',
  'shrunk',
] as const;
export type UpdateFailure = (typeof UPDATE_FAILURES)[number];

export type CatalogLoad =
  /** `knowledge`: the rules the document carries (null when it has none). */
  | { ok: true; meta: CatalogMeta; procedures: CatalogProcedure[]; knowledge: Knowledge | null }
  | { ok: false; reason: UpdateFailure };

/** The catalog in the store, which an update must improve on. */
export type CurrentCatalog = Pick<CatalogMeta, 'version' | 'count'> | null;

/** A catalog dated further ahead than this is refused: its version would pin it over every later one. */
const FUTURE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;
/** An update may retire procedures, not most of them: below this share of the current count it is refused. */
export const MIN_KEPT_SHARE = 0.5;

/** Version of a catalog published at `at`: YYYYMMDDHHmm (UTC), as scripts/build-catalog.ts writes it. */
export const versionAt = (at: Date) => Number(at.toISOString().slice(0, 16).replace(/\D/g, ''));

/**
 * Validates a parsed catalog document: schema, version newer than the current
 * one and not from the future, SHA-256, records, not most procedures dropped.
 */
export async function readCatalogDocument(
  raw: unknown,
  source: CatalogMeta['source'],
  current: CurrentCatalog,
  now = new Date(),
): Promise<CatalogLoad> {
  const head = CatalogDocumentHead.safeParse(raw);
  const list = (raw as { procedures?: unknown }).procedures;
  if (!head.success || !Array.isArray(list) || list.length > MAX_PROCEDURES) return { ok: false, reason: 'bad-schema' };
  if (current && head.data.version <= current.version) return { ok: false, reason: 'not-newer' };
  // The bundled catalog ships with the extension: only a served one could pin itself or empty the catalog.
  if (source === 'remote') {
    const latest = new Date(now.getTime() + FUTURE_SLACK_MS);
    if (head.data.version > versionAt(latest) || head.data.date > latest.toISOString().slice(0, 10)) return { ok: false, reason: 'from-future' };
  }
  const compact = await parseInSlices(CompactProcedure, list);
  if (!compact) return { ok: false, reason: 'bad-schema' };
  const doc = { ...head.data, procedures: compact };
  if ((await payloadDigest(doc)) !== doc.sha256) return { ok: false, reason: 'bad-hash' };
  const knowledge = doc.knowledge === undefined ? null : Knowledge.safeParse(doc.knowledge);
  if (knowledge && !knowledge.success) return { ok: false, reason: 'bad-schema' };
  let decoded: CatalogProcedure[];
  try {
    decoded = decodeCatalog(doc, source);
  } catch {
    return { ok: false, reason: 'bad-schema' };
  }
  // The compact form checks shapes; the expanded records must also fit the catalog's own schema.
  const procedures = await parseInSlices(CatalogProcedure, decoded);
  if (!procedures) return { ok: false, reason: 'bad-schema' };
  if (source === 'remote' && current && procedures.length < current.count * MIN_KEPT_SHARE) return { ok: false, reason: 'shrunk' };
  return {
    ok: true,
    meta: { version: doc.version, date: doc.date, source, count: procedures.length, sha256: doc.sha256 },
    procedures,
    knowledge: knowledge?.data ?? null,
  };
}

export interface UpdateSource {
  fetch?: typeof fetch;
  /** The pinned key (tests sign with their own). */
  publicKey?: string;
  now?: Date;
}

/** Downloads the catalog at the user's URL with its signature (lib/signed) and checks it. */
export async function fetchCatalogUpdate(url: string, current: CurrentCatalog, { fetch: fetchFn = fetch, publicKey = CATALOG_PUBLIC_KEY, now }: UpdateSource = {}): Promise<CatalogLoad> {
  if (!url) return { ok: false, reason: 'no-url' };
  const signed = await fetchSigned(url, { publicKey, fetch: fetchFn });
  if (!signed.ok) return signed;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(signed.bytes));
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  return readCatalogDocument(json, 'remote', current, now);
}
