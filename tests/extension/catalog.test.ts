import { isAnnexSkip } from '@/lib/checklist/carry-annex-skips';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CatalogDocument, encodeCatalog } from '@/lib/catalog/document';
import { ownedKey } from '@/lib/catalog/checklist-view';
import { openCatalogDb, readCatalogMeta } from '@/lib/catalog/store';
import { HELD_PAPERS } from '@/lib/knowledge';
import { ask } from '@/lib/messaging/client';
import type { RequestOf } from '@/lib/messaging/protocol';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import type { SenderInfo } from '@/lib/messaging/senders';
import { GIAY_CHUNG_SINH, KHAI_SINH, realCatalogDocument, realProcedures } from '../support/real-catalog';
import { portalTabSender, sidePanelSender } from '../support/senders';
import { signatureOf } from '../support/test-signing-key';
import { sessionIdNow } from '../support/session-id';

// Served catalogs are signed with this run's key, pinned in place of the real one.
vi.mock('@/lib/signed/keys', async () => ({ CATALOG_PUBLIC_KEY: (await (await import('../support/test-signing-key')).testSigningKey).publicKey }));

/** Importing 5,700 procedures takes a moment on a busy machine. */
const WAIT = { timeout: 15_000, interval: 100 };
const REMOTE_URL = 'https://catalog.example.vn/danh-muc.json';
const EXTENDED_RULES = { ...HELD_PAPERS, version: '2027-02-20', resolution: { ...HELD_PAPERS.resolution, validUntil: '2028-02-29' } };
const PORTAL_HOME = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';

let bundled: CatalogDocument;
let newer: CatalogDocument;
/** What the catalog URL answers; the bundled catalog.json is always served. */
let remote: () => Response;
let wipeCitizenData: () => Promise<string[]>;
/** Who the next messages come from: an extension page (no tab) unless a test says a portal tab. */
let sender: SenderInfo;
const fromPortalTab = (url: string) => {
  sender = portalTabSender(url);
};

beforeAll(async () => {
  bundled = await realCatalogDocument();
  // Served with newer held-papers rules, as a publisher would after NQ 66.7/2025 were extended by a year.
  newer = await encodeCatalog({ version: bundled.version + 1, date: '2026-12-01', knowledge: EXTENDED_RULES }, await realProcedures());
});

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  remote = () => new Response(JSON.stringify(newer));
  sender = sidePanelSender();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === fakeBrowser.runtime.getURL('/catalog.json')) return new Response(JSON.stringify(bundled));
    if (url === REMOTE_URL) return remote();
    if (url === `${REMOTE_URL}.sig`) return signatureOf(remote());
    throw new TypeError(`offline: ${url}`);
  });
  // A fresh background: module state (the open database, the search index) starts over.
  vi.resetModules();
  const { catalogHandlers, startCatalog } = await import('@/entrypoints/background/handlers/catalog');
  const { settingsHandlers } = await import('@/entrypoints/background/handlers/settings');
  ({ wipeCitizenData } = await import('@/entrypoints/background/session-scope'));
  // Only these domains' messages are sent here.
  const route = createRouter({ ...settingsHandlers, ...catalogHandlers } as Partial<Handlers> as Handlers, fakeBrowser.runtime.id);
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  startCatalog();
});

describe('catalog handlers in the background', () => {
  it('import the bundled catalog when the extension is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    // Read the store directly: asking the handlers would fill it on first use anyway.
    const db = await openCatalogDb();
    await vi.waitFor(async () => expect((await readCatalogMeta(db))?.version).toBe(bundled.version), WAIT);
    db.close();
    const status = await ask({ type: 'catalog/status' });
    expect(status).toEqual({
      meta: { version: bundled.version, date: bundled.date, source: 'bundle', count: bundled.procedures.length, sha256: bundled.sha256 },
      lastUpdate: null,
      hasUpdateUrl: false,
    });
  });

  it('search accent-free and return the procedure by code', async () => {
    const { results } = await ask({ type: 'catalog/search', query: 'dang ky khai sinh' });
    expect(results[0]).toMatchObject({ code: KHAI_SINH.code, name: KHAI_SINH.name });
    const { procedure, owned } = await ask({ type: 'catalog/get', code: KHAI_SINH.code });
    expect(procedure).toMatchObject({ code: KHAI_SINH.code, id: KHAI_SINH.id, source: 'bundle' });
    expect(owned).toEqual([]);
    expect(await ask({ type: 'catalog/get', code: 'không-có' })).toEqual({ procedure: null, owned: [] });
  });

  it('match the procedure an other portal’s page names, from that portal’s tab, with its checklist; nothing for a name it does not hold', async () => {
    fromPortalTab('https://dichvucongbyt.moh.gov.vn/thu-tuc/chi-tiet?ma=1.004194');
    const { procedure } = await ask({ type: 'catalog/match', code: null, name: 'Đăng ký tạm trú' });
    expect(procedure).toMatchObject({ code: '1.004194', name: 'Đăng ký tạm trú' });
    expect(procedure?.checklist?.items.length).toBeGreaterThan(0);
    expect(await ask({ type: 'catalog/match', code: null, name: 'Tách sổ hộ khẩu' })).toEqual({ procedure: null });
  });

  it('keep a detail page’s checklist and the citizen’s ticks, both removed by the session wipe', async () => {
    fromPortalTab(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`);
    expect(
      await ask({
        type: 'catalog/upsert-from-page', sessionId: await sessionIdNow(),
        procedure: { code: KHAI_SINH.code, name: KHAI_SINH.name },
        checklist: { items: [GIAY_CHUNG_SINH], unread: [] },
      }),
    ).toEqual({ stored: true });
    sender = sidePanelSender();
    await ask({ type: 'catalog/owned-set', sessionId: await sessionIdNow(), code: KHAI_SINH.code, item: ownedKey(GIAY_CHUNG_SINH), owned: true });
    const seen = await ask({ type: 'catalog/get', code: KHAI_SINH.code });
    expect(seen.procedure).toMatchObject({ source: 'page', checklist: { unread: [] } });
    // What the page showed, and the skips Phụ lục I of NQ 66.7 gives this procedure (the page knows nothing of them).
    const [shown, ...carried] = seen.procedure?.checklist?.items ?? [];
    expect(shown).toEqual(GIAY_CHUNG_SINH);
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every(isAnnexSkip)).toBe(true);
    expect(seen.owned).toEqual([ownedKey(GIAY_CHUNG_SINH)]);

    fakeBrowser.runtime.getContexts = (async () => []) as never; // no extension tabs open
    expect(await wipeCitizenData()).toEqual([]);
    const after = await ask({ type: 'catalog/get', code: KHAI_SINH.code });
    expect(after.owned).toEqual([]);
    // Which procedure the citizen opened, and when, is theirs too.
    expect(after.procedure?.source).toBe('bundle');
  });

  it('take page reports only from the procedure’s own detail page in a portal tab', async () => {
    const report: RequestOf<'catalog/upsert-from-page'> = {
      type: 'catalog/upsert-from-page', sessionId: await sessionIdNow(),
      procedure: { code: KHAI_SINH.code, name: KHAI_SINH.name },
      checklist: { items: [{ ...GIAY_CHUNG_SINH, name: 'Mật khẩu tài khoản VNeID' }], unread: [] },
    };
    // The side panel or options page (no tab) is not the portal; a tab on another site is nobody.
    expect(await ask(report)).toEqual({ stored: false });
    fromPortalTab(`https://example.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`);
    await expect(ask(report)).rejects.toThrow('foreign-sender');
    // A portal page that is not this procedure's detail page.
    fromPortalTab('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019e0000-0000-7000-8000-000000000002');
    expect(await ask(report)).toEqual({ stored: false });
    fromPortalTab(`https://tin-tuc.dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`);
    expect(await ask(report)).toEqual({ stored: false });
    sender = sidePanelSender();
    expect(JSON.stringify(await ask({ type: 'catalog/get', code: KHAI_SINH.code }))).not.toContain('Mật khẩu');

    fromPortalTab(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`);
    expect(await ask(report)).toEqual({ stored: true });
  });

  it('refuse a page checklist that does not fit the schema, before any handler runs', async () => {
    fromPortalTab(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`);
    await expect(
      ask({
        type: 'catalog/upsert-from-page', sessionId: await sessionIdNow(),
        procedure: { code: KHAI_SINH.code, name: KHAI_SINH.name },
        checklist: { items: [{ ...GIAY_CHUNG_SINH, action: 'burn' as never }], unread: [] },
      }),
    ).rejects.toThrow('invalid-message');
  });

  it('update from the catalog URL in the settings, and say why when it fails', async () => {
    expect(await ask({ type: 'catalog/update-from-url' })).toEqual({ ok: false, reason: 'no-url' });
    await expect(ask({ type: 'settings/set', settings: { catalogUrl: 'http://catalog.example.vn/x.json' } })).rejects.toThrow();
    await ask({ type: 'settings/set', settings: { catalogUrl: REMOTE_URL } });
    remote = () => new Response(JSON.stringify({ ...newer, sha256: 'f'.repeat(64) }));
    expect(await ask({ type: 'catalog/update-from-url' })).toEqual({ ok: false, reason: 'bad-hash' });
    const failed = await ask({ type: 'catalog/status' });
    expect(failed.meta?.version).toBe(bundled.version);
    expect(failed.lastUpdate).toMatchObject({ ok: false, reason: 'bad-hash' });
    expect(failed.hasUpdateUrl).toBe(true);
    // The build's own rules are current: nothing to hand a portal tab.
    fromPortalTab(PORTAL_HOME);
    expect(await ask({ type: 'catalog/knowledge' })).toEqual({ knowledge: null });
    sender = sidePanelSender();

    remote = () => new Response(JSON.stringify(newer));
    expect(await ask({ type: 'catalog/update-from-url' })).toEqual({
      ok: true,
      version: newer.version,
      count: newer.procedures.length,
    });
    expect((await ask({ type: 'catalog/status' })).meta).toMatchObject({ version: newer.version, source: 'remote' });
    // The newer rules it brought reach a portal tab's overlay too.
    fromPortalTab(PORTAL_HOME);
    expect((await ask({ type: 'catalog/knowledge' })).knowledge).toMatchObject({ version: '2027-02-20', resolution: { validUntil: '2028-02-29' } });
  }, 60_000); // two checks of a 5,700-procedure catalog and its import

  it('check the catalog URL once a day', async () => {
    expect(await fakeBrowser.alarms.get('catalog-update')).toMatchObject({ periodInMinutes: 24 * 60 });
    await ask({ type: 'settings/set', settings: { catalogUrl: REMOTE_URL } });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'catalog-update', scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await ask({ type: 'catalog/status' })).meta?.version).toBe(newer.version), WAIT);
  });
});
