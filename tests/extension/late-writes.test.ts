import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CatalogDocument, encodeCatalog } from '@/lib/catalog/document';
import { ownedKey } from '@/lib/catalog/checklist-view';
import { ask } from '@/lib/messaging/client';
import type { Request, RequestOf, RequestType, Responses } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/messaging/router';
import type { SenderInfo } from '@/lib/messaging/senders';
import { GIAY_CHUNG_SINH, KHAI_SINH, realCatalogDocument, realProcedures } from '../support/real-catalog';
import { SAMPLE_SLIP } from '../support/sample-slip';
import { portalTabSender, sidePanelSender } from '../support/senders';

/**
 * The previous citizen's tab (or the side panel still showing them) sends a
 * write that arrives during or after "Kết thúc": a tick "đã có", a page
 * report, a slip, a guide step, a count. Each carries the session id its page
 * learned; the background must refuse it, and nothing of it may show in the
 * next citizen's session.
 */

const DETAIL = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${KHAI_SINH.id}`;
const SUCCESS = 'https://dichvucong.gov.vn/nop-ho-so/thanh-cong?ma=H12.22-261207-0001';
/** The previous citizen's paper, named so that any trace of it is found. */
const MARKER = 'Giấy của CÔNG DÂN TRƯỚC Nguyễn Thị Bích';

let bundled: CatalogDocument;
/** Who sent each message; the side panel unless `from` says otherwise. */
let sentBy: WeakMap<object, SenderInfo>;
let registerCitizenWipe: (name: string, wipe: () => unknown) => void;

beforeAll(async () => {
  // The real birth-registration record, alone: a whole catalog's import would only slow the test down.
  const real = await realCatalogDocument();
  bundled = await encodeCatalog({ version: real.version, date: real.date }, (await realProcedures()).filter((p) => p.code === KHAI_SINH.code));
});

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  sentBy = new WeakMap();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    if (String(input) === fakeBrowser.runtime.getURL('/catalog.json')) return new Response(JSON.stringify(bundled));
    throw new TypeError(`offline: ${String(input)}`);
  });
  fakeBrowser.runtime.getContexts = (async () => []) as never;
  fakeBrowser.scripting.executeScript = (async () => []) as never;
  // A fresh background: its queue, its open database and its registered wipes start over.
  vi.resetModules();
  const modules = await Promise.all([
    import('@/entrypoints/background/handlers/page'),
    import('@/entrypoints/background/handlers/settings'),
    import('@/entrypoints/background/handlers/session'),
    import('@/entrypoints/background/handlers/slip'),
    import('@/entrypoints/background/handlers/catalog'),
    import('@/entrypoints/background/handlers/guide'),
    import('@/entrypoints/background/session-scope'),
    import('@/entrypoints/background/handlers/returned'),
  ]);
  const [page, settings, session, slip, catalog, guide, scope, returned] = modules;
  registerCitizenWipe = scope.registerCitizenWipe;
  const handlers = {
    ...page.pageHandlers,
    ...settings.settingsHandlers,
    ...session.sessionHandlers,
    ...slip.slipHandlers,
    ...catalog.catalogHandlers,
    ...guide.guideHandlers,
    ...returned.createReturnedHandlers(catalog.catalog),
  };
  const route = createRouter(handlers, fakeBrowser.runtime.id);
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, sentBy.get(message) ?? sidePanelSender()).then(sendResponse);
    return true;
  });
});

/** Sends as the given sender (the previous citizen's portal tab, or the side panel). */
function from<K extends RequestType>(who: SenderInfo, message: RequestOf<K>): Promise<Responses[K]> {
  sentBy.set(message, who);
  return ask(message);
}
const portalTab = (url = DETAIL) => portalTabSender(url);

/** Every per-citizen write a page of the previous citizen can send, tagged with that citizen's id. */
function lateWrites(sessionId: string): [SenderInfo, Request][] {
  return [
    [portalTab(), { type: 'procedure/seen', sessionId, procedure: { code: KHAI_SINH.code, name: KHAI_SINH.name } }],
    [
      portalTab(),
      {
        type: 'catalog/upsert-from-page',
        sessionId,
        procedure: { code: KHAI_SINH.code, name: KHAI_SINH.name },
        checklist: { items: [{ ...GIAY_CHUNG_SINH, name: MARKER }], unread: [] },
      },
    ],
    [portalTab(), { type: 'slip/set', sessionId, slip: { ...SAMPLE_SLIP, needed: SAMPLE_SLIP.needed.map((paper) => ({ ...paper, name: MARKER })) } }],
    [portalTab(), { type: 'guide/start', sessionId, guideId: 'vneid-sign-in', procedure: null, items: null, page: null }],
    [portalTab(), { type: 'guide/advance', sessionId, event: { type: 'next', stepId: 'vneid-sign-in.open' } }],
    [portalTab(), { type: 'tally/record', sessionId, event: { kind: 'vneid-reminder' } }],
    [sidePanelSender(), { type: 'catalog/owned-set', sessionId, code: KHAI_SINH.code, item: ownedKey(GIAY_CHUNG_SINH), owned: true }],
    [sidePanelSender(), { type: 'session/set-priority', sessionId, priority: true }],
    [sidePanelSender(), { type: 'tally/record', sessionId, event: { kind: 'not-ready', reason: 'missing-papers' } }],
  ];
}

/** Everything any store holds, as text. */
async function dumpEverything(): Promise<string> {
  const parts: unknown[] = [await browser.storage.local.get(null), await browser.storage.session.get(null)];
  for (const { name, version } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await openDB(name, version);
    for (const store of db.objectStoreNames) parts.push(name, store, await db.getAll(store));
    db.close();
  }
  return JSON.stringify(parts);
}

/** What the next citizen's session shows: it must hold nothing the late writes carried. */
async function expectCleanSession() {
  const view = await ask({ type: 'session/get' });
  expect(view.session).toMatchObject({ priority: false, procedures: [], notReady: [], submittedPages: [] });
  expect(await ask({ type: 'slip/get' })).toBeNull();
  expect(await ask({ type: 'guide/get' })).toBeNull();
  const { procedure, owned } = await ask({ type: 'catalog/get', code: KHAI_SINH.code });
  expect(owned).toEqual([]);
  expect(procedure?.source).toBe('bundle');
  expect(await dumpEverything()).not.toContain(MARKER);
  const month = new Date().toISOString().slice(0, 7);
  expect((await ask({ type: 'tally/month', month })).total).toMatchObject({
    proceduresHelped: 0,
    vneidReminders: 0,
    notReadyMissingPapers: 0,
    dossiersSubmitted: 0,
  });
}

describe('a late write of the previous citizen', () => {
  it('after "Kết thúc" and a new session: every kind is refused, and nothing of it is in the new session', async () => {
    const previous = (await ask({ type: 'session/start', priority: false })).sessionId;
    await ask({ type: 'session/end' });
    const next = await ask({ type: 'session/start', priority: false });
    expect(next.sessionId).not.toBe(previous);
    expect(next.session?.id).toBe(next.sessionId);

    for (const [who, message] of lateWrites(previous)) {
      await expect(from(who, message), message.type).rejects.toThrow('stale-session');
    }
    // A success page reported with the old id still gets its overlay, and the tab learns the new id; nothing is counted.
    const seen = await from(portalTab(SUCCESS), {
      type: 'page/seen',
      sessionId: previous,
      url: SUCCESS,
      kind: 'success',
      procedureId: null,
      overlayLoaded: true,
    } as const);
    expect(seen.sessionId).toBe(next.sessionId);
    await expectCleanSession();
  });

  it('while the wipe runs: it waits for the wipe, then is refused', async () => {
    const previous = (await ask({ type: 'session/start', priority: false })).sessionId;
    // A store slow to wipe (a disk busy): the first wipe holds until the test releases it.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let wipeStarted = () => {};
    const started = new Promise<void>((resolve) => {
      wipeStarted = resolve;
    });
    registerCitizenWipe('test-slow-disk', () => {
      wipeStarted();
      return released;
    });
    const ending = ask({ type: 'session/end' });
    await started;
    // Sent while the wipe runs; none may land, not even for a moment before the wipe's end.
    const late = lateWrites(previous).map(([who, message]) => from(who, message).then(() => message.type, () => null));
    release();
    await ending;
    expect((await Promise.all(late)).filter(Boolean)).toEqual([]);
    await ask({ type: 'session/start', priority: false });
    await expectCleanSession();
  });

  it('the same writes with the current id land (the refusal is the id’s doing)', async () => {
    await ask({ type: 'session/start', priority: false });
    await ask({ type: 'session/end' });
    const current = (await ask({ type: 'session/start', priority: false })).sessionId;
    for (const [who, message] of lateWrites(current)) await from(who, message);
    const view = await ask({ type: 'session/get' });
    expect(view.session).toMatchObject({ priority: true, procedures: [{ code: KHAI_SINH.code }], notReady: ['missing-papers'] });
    expect((await ask({ type: 'slip/get' }))?.needed[0]?.name).toBe(MARKER);
    expect(await ask({ type: 'guide/get' })).not.toBeNull();
    expect((await ask({ type: 'catalog/get', code: KHAI_SINH.code })).owned).toEqual([ownedKey(GIAY_CHUNG_SINH)]);
  });

  it('in personal mode, "Xóa dữ liệu của tôi" cuts off the writes sent before it too', async () => {
    const before = (await ask({ type: 'session/get' })).sessionId;
    const cleared = await ask({ type: 'session/clear-personal' });
    expect(cleared.view.sessionId).not.toBe(before);
    await expect(from(portalTab(), { type: 'slip/set', sessionId: before, slip: SAMPLE_SLIP } as const)).rejects.toThrow('stale-session');
    expect(await ask({ type: 'slip/get' })).toBeNull();
  });
});
