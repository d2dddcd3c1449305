import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeFailure } from '@/entrypoints/background/failure-message';
import { type CatalogDocument, encodeCatalog } from '@/lib/catalog/document';
import { ownedKey } from '@/lib/catalog/checklist-view';
import { CATALOG_DB_NAME, OPEN_BLOCKED_MS, openCatalogDb } from '@/lib/catalog/store';
import { translate } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { GIAY_CHUNG_SINH, KHAI_SINH, realCatalogDocument, realProcedures } from '../support/real-catalog';
import { sidePanelSender } from '../support/senders';
import { signatureOf } from '../support/test-signing-key';
import { sessionIdNow } from '../support/session-id';

// Served catalogs are signed with this run's key, pinned in place of the real one.
vi.mock('@/lib/signed/keys', async () => ({ CATALOG_PUBLIC_KEY: (await (await import('../support/test-signing-key')).testSigningKey).publicKey }));

const REMOTE_URL = 'https://catalog.example.vn/danh-muc.json';
const UNAVAILABLE = translate('vi', 'errors.storageUnavailable');
const FULL = translate('vi', 'errors.storageFull');

let bundled: CatalogDocument;
let newer: CatalogDocument;

beforeAll(async () => {
  bundled = await realCatalogDocument();
  newer = await encodeCatalog({ version: bundled.version + 1, date: '2026-12-01' }, await realProcedures());
});

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === fakeBrowser.runtime.getURL('/catalog.json')) return new Response(JSON.stringify(bundled));
    if (url === REMOTE_URL) return new Response(JSON.stringify(newer));
    if (url === `${REMOTE_URL}.sig`) return signatureOf(new Response(JSON.stringify(newer)));
    throw new TypeError(`offline: ${url}`);
  });
  // A fresh background, wired as entrypoints/background/index.ts wires it (failures worded for people).
  vi.resetModules();
  const { catalogHandlers } = await import('@/entrypoints/background/handlers/catalog');
  const { settingsHandlers } = await import('@/entrypoints/background/handlers/settings');
  const route = createRouter({ ...settingsHandlers, ...catalogHandlers } as Partial<Handlers> as Handlers, fakeBrowser.runtime.id, describeFailure);
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, sidePanelSender()).then(sendResponse);
    return true;
  });
});

const search = async () => (await ask({ type: 'catalog/search', query: 'dang ky khai sinh' })).results[0]?.code;

/**
 * From now on the write to `store` that crosses the quota fails with QuotaExceededError and aborts its
 * transaction. (Chromium finds it when the transaction commits; either way the handler gets that error
 * and IndexedDB rolls the whole transaction back.)
 */
function quotaOn(store: string, afterWrites = 0) {
  let writes = 0;
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === store && writes++ >= afterWrites) {
      this.transaction.abort();
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  });
}

describe('catalog when IndexedDB fails', () => {
  it('cannot open at all: search answers in Vietnamese, and works again once IndexedDB does', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      // What Chromium answers when the profile's IndexedDB backing store is broken or the disk is full.
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    await expect(search()).rejects.toThrow(UNAVAILABLE);
    await expect(ask({ type: 'catalog/get', code: KHAI_SINH.code })).rejects.toThrow(UNAVAILABLE);
    open.mockRestore();
    expect(await search()).toBe(KHAI_SINH.code);
  });

  it(
    'blocked by an older connection that never closes: answers within its budget instead of hanging, then works once it closes',
    async () => {
      const old = await openCatalogDb(CATALOG_DB_NAME, 1);
      const started = Date.now();
      await expect(ask({ type: 'catalog/status' })).rejects.toThrow(UNAVAILABLE);
      expect(Date.now() - started).toBeGreaterThanOrEqual(OPEN_BLOCKED_MS - 50);
      old.close();
      expect((await ask({ type: 'catalog/status' })).meta?.version).toBe(bundled.version);
    },
    OPEN_BLOCKED_MS + 15_000,
  );

  it('full in the middle of an update from the catalog URL: the old catalog stays whole, the message is Vietnamese', async () => {
    await ask({ type: 'settings/set', settings: { catalogUrl: REMOTE_URL } });
    const before = await ask({ type: 'catalog/status' });
    const birth = await ask({ type: 'catalog/get', code: KHAI_SINH.code });
    quotaOn('procedures', 1_000);

    await expect(ask({ type: 'catalog/update-from-url' })).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    const after = await ask({ type: 'catalog/status' });
    expect(after.meta).toEqual(before.meta);
    expect(after.meta?.count).toBe(bundled.procedures.length);
    expect(await ask({ type: 'catalog/get', code: KHAI_SINH.code })).toEqual(birth);
    expect(await search()).toBe(KHAI_SINH.code);
  });

  it('full when a paper is ticked "đã có": refused in Vietnamese, the earlier ticks stay', async () => {
    await ask({ type: 'catalog/owned-set', sessionId: await sessionIdNow(), code: KHAI_SINH.code, item: ownedKey(GIAY_CHUNG_SINH), owned: true });
    quotaOn('owned');
    await expect(ask({ type: 'catalog/owned-set', sessionId: await sessionIdNow(), code: KHAI_SINH.code, item: 'Tờ khai đăng ký khai sinh', owned: true })).rejects.toThrow(
      FULL,
    );
    vi.restoreAllMocks();
    expect((await ask({ type: 'catalog/get', code: KHAI_SINH.code })).owned).toEqual([ownedKey(GIAY_CHUNG_SINH)]);
  });

  it('the store deleted under the background (site data cleared): the next request reopens and refills it', async () => {
    expect(await search()).toBe(KHAI_SINH.code);
    await new Promise<void>((resolve, reject) => {
      const deletion = indexedDB.deleteDatabase(CATALOG_DB_NAME);
      deletion.onsuccess = () => resolve();
      deletion.onerror = () => reject(deletion.error);
    });
    expect(await search()).toBe(KHAI_SINH.code);
    expect((await ask({ type: 'catalog/status' })).meta?.version).toBe(bundled.version);
  });
});
