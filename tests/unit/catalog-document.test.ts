import { describe, expect, it } from 'vitest';
import { CatalogDocument, decodeCatalog, encodeCatalog, payloadDigest } from '@/lib/catalog/document';
import { type CatalogProcedure, detailUrl } from '@/lib/catalog/schema';
import { checklistFromPortalRecord } from '@/lib/checklist';
import { encodeReason } from '@/lib/checklist/reason';
import { loadAnnexIndex } from '../../scripts/knowledge-annex';
import { readAllJsonl } from '../../scripts/shared-data';
import { KHAI_SINH, realCatalogDocument, realProcedures } from '../support/real-catalog';

interface Coded {
  code: string;
  name: string;
}

describe('the bundled catalog built from ../shared/data', () => {
  it('holds every procedure of the three data files once, by code', async () => {
    const [api, pages, namesOnly] = await Promise.all([
      readAllJsonl<Coded>('portal-api.jsonl'),
      readAllJsonl<Coded>('procedures.jsonl'),
      readAllJsonl<Coded>('catalog-only.jsonl'),
    ]);
    const expected = new Set([...api, ...pages, ...namesOnly].map((r) => r.code.trim()));
    const procedures = await realProcedures();
    expect(procedures.map((p) => p.code).sort()).toEqual([...expected].sort());
    const byCode = new Map(procedures.map((p) => [p.code, p]));
    for (const r of namesOnly) expect(byCode.get(r.code)?.name).toBe(r.name.trim());
  });

  it('carries what the panel needs for birth registration', async () => {
    const khaiSinh = (await realProcedures()).find((p) => p.code === KHAI_SINH.code);
    expect(khaiSinh).toMatchObject({ name: KHAI_SINH.name, id: KHAI_SINH.id, field: 'Hộ tịch', forCitizens: true });
    expect(khaiSinh?.levels).toContain('commune');
    expect(khaiSinh && detailUrl(khaiSinh)).toBe(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`);
  });

  it('carries the engine’s checklist for every procedure with a dossier', async () => {
    const api = await readAllJsonl<Coded>('portal-api.jsonl');
    const pages = await readAllJsonl<Coded & { dossier: string }>('procedures.jsonl');
    const withDossier = new Set([...api.map((r) => r.code), ...pages.filter((r) => r.dossier.trim()).map((r) => r.code)]);
    const procedures = await realProcedures();
    expect(procedures.filter((p) => p.checklist).map((p) => p.code).sort()).toEqual([...withDossier].sort());
    // What the panel shows for birth registration is exactly what the engine reads from the portal record.
    const record = api.find((r) => r.code === KHAI_SINH.code);
    const engine = checklistFromPortalRecord(record, (await loadAnnexIndex()).procedures[KHAI_SINH.code]);
    expect(procedures.find((p) => p.code === KHAI_SINH.code)?.checklist).toEqual({
      items: engine.checklist.items,
      unread: engine.unread,
    });
  });

  it('names the agency from the crawled page when the portal record has none', async () => {
    const pages = await readAllJsonl<Coded & { authority: string }>('procedures.jsonl');
    const byCode = new Map((await realProcedures()).map((p) => [p.code, p]));
    const withAgency = pages.filter((r) => r.authority.trim());
    expect(withAgency.length).toBeGreaterThan(500);
    for (const r of withAgency) expect(byCode.get(r.code.trim())?.agency).toBe(r.authority.trim());
  });

  it('is versioned, dated, credited and sealed with the SHA-256 of its payload', async () => {
    const doc = await realCatalogDocument();
    expect(doc.version).toBeGreaterThan(2025_01_01_0000);
    expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.license).toContain('CC-BY-4.0');
    expect(await payloadDigest(doc)).toBe(doc.sha256);
  });
});

describe('the compact format', () => {
  it('gives back exactly what was encoded: real checklists, what was not read, names-only procedures', async () => {
    const all = await realProcedures();
    const sample: CatalogProcedure[] = [
      ...all.slice(0, 40),
      ...all.filter((p) => p.checklist === null).slice(0, 3),
      ...all.filter((p) => p.checklist?.unread.length).slice(0, 3),
      ...all.filter((p) => p.checklist?.items.some((i) => i.oneOf || i.heldBy)).slice(0, 3),
    ];
    const doc = CatalogDocument.parse(await encodeCatalog({ version: 7, date: '2026-01-02' }, sample));
    const back = decodeCatalog(doc, 'remote');
    expect(back).toEqual(sample.map((p) => ({ ...p, source: 'remote', updated: '2026-01-02' })));
  });

  it('stores each repeated string once, reasons as codes rather than words', async () => {
    const doc = await realCatalogDocument();
    const upload = encodeReason([{ code: 'upload', params: {} }]);
    expect(doc.strings).not.toContain('Chụp hoặc quét rồi tải lên khi nộp trực tuyến.');
    const uses = doc.procedures.flatMap((p) => p.x ?? []).filter((item) => doc.strings[item[8]] === upload).length;
    expect(uses).toBeGreaterThan(1000);
    expect(doc.strings.filter((s) => s === upload)).toHaveLength(1);
    expect(new Set(doc.strings).size).toBe(doc.strings.length);
  });

  it('changes its digest when any string changes', async () => {
    const doc = await encodeCatalog({ version: 1, date: '2026-01-01' }, (await realProcedures()).slice(0, 5));
    const tampered = { ...doc, procedures: doc.procedures.map((p, i) => (i === 0 ? { ...p, n: `${p.n} ` } : p)) };
    expect(await payloadDigest(tampered)).not.toBe(doc.sha256);
  });

  it('refuses a string reference outside the table', async () => {
    const doc = await encodeCatalog({ version: 1, date: '2026-01-01' }, (await realProcedures()).slice(0, 5));
    const broken = { ...doc, procedures: doc.procedures.map((p) => ({ ...p, f: doc.strings.length + 5 })) };
    expect(() => decodeCatalog(broken, 'remote')).toThrow(/string-ref-out-of-range/);
  });
});
