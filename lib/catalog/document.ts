import { z } from 'zod';
import { decodeReason, encodeReason, reasonText } from '../checklist/reason';
import type { Knowledge } from '../knowledge';
import { type CatalogItem, type CatalogProcedure, LEVELS, type Level, PortalId } from './schema';

/**
 * The catalog file: the bundled `catalog.json` and any update served from the
 * optional catalog URL share this format. It is compact because it ships in
 * the extension: every repeated string (fields, agencies, case titles, paper
 * names, reasons, legal bases…) lives once in `strings` and is referred to by
 * index; a checklist item is a fixed-position tuple (see ItemTuple).
 *
 * `sha256` is the hex SHA-256 of the UTF-8 JSON text of `[strings, procedures]`
 * (and `knowledge` third when present) as JSON.stringify writes it (see
 * payloadDigest), so it survives reformatting.
 *
 * `knowledge` is the held-papers rules (lib/knowledge) the checklists were
 * classified with: a newer rule set reaches users inside a signed catalog, by
 * the same checks (lib/catalog/update.ts validates it with its own schema).
 */
export const CATALOG_FORMAT = 'dvc-catalog/1';

const Ref = z.number().int().nonnegative();
const NullableRef = Ref.nullable();
const Count = z.number().int().nonnegative().nullable();

const KINDS = ['paper', 'note'] as const;
const ACTIONS = ['skip', 'fill', 'upload', 'present'] as const;

/**
 * [name, kind, group, original, copies, form, action, heldBy, reason,
 * legalBasis, conditional (0|1), oneOf]; strings are refs.
 */
const ItemTuple = z.tuple([
  Ref,
  z.number().int().min(0).max(KINDS.length - 1),
  NullableRef,
  Count,
  Count,
  NullableRef,
  z.number().int().min(0).max(ACTIONS.length - 1),
  NullableRef,
  Ref,
  NullableRef,
  z.number().int().min(0).max(1),
  NullableRef,
]);
type ItemTuple = z.infer<typeof ItemTuple>;

export const CompactProcedure = z.object({
  /** code */
  c: z.string().min(1).max(100),
  /** portal UUID */
  i: z.nullable(PortalId),
  /** name */
  n: z.string().min(1).max(2000),
  /** field (ref) */
  f: NullableRef,
  /** levels as bits, in LEVELS order */
  l: z
    .number()
    .int()
    .min(0)
    .max(2 ** LEVELS.length - 1),
  /** agency (ref) */
  a: NullableRef,
  /** keywords */
  k: z.array(z.string().max(2000)).max(50).optional(),
  /** 1 when citizens may file it */
  p: z.literal(1).optional(),
  /** checklist items; absent when unknown */
  x: z.array(ItemTuple).max(2000).optional(),
  /** parts the checklist parser could not read */
  r: z.array(z.string().max(20_000)).max(200).optional(),
});
type CompactProcedure = z.infer<typeof CompactProcedure>;

/** Everything but the procedures, which a background validates slice by slice (see update.ts). */
export const CatalogDocumentHead = z.object({
  format: z.literal(CATALOG_FORMAT),
  version: z.number().int().positive(),
  date: z.iso.date(),
  license: z.string().max(1000).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  strings: z.array(z.string().max(20_000)).max(500_000),
  knowledge: z.unknown().optional(),
});
export const MAX_PROCEDURES = 100_000;

/** `catalog-head.json`, built beside the bundled catalog: what a start compares with the stored catalog. */
export const CatalogHeadFile = CatalogDocumentHead.pick({ version: true, sha256: true });
export type CatalogHeadFile = z.infer<typeof CatalogHeadFile>;

export const CatalogDocument = CatalogDocumentHead.extend({
  procedures: z.array(CompactProcedure).max(MAX_PROCEDURES),
});
export type CatalogDocument = z.infer<typeof CatalogDocument>;

export interface CatalogHeader {
  version: number;
  date: string;
  license?: string;
  knowledge?: Knowledge;
}

export async function payloadDigest(doc: Pick<CatalogDocument, 'strings' | 'procedures' | 'knowledge'>): Promise<string> {
  const payload = doc.knowledge === undefined ? [doc.strings, doc.procedures] : [doc.strings, doc.procedures, doc.knowledge];
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

const levelBits = (levels: Level[]) => levels.reduce((bits, level) => bits | (1 << LEVELS.indexOf(level)), 0);
const levelsOf = (bits: number) => LEVELS.filter((_, i) => bits & (1 << i));

/** Builds the compact document from whole procedures (the build script and catalog publishers use it). */
export async function encodeCatalog(header: CatalogHeader, procedures: CatalogProcedure[]): Promise<CatalogDocument> {
  const strings: string[] = [];
  const refs = new Map<string, number>();
  const ref = (s: string) => {
    let index = refs.get(s);
    if (index === undefined) {
      index = strings.push(s) - 1;
      refs.set(s, index);
    }
    return index;
  };
  const nullableRef = (s: string | null) => (s === null ? null : ref(s));
  const item = (it: CatalogItem): ItemTuple => [
    ref(it.name),
    KINDS.indexOf(it.kind),
    nullableRef(it.group),
    it.original,
    it.copies,
    nullableRef(it.form),
    ACTIONS.indexOf(it.action),
    nullableRef(it.heldBy),
    // The reason's codes, not its words: the UI words them in the user's language.
    ref(it.reasonCodes?.length ? encodeReason(it.reasonCodes) : it.reason),
    nullableRef(it.legalBasis),
    it.conditional ? 1 : 0,
    nullableRef(it.oneOf),
  ];
  const compact = procedures.map((p): CompactProcedure => {
    const out: CompactProcedure = {
      c: p.code,
      i: p.id,
      n: p.name,
      f: nullableRef(p.field),
      l: levelBits(p.levels),
      a: nullableRef(p.agency),
    };
    if (p.keywords.length) out.k = p.keywords;
    if (p.forCitizens) out.p = 1;
    if (p.checklist) {
      out.x = p.checklist.items.map(item);
      if (p.checklist.unread.length) out.r = p.checklist.unread;
    }
    return out;
  });
  const payload = { strings, procedures: compact, knowledge: header.knowledge };
  return { format: CATALOG_FORMAT, ...header, sha256: await payloadDigest(payload), ...payload };
}

/**
 * Expands a validated document into whole procedures, dated with the
 * document's date. Throws on a string reference out of range.
 */
export function decodeCatalog(doc: CatalogDocument, source: 'bundle' | 'remote'): CatalogProcedure[] {
  const str = (index: number) => {
    const s = doc.strings[index];
    if (s === undefined) throw new Error(`string-ref-out-of-range:${index}`);
    return s;
  };
  const nullableStr = (index: number | null) => (index === null ? null : str(index));
  // Many items share a reason: decode and word each stored one once.
  const reasons = new Map<number, Pick<CatalogItem, 'reason' | 'reasonCodes' | 'heldPaper'>>();
  const reasonOf = (index: number) => {
    let found = reasons.get(index);
    if (!found) {
      const stored = str(index);
      const codes = decodeReason(stored);
      const held = codes?.find((p) => p.code.startsWith('held'));
      found = codes ? { reason: reasonText(codes, 'vi'), reasonCodes: codes, heldPaper: held?.params.paper ?? null } : { reason: stored };
      reasons.set(index, found);
    }
    return found;
  };
  const item = (t: ItemTuple): CatalogItem => ({
    name: str(t[0]),
    kind: KINDS[t[1]] ?? 'paper',
    group: nullableStr(t[2]),
    original: t[3],
    copies: t[4],
    form: nullableStr(t[5]),
    action: ACTIONS[t[6]] ?? 'upload',
    heldBy: nullableStr(t[7]),
    ...reasonOf(t[8]),
    legalBasis: nullableStr(t[9]),
    conditional: t[10] === 1,
    oneOf: nullableStr(t[11]),
  });
  return doc.procedures.map((p) => ({
    code: p.c,
    id: p.i,
    name: p.n,
    field: nullableStr(p.f),
    levels: levelsOf(p.l),
    agency: nullableStr(p.a),
    keywords: p.k ?? [],
    forCitizens: p.p === 1,
    source,
    updated: doc.date,
    checklist: p.x ? { items: p.x.map(item), unread: p.r ?? [] } : null,
  }));
}
