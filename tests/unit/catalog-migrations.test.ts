import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CATALOG_DB_NAME,
  CATALOG_DB_VERSION,
  getProcedure,
  listProcedures,
  MIGRATIONS,
  openCatalogDb,
  readCatalogMeta,
  readOwned,
} from '@/lib/catalog/store';
import { GIAY_CHUNG_SINH, KHAI_SINH, realProcedures } from '../support/real-catalog';

const CHECKLIST = { items: [GIAY_CHUNG_SINH], unread: [] };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('catalog database migrations', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(CATALOG_DB_VERSION);
  });

  it('creates the current schema from nothing', async () => {
    const db = await openCatalogDb();
    expect([...db.objectStoreNames].sort()).toEqual(['checklists', 'learned', 'meta', 'owned', 'procedures']);
    expect([...db.transaction('procedures').store.indexNames]).toEqual(['by-portal-id']);
    db.close();
  });

  it('v1 → v2 moves checklists to their own store and indexes portal ids, keeping every record', async () => {
    const real = (await realProcedures()).slice(0, 300);
    const khaiSinh = (await realProcedures()).find((p) => p.code === KHAI_SINH.code);
    if (!khaiSinh) throw new Error('khai sinh missing');
    // A database as version 1 wrote it: whole procedures, checklist inline.
    // Typed loosely: version 1 stored records the current schema no longer allows.
    const v1 = (await openCatalogDb(CATALOG_DB_NAME, 1)) as unknown as IDBPDatabase;
    expect([...v1.objectStoreNames].sort()).toEqual(['meta', 'owned', 'procedures']);
    const tx = v1.transaction(['procedures', 'owned'], 'readwrite');
    for (const p of real) await tx.objectStore('procedures').put(p);
    await tx.objectStore('procedures').put({ ...khaiSinh, checklist: CHECKLIST });
    await tx.objectStore('owned').put({ code: KHAI_SINH.code, items: ['Giấy chứng sinh'] });
    await tx.done;
    v1.close();

    const v2 = await openCatalogDb(CATALOG_DB_NAME, 2);
    expect(v2.version).toBe(2);
    expect(await getProcedure(v2, KHAI_SINH.code)).toEqual({ ...khaiSinh, checklist: CHECKLIST });
    expect((await v2.get('procedures', KHAI_SINH.code)) as object).not.toHaveProperty('checklist');
    expect(await v2.get('checklists', KHAI_SINH.code)).toEqual({ ...CHECKLIST, code: KHAI_SINH.code });
    expect(await v2.getKeyFromIndex('procedures', 'by-portal-id', KHAI_SINH.id)).toBe(KHAI_SINH.code);
    expect(await listProcedures(v2)).toHaveLength(real.length + 1);
    expect(await readOwned(v2, KHAI_SINH.code)).toEqual(['Giấy chứng sinh']);
    v2.close();
  });

  it('v2 → v3 forgets the catalog version, so the bundled catalog is imported again over rows any portal page once rewrote', async () => {
    const khaiSinh = (await realProcedures()).find((p) => p.code === KHAI_SINH.code);
    if (!khaiSinh) throw new Error('khai sinh missing');
    const v2 = (await openCatalogDb(CATALOG_DB_NAME, 2)) as unknown as IDBPDatabase;
    const { checklist: _checklist, ...info } = khaiSinh;
    const tx = v2.transaction(['procedures', 'checklists', 'meta'], 'readwrite');
    await tx.objectStore('procedures').put({ ...info, source: 'page', updated: '2026-11-30' });
    await tx.objectStore('checklists').put({ code: KHAI_SINH.code, items: [{ ...GIAY_CHUNG_SINH, name: 'Mật khẩu VNeID' }], unread: [] });
    await tx.objectStore('meta').put({ version: 202611010000, date: '2026-11-01', source: 'bundle', count: 1 }, 'catalog');
    await tx.done;
    v2.close();

    const v3 = await openCatalogDb();
    expect(v3.version).toBe(3);
    expect(await readCatalogMeta(v3)).toBeNull();
    expect(await v3.count('learned')).toBe(0);
    v3.close();
  });
});
