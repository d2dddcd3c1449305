import type { ChecklistResult } from '../checklist/build';
import type { ProcedureFacts, ProcedureHeader } from '../portal/procedure-header';
import { catalogChecklist, levelsFromText, type PageProcedure, type ProcedureChecklist } from './schema';

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
