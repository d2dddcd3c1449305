import { describe, expect, it } from 'vitest';
import { CatalogDocument, decodeCatalog, encodeCatalog, payloadDigest } from '@/lib/catalog/document';
import { type CatalogItem, type CatalogProcedure, detailUrl } from '@/lib/catalog/schema';
import { checklistFromPortalRecord } from '@/lib/checklist';
import { readAllJsonl } from '../../scripts/shared-data';
import { GIAY_CHUNG_SINH, KHAI_SINH, realCatalogDocument, realProcedures } from '../support/real-catalog';

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
    const engine = checklistFromPortalRecord(record);
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

/** Items as the checklist engine produces them, with the real papers of birth registration. */
const ITEMS: CatalogItem[] = [
  {
    name: 'Tờ khai đăng ký khai sinh',
    kind: 'paper',
    group: null,
    original: 1,
    copies: null,
    form: 'Mẫu tờ khai đăng ký khai sinh',
    action: 'fill',
    heldBy: null,
    reason: 'Khai trên biểu mẫu điện tử của Cổng.',
    legalBasis: null,
    conditional: false,
    oneOf: 'Tờ khai — tờ khai giấy hoặc biểu mẫu điện tử',
  },
  GIAY_CHUNG_SINH,
  {
    name: 'Giấy tờ chứng minh nơi cư trú',
    kind: 'paper',
    group: 'Giấy tờ phải xuất trình',
    original: 1,
    copies: null,
    form: null,
    action: 'skip',
    heldBy: 'CSDLQG về dân cư',
    reason: 'Thông tin cư trú đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
    legalBasis: 'Nghị định 104/2022/NĐ-CP',
    conditional: true,
    oneOf: null,
  },
  {
    name: 'Trường hợp cha, mẹ đã đăng ký kết hôn thì không phải nộp giấy chứng nhận kết hôn.',
    kind: 'note',
    group: 'Giấy tờ phải xuất trình',
    original: 0,
    copies: 0,
    form: null,
    action: 'skip',
    heldBy: 'CSDLQG về dân cư',
    reason: 'Thông tin cư trú đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
    legalBasis: 'Nghị định 104/2022/NĐ-CP',
    conditional: true,
    oneOf: null,
  },
];

describe('the compact format', () => {
  it('gives back exactly what was encoded, checklists included', async () => {
    const real = (await realProcedures()).slice(0, 40);
    const withChecklist: CatalogProcedure[] = real.map((p, i) =>
      i % 3 === 0 ? { ...p, checklist: { items: ITEMS, unread: i === 0 ? ['Phần không đọc được'] : [] } } : p,
    );
    const doc = CatalogDocument.parse(await encodeCatalog({ version: 7, date: '2026-01-02' }, withChecklist));
    const back = decodeCatalog(doc, 'bundle').map((p) => ({ ...p, updated: 'x' }));
    expect(back).toEqual(withChecklist.map((p) => ({ ...p, updated: 'x' })));
  });

  it('stores each repeated string once', async () => {
    const real = (await realProcedures()).slice(0, 10).map((p) => ({ ...p, checklist: { items: ITEMS, unread: [] } }));
    const doc = await encodeCatalog({ version: 1, date: '2026-01-01' }, real);
    const count = (s: string) => doc.strings.filter((x) => x === s).length;
    expect(count('Nghị định 104/2022/NĐ-CP')).toBe(1);
    expect(count('Giấy chứng sinh')).toBe(1);
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
