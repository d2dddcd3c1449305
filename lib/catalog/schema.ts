import { z } from 'zod';
import type { ChecklistResult } from '../checklist/build';
import { ChecklistItem } from '../checklist/schema';

/** Where a procedure is carried out since the two-level local government (1 July 2025). */
export const LEVELS = ['commune', 'province', 'ministry', 'other'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** How the portal words each level ("Cấp thực hiện": "Cấp tỉnh, Cấp xã"). */
const LEVEL_WORDS: [string, Level][] = [
  ['Cấp xã', 'commune'],
  ['Cấp tỉnh', 'province'],
  ['Cấp bộ', 'ministry'],
  ['Cơ quan khác', 'other'],
];

export function levelsFromText(text: string): Level[] {
  return LEVEL_WORDS.filter(([word]) => text.includes(word)).map(([, level]) => level);
}

/** Where the catalog's copy of a procedure came from; a page visit is the freshest. */
export const CatalogSource = z.enum(['bundle', 'remote', 'page']);
export type CatalogSource = z.infer<typeof CatalogSource>;

const IsoDate = z.iso.date();
export const PortalId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** What search and the result list need: everything but the checklist. */
export const ProcedureInfo = z.object({
  code: z.string().min(1).max(100),
  /** The portal's UUID: the detail page is https://dichvucong.gov.vn/thu-tuc-hanh-chinh/<id>. */
  id: PortalId.nullable(),
  name: z.string().min(1).max(2000),
  field: z.string().max(500).nullable(),
  levels: z.array(Level).max(LEVELS.length),
  agency: z.string().max(1000).nullable(),
  keywords: z.array(z.string().max(2000)).max(50),
  /** Citizens (not only organisations) may file it: such procedures rank a little higher. */
  forCitizens: z.boolean(),
  source: CatalogSource,
  /** Date (YYYY-MM-DD) of the catalog or page visit this copy comes from. */
  updated: IsoDate,
});
export type ProcedureInfo = z.infer<typeof ProcedureInfo>;

/**
 * A checklist item as the catalog keeps it: the contract fields, plus what the
 * engine tells about alternatives (lib/checklist ChecklistEntry); a page that
 * sends plain items gets the defaults.
 */
export const CatalogItem = ChecklistItem.extend({
  /** Needed only in the situation it or its case names ("Trường hợp …", "(nếu có)"). */
  conditional: z.boolean().default(false),
  /** Items sharing this key are alternatives: one of them is enough. */
  oneOf: z.string().max(20_000).nullable().default(null),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

/** The parsed "Thành phần hồ sơ"; `unread` holds the parts the parser could not read. */
export const ProcedureChecklist = z.object({
  items: z.array(CatalogItem).max(2000),
  unread: z.array(z.string().max(20_000)).max(200),
});
export type ProcedureChecklist = z.infer<typeof ProcedureChecklist>;

/** The checklist engine's result as the catalog keeps it (ProcedureChecklist strips what it does not keep). */
export const catalogChecklist = ({ checklist, unread }: ChecklistResult): ProcedureChecklist => ({ items: checklist.items, unread });

/**
 * What a portal detail page says of its procedure, beside the checklist.
 * Left out: not read on the page, so the catalog keeps what it had.
 */
export const PageProcedure = z.object({
  code: z.string().min(1).max(100),
  name: z.string().min(1).max(2000),
  field: z.string().max(500).nullable().optional(),
  levels: z.array(Level).min(1).max(LEVELS.length).optional(),
  agency: z.string().max(1000).nullable().optional(),
});
export type PageProcedure = z.infer<typeof PageProcedure>;

/** A whole procedure; `checklist` is null until known (some come with names only). */
export const CatalogProcedure = ProcedureInfo.extend({ checklist: ProcedureChecklist.nullable() });
export type CatalogProcedure = z.infer<typeof CatalogProcedure>;

export const PORTAL_DETAIL_BASE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';

export function detailUrl(procedure: Pick<ProcedureInfo, 'id'>): string | null {
  return procedure.id ? `${PORTAL_DETAIL_BASE}${procedure.id}` : null;
}

/** The portal UUID at the end of a detail-page URL, or null. */
export function portalIdFromUrl(url: string): string | null {
  const tail = url.startsWith(PORTAL_DETAIL_BASE) ? url.slice(PORTAL_DETAIL_BASE.length).replace(/\/$/, '') : '';
  return PortalId.safeParse(tail).success ? tail : null;
}

/** The catalog as it stands in the store. */
export const CatalogMeta = z.object({
  version: z.number().int().positive(),
  date: IsoDate,
  source: z.enum(['bundle', 'remote']),
  count: z.number().int().nonnegative(),
});
export type CatalogMeta = z.infer<typeof CatalogMeta>;
