import { z } from 'zod';
import { type CatalogMeta, type CatalogProcedure, PageProcedure, ProcedureChecklist, type ProcedureInfo } from '../catalog/schema';
import type { UpdateStatus } from '../catalog/store';
import type { UpdateFailure } from '../catalog/update';
import type { Knowledge } from '../knowledge/schema';
import { SessionId } from '../session/model';

const Code = z.string().min(1).max(100);

export const catalogRequests = [
  /** The catalog's version, size and last update attempt; also warms the search index. */
  z.object({ type: z.literal('catalog/status') }),
  z.object({
    type: z.literal('catalog/search'),
    query: z.string().max(300),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  z.object({ type: z.literal('catalog/get'), code: Code }),
  /**
   * The catalog's procedure a page names (by code, else by its exact name): the
   * overlay carries its annex skips onto the page's rows, and shows its
   * checklist where another portal's page cannot be read.
   */
  z.object({ type: z.literal('catalog/match'), code: Code.nullable(), name: z.string().max(2000) }),
  /**
   * What the overlay read on a portal detail page (the freshest copy of a
   * procedure). The portal id comes from the sending tab's URL, not from here.
   */
  z.object({
    type: z.literal('catalog/upsert-from-page'),
    sessionId: SessionId,
    procedure: PageProcedure,
    checklist: ProcedureChecklist,
  }),
  /** Fetches the catalog at settings.catalogUrl; the old catalog stays on any failure. */
  z.object({ type: z.literal('catalog/update-from-url') }),
  /** Per citizen: ticks "đã có" for one paper of a procedure's checklist. */
  /** The held-papers rules of the stored catalog when newer than the build's (null otherwise): every context classifies with them. */
  z.object({ type: z.literal('catalog/knowledge') }),
  z.object({
    type: z.literal('catalog/owned-set'),
    sessionId: SessionId,
    code: Code,
    item: z.string().min(1).max(5000),
    owned: z.boolean(),
  }),
] as const;

export interface CatalogStatus {
  meta: CatalogMeta | null;
  lastUpdate: UpdateStatus | null;
  hasUpdateUrl: boolean;
}

export type CatalogUpdateOutcome = { ok: true; version: number; count: number } | { ok: false; reason: UpdateFailure };

export interface CatalogResponses {
  'catalog/status': CatalogStatus;
  /** `preparing`: the catalog is still being written to the store (results may come from the bundled copy in memory). */
  'catalog/search': { results: ProcedureInfo[]; preparing: boolean };
  'catalog/get': { procedure: CatalogProcedure | null; owned: string[] };
  'catalog/match': { procedure: CatalogProcedure | null };
  'catalog/upsert-from-page': { stored: boolean };
  'catalog/knowledge': { knowledge: Knowledge | null };
  'catalog/update-from-url': CatalogUpdateOutcome;
  'catalog/owned-set': { owned: string[] };
}
