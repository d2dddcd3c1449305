import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogDocument } from '@/lib/catalog/document';
import { createCatalogService } from '@/lib/catalog/service';
import { openCatalogDb } from '@/lib/catalog/store';
import { KHAI_SINH, realCatalogDocument } from '../support/real-catalog';

let bundled: CatalogDocument;
beforeAll(async () => {
  bundled = await realCatalogDocument();
});
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** A service whose store stays out of reach until `release()`: the seconds a first run spends filling IndexedDB. */
function slowStoreService() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const loadBundled = vi.fn(async () => JSON.parse(JSON.stringify(bundled)) as unknown);
  const service = createCatalogService({
    openDb: async () => {
      await gate;
      return openCatalogDb();
    },
    loadBundled,
    catalogUrl: async () => '',
    fetch: () => Promise.reject(new TypeError('offline')),
  });
  return { service, release, loadBundled };
}

describe('first run: search answers from the bundled catalog while the store fills', () => {
  it('answers from memory while the store is out of reach, and says it is preparing', async () => {
    const { service } = slowStoreService();
    const early = await service.search('dang ky khai sinh', 5);
    expect(early.preparing).toBe(true);
    expect(early.results[0]).toMatchObject({ code: KHAI_SINH.code, name: KHAI_SINH.name });
  });

  it('once the store is filled: answers from it, no longer preparing, and never reads the bundled file again', async () => {
    const { service, release, loadBundled } = slowStoreService();
    release();
    expect((await service.status()).meta?.version).toBe(bundled.version);
    const late = await service.search('dang ky khai sinh', 5);
    expect(late.preparing).toBe(false);
    expect(late.results[0]?.code).toBe(KHAI_SINH.code);
    expect(loadBundled).toHaveBeenCalledTimes(1);
  });

  it('a broken bundled file is not searched from memory: the search waits for the store, which reports it', async () => {
    const { service, release, loadBundled } = slowStoreService();
    loadBundled.mockResolvedValue({ version: 'x', procedures: 'none' });
    const pending = service.search('dang ky khai sinh', 5);
    release();
    const answer = await pending;
    expect(answer.results).toEqual([]);
    expect((await service.status()).meta).toBeNull();
  });
});
