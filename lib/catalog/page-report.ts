import type { ChecklistResult } from '../checklist/build';
import { detectPageFromUrl } from '../portal/page-kind';
import type { ProcedureFacts, ProcedureHeader } from '../portal/procedure-header';
import { catalogChecklist, levelsFromText, type PageProcedure, PortalId, type ProcedureChecklist, type ProcedureInfo } from './schema';

export interface CatalogPageReport {
  procedure: PageProcedure;
  checklist: ProcedureChecklist;
}

/**
 * What a detail page the user opened tells the catalog, so the side panel
 * shows the portal's latest checklist. Nothing when the page gave no code
 * (the catalog is keyed by it) or no checklist rows: a table that did not
 * load must not replace a good copy with an empty one.
 */
export function catalogReportFromPage(header: ProcedureHeader | null, facts: ProcedureFacts, result: ChecklistResult): CatalogPageReport | null {
  if (!header?.code || result.checklist.items.length === 0) return null;
  const levels = facts.level ? levelsFromText(facts.level) : [];
  return {
    procedure: {
      code: header.code,
      name: header.name,
      ...(facts.field ? { field: facts.field } : {}),
      ...(levels.length ? { levels } : {}),
      ...(facts.agency ? { agency: facts.agency } : {}),
    },
    checklist: catalogChecklist(result),
  };
}

/** The old portal's detail pages that name a procedure by its code (`?ma_thu_tuc=<code>`). */
const OLD_PORTAL_HOSTS = new Set(['dichvucong.gov.vn', 'vpcp.dichvucong.gov.vn']);

/**
 * Whether a page report is vouched for by the page that sent it: the detail
 * page of that very procedure, i.e. the portal UUID in its URL is the one the
 * catalog has for the code (old portal: `ma_thu_tuc` is the code). A report
 * from any other page (a search page, another sub-site, the URL of another
 * procedure) could rewrite advice for everyone, so it is not kept; the tab's
 * own overlay still shows what it read.
 */
export function pageVouchesFor(pageUrl: string, known: Pick<ProcedureInfo, 'code' | 'id'>): boolean {
  const page = detectPageFromUrl(pageUrl);
  if (page.kind !== 'procedure-detail' || !page.procedureId) return false;
  if (PortalId.safeParse(page.procedureId).success) return page.site === 'portal' && page.procedureId === known.id?.toLowerCase();
  return OLD_PORTAL_HOSTS.has(new URL(pageUrl).hostname) && page.procedureId === known.code;
}
