import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogMeta, CatalogProcedure } from '@/lib/catalog/schema';
import {
  type CatalogDb,
  countProcedures,
  getProcedure,
  importCatalog,
  listProcedures,
  openCatalogDb,
  readCatalogMeta,
  readOwned,
  getLearned,
  wipeLearned,
  setOwned,
  putLearned,
  wipeOwned,
} from '@/lib/catalog/store';
import { GIAY_CHUNG_SINH, KHAI_SINH, realProcedures } from '../support/real-catalog';

let real: CatalogProcedure[];
let db: CatalogDb;
const META: CatalogMeta = { version: 202601010000, date: '2026-01-01', source: 'bundle', count: 0 };

const CHECKLIST = { items: [GIAY_CHUNG_SINH], unread: [] };

beforeAll(async () => {
  real = await realProcedures();
});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openCatalogDb();
  await importCatalog(db, real, { ...META, count: real.length });
});

const khaiSinh = () => real.find((p) => p.code === KHAI_SINH.code) as CatalogProcedure;

describe('catalog store', () => {
  it('holds the whole real catalog and its meta', async () => {
    expect(await countProcedures(db)).toBe(real.length);
    expect(await readCatalogMeta(db)).toEqual({ ...META, count: real.length });
    expect(await getProcedure(db, KHAI_SINH.code)).toEqual(khaiSinh());
  });

  it('lists procedures for the search index without their checklists', async () => {
    const listed = await listProcedures(db);
    expect(listed).toHaveLength(real.length);
    expect(listed.every((p) => !('checklist' in p))).toBe(true);
    expect((await getProcedure(db, KHAI_SINH.code))?.checklist?.items.length).toBeGreaterThan(0);
  });

  it('skips a stored record that no longer fits the schema instead of trusting it', async () => {
    await db.put('procedures', { code: 'hỏng', name: 42 } as never);
    expect(await countProcedures(db)).toBe(real.length + 1);
    expect(await listProcedures(db)).toHaveLength(real.length);
    expect(await getProcedure(db, 'hỏng')).toBeNull();
  });

  it('keeps what a page showed beside the catalog, never in it, and forgets it on a wipe', async () => {
    const fromPage = { ...khaiSinh(), source: 'page' as const, updated: '2026-03-01', checklist: CHECKLIST };
    await putLearned(db, fromPage);
    expect(await getLearned(db, KHAI_SINH.code)).toEqual(fromPage);
    expect(await getProcedure(db, KHAI_SINH.code)).toEqual(khaiSinh());
    await wipeLearned(db);
    expect(await getLearned(db, KHAI_SINH.code)).toBeNull();
    expect(await getProcedure(db, KHAI_SINH.code)).toEqual(khaiSinh());
  });

  it('a newer catalog replaces procedures, drops abolished ones, and what pages showed yields to it', async () => {
    await putLearned(db, { ...khaiSinh(), source: 'page', updated: '2026-03-01', checklist: CHECKLIST });
    const [renamed, abolished] = real.filter((p) => p.code !== KHAI_SINH.code);
    if (!renamed || !abolished) throw new Error('catalog too small');
    const next = real
      .filter((p) => p.code !== abolished.code)
      .map((p) => (p.code === renamed.code ? { ...p, name: `${p.name} (sửa đổi)` } : p));
    await importCatalog(db, next, { ...META, version: META.version + 1, date: '2026-02-01', count: next.length });
    expect((await getProcedure(db, renamed.code))?.name).toBe(`${renamed.name} (sửa đổi)`);
    expect(await getProcedure(db, abolished.code)).toBeNull();
    expect(await getLearned(db, KHAI_SINH.code)).toBeNull();
  });
});

describe('"đã có" ticks (per citizen)', () => {
  it('are kept per procedure, across reopening the database', async () => {
    await setOwned(db, KHAI_SINH.code, 'Giấy chứng sinh', true);
    await setOwned(db, KHAI_SINH.code, 'Tờ khai', true);
    expect(await setOwned(db, KHAI_SINH.code, 'Tờ khai', false)).toEqual(['Giấy chứng sinh']);
    db.close();
    db = await openCatalogDb();
    expect(await readOwned(db, KHAI_SINH.code)).toEqual(['Giấy chứng sinh']);
    expect(await readOwned(db, '1.000894')).toEqual([]);
  });

  it('are wiped without touching the catalog', async () => {
    await setOwned(db, KHAI_SINH.code, 'Giấy chứng sinh', true);
    await wipeOwned(db);
    expect(await readOwned(db, KHAI_SINH.code)).toEqual([]);
    expect(await countProcedures(db)).toBe(real.length);
  });
});
