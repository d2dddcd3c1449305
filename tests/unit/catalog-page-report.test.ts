import { beforeAll, describe, expect, it } from 'vitest';
import { catalogReportFromPage } from '@/lib/catalog/page-report';
import { type CatalogProcedure, catalogChecklist } from '@/lib/catalog/schema';
import { checklistFromDocument, checklistFromPortalRecord } from '@/lib/checklist';
import { carryAnnexSkips, isAnnexSkip } from '@/lib/checklist/carry-annex-skips';
import { fold } from '@/lib/text';
import { readProcedureFacts, readProcedureHeader } from '@/lib/portal/procedure-header';
import { detailPageHtml } from '../support/detail-page-html';
import { htmlPages } from '../support/html-pages';
import { realProcedures } from '../support/real-catalog';
import { portalRecords } from '../support/shared-procedures';

const page = htmlPages();

const CODES = ['1.001193', '1.004222', '1.000931'];
// Procedures Phụ lục I of NQ 66.7 names papers for (held.annex skips in the bundled catalog).
const ANNEXED = ['1.000419', '1.000134'];
let records: Map<string, Record<string, unknown>>;
let bundled: Map<string, CatalogProcedure>;
beforeAll(async () => {
  records = await portalRecords([...CODES, ...ANNEXED]);
  bundled = new Map((await realProcedures()).map((p) => [p.code, p]));
}, 60_000);

/** The report the overlay sends for a detail page rendered from a real portal record. */
function reportOf(html: string) {
  const doc = page(html);
  return catalogReportFromPage(readProcedureHeader(doc), readProcedureFacts(doc), checklistFromDocument(doc));
}

describe('what a detail page tells the catalog', () => {
  it.each(CODES)('the page’s code, name, level, field and checklist — %s', (code) => {
    const record = records.get(code) as { name: string; categories: string[] };
    const report = reportOf(detailPageHtml(record as never));
    expect(report?.procedure).toEqual({
      code,
      name: record.name,
      field: record.categories.join(', '),
      // The page words the levels ("Cấp tỉnh, Cấp xã"); read back, they are the catalog's.
      levels: bundled.get(code)?.levels,
    });
    // The page has no "Cơ quan có thẩm quyền" value: left out, so the catalog keeps its own.
    expect(report?.procedure).not.toHaveProperty('agency');
    expect(report?.checklist.items).toEqual(catalogChecklist(checklistFromPortalRecord(record)).items);
    expect(report?.checklist.items.length).toBeGreaterThan(0);
  });

  it('nothing without a procedure code, or when the checklist table could not be read', () => {
    const record = records.get('1.001193') as Record<string, unknown>;
    expect(reportOf(detailPageHtml({ ...record, code: '' } as never))).toBeNull();
    expect(reportOf(detailPageHtml({ ...record, executionCases: [] } as never))).toBeNull();
  });
});

describe('the annexes’ per-procedure skips survive a page report', () => {
  it.each(ANNEXED)('the page has no annex skip; carried over, the page gives back the catalog’s checklist — %s', (code) => {
    const catalog = bundled.get(code)?.checklist?.items ?? [];
    const annexed = catalog.filter(isAnnexSkip);
    expect(annexed.length).toBeGreaterThan(0);
    const pageItems = reportOf(detailPageHtml(records.get(code) as never))?.checklist.items ?? [];
    // The page words the rows as the portal does and knows nothing of the annexes.
    expect(pageItems.filter(isAnnexSkip)).toEqual([]);
    const carried = carryAnnexSkips(pageItems, catalog);
    expect(carried).toEqual(catalog);
    // Carried again (a second report), nothing is repeated.
    expect(carryAnnexSkips(carried, catalog)).toEqual(catalog);
  });

  it('a page whose rows changed keeps each skip after the row that names it, or at the end', () => {
    const catalog = bundled.get('1.000419')?.checklist?.items ?? [];
    const at = catalog.findIndex(isAnnexSkip);
    const [row, skip] = [catalog[at - 1], catalog[at]];
    if (!row || !skip) throw new Error('1.000419 has no annex skip after a row');
    const others = catalog.filter((i) => i !== row && i !== skip);
    // The row moved to the end of the page: the skip follows it there.
    expect(carryAnnexSkips([...others, row], catalog).slice(-2)).toEqual([row, skip]);
    // The row is gone from the page: the skip is still said, at the end.
    expect(carryAnnexSkips(others, catalog)).toEqual([...others, skip]);
    // Nothing read from the page (its table gone): nothing carried, so the page still says it could not read it.
    expect(carryAnnexSkips([], catalog)).toEqual([]);
  });

  it.each(['1.000419', '1.004222', '1.001193'])('on upload rows (one item per row) the annex decides rows the catalog names, and adds none — %s', (code) => {
    const catalog = bundled.get(code)?.checklist?.items ?? [];
    const pageItems = reportOf(detailPageHtml(records.get(code) as never))?.checklist.items ?? [];
    const rows = carryAnnexSkips(pageItems, catalog, { addUnlisted: false });
    expect(rows).toHaveLength(pageItems.length);
    const decided = new Set(catalog.filter(isAnnexSkip).map((i) => fold(i.name)));
    for (const [i, item] of rows.entries()) {
      const page = pageItems[i] as (typeof pageItems)[number];
      expect(fold(item.name)).toBe(fold(page.name));
      expect(isAnnexSkip(item)).toBe(decided.has(fold(page.name)));
    }
    // Each of these has a row of its own that the annex decides.
    expect(rows.filter(isAnnexSkip).length).toBeGreaterThan(0);
  });
});
