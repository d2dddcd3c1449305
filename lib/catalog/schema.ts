import { z } from 'zod/mini';
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
export const PortalId = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

/** What search and the result list need: everything but the checklist. */
export const ProcedureInfo = z.object({
  code: text(1, 100),
  /** The portal's UUID: the detail page is https://dichvucong.gov.vn/thu-tuc-hanh-chinh/<id>. */
  id: z.nullable(PortalId),
  name: text(1, 2000),
  field: z.nullable(text(0, 500)),
  levels: z.array(Level).check(z.maxLength(LEVELS.length)),
  agency: z.nullable(text(0, 1000)),
  keywords: z.array(text(0, 2000)).check(z.maxLength(50)),
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
export const CatalogItem = z.extend(ChecklistItem, {
  /** Needed only in the situation it or its case names ("Trường hợp …", "(nếu có)"). */
  conditional: z._default(z.boolean(), false),
  /** Items sharing this key are alternatives: one of them is enough. */
  oneOf: z._default(z.nullable(text(0, 20_000)), null),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

/** The parsed "Thành phần hồ sơ"; `unread` holds the parts the parser could not read. */
export const ProcedureChecklist = z.object({
  items: z.array(CatalogItem).check(z.maxLength(2000)),
  unread: z.array(text(0, 20_000)).check(z.maxLength(200)),
});
export type ProcedureChecklist = z.infer<typeof ProcedureChecklist>;

/** The checklist engine's result as the catalog keeps it (ProcedureChecklist strips what it does not keep). */
export const catalogChecklist = ({ checklist, unread }: ChecklistResult): ProcedureChecklist => ({ items: checklist.items, unread });

/**
 * What a portal detail page says of its procedure, beside the checklist.
 * Left out: not read on the page, so the catalog keeps what it had.
 */
export const PageProcedure = z.object({
  code: text(1, 100),
  name: text(1, 2000),
  field: z.optional(z.nullable(text(0, 500))),
  levels: z.optional(z.array(Level).check(z.minLength(1), z.maxLength(LEVELS.length))),
  agency: z.optional(z.nullable(text(0, 1000))),
});
export type PageProcedure = z.infer<typeof PageProcedure>;

/** A whole procedure; `checklist` is null until known (some come with names only). */
export const CatalogProcedure = z.extend(ProcedureInfo, { checklist: z.nullable(ProcedureChecklist) });
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
  version: z.int().check(z.positive()),
  date: IsoDate,
  source: z.enum(['bundle', 'remote']),
  count: z.int().check(z.nonnegative()),
  /** The document's digest: an extension start that reports "update" with the same bundle imports nothing. Absent in stores written before it. */
  sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});
export type CatalogMeta = z.infer<typeof CatalogMeta>;
