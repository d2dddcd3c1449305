import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageHandlers } from '@/entrypoints/background/handlers/page';
import { createReturnedHandlers } from '@/entrypoints/background/handlers/returned';
import { installSessionLifecycle, sessionHandlers } from '@/entrypoints/background/handlers/session';
import { settingsHandlers } from '@/entrypoints/background/handlers/settings';
import { slipHandlers } from '@/entrypoints/background/handlers/slip';
import { registerCitizenWipe } from '@/entrypoints/background/session-scope';
import { ask } from '@/lib/messaging/client';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { realProcedures } from '../support/real-catalog';
import { portalTabSender, sidePanelSender } from '../support/senders';
import { sessionIdNow } from '../support/session-id';

/** The real birth-registration procedure (../shared/data/portal-api.jsonl), as the overlay reports it. */
const KHAI_SINH = { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' };
/** Stands for anything about the citizen (a name in a form draft, a file hash…). */
const MARKER = 'CONG-DAN-Nguyễn Thị Bích-001190012345';
const MIN = 60_000;

// Stores as other helpers build them, each following one rule of the convention.
const inMemory = new Map<string, string>();
registerCitizenWipe('test-memory', () => inMemory.clear());
registerCitizenWipe('test-catalog-ticks', async () => {
  const db = await openCatalog();
  await db.clear('ticks');
  db.close();
});
let brokenWipe = false;
registerCitizenWipe('test-flaky', () => {
  if (brokenWipe) throw new Error('disk busy');
});

function openCatalog() {
  return openDB('catalog', 1, {
    upgrade(db) {
      db.createObjectStore('procedures');
      db.createObjectStore('ticks');
    },
  });
}

/** What a session writes into every kind of store while it is open. */
async function storeCitizenData() {
  await browser.storage.session.set({ 'guide:progress': { step: 3, note: MARKER } });
  await browser.storage.local.set({ 'citizen:precheck': { hash: MARKER } });
  const own = await openDB('citizen-files', 1, { upgrade: (db) => db.createObjectStore('files') });
  await own.put('files', MARKER, 'giay-chung-sinh.jpg');
  own.close();
  const catalog = await openCatalog();
  await catalog.put('ticks', MARKER, KHAI_SINH.code);
  catalog.close();
  inMemory.set('draft', MARKER);
  await browser.tabs.create({ url: browser.runtime.getURL('/slip.html') });
}

/** Everything any store holds, as text. */
async function dumpEverything(): Promise<string> {
  const parts: unknown[] = [await browser.storage.local.get(null), await browser.storage.session.get(null), [...inMemory]];
  for (const { name, version } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await openDB(name, version);
    for (const store of db.objectStoreNames) parts.push(name, store, await db.getAll(store), await db.getAllKeys(store));
    db.close();
  }
  return JSON.stringify(parts);
}

const extensionTabs = async () =>
  (await browser.tabs.query({})).flatMap((t) => (t.url?.startsWith('chrome-extension://') ? [new URL(t.url).pathname] : []));

const timeoutAlarm = (scheduledTime: number) => ({ name: 'session-timeout', scheduledTime, persistAcrossSessions: false });

const tallyMonth = () => ask({ type: 'tally/month', month: new Date().toISOString().slice(0, 7) });

/** Returned dossiers judged against the real bundled catalog (the catalog service itself is tested in catalog.test.ts). */
const catalogProcedures = realProcedures();
const returnedHandlers = createReturnedHandlers({
  get: async (code) => ({ procedure: (await catalogProcedures).find((p) => p.code === code) ?? null, owned: [] }),
});

/** Who the next messages come from: the side panel unless a test says a portal tab. */
let sender = sidePanelSender();

beforeEach(() => {
  fakeBrowser.reset();
  sender = sidePanelSender();
  globalThis.indexedDB = new IDBFactory();
  inMemory.clear();
  brokenWipe = false;
  // Not in the fake browser: this extension's pages as Chrome lists them — pages open in tabs
  // (top frame), and the pre-check frame inside every portal tab (a sub-frame of a web page).
  fakeBrowser.runtime.getContexts = (async () =>
    (await fakeBrowser.tabs.query({})).flatMap((t) => {
      if (t.url?.startsWith(fakeBrowser.runtime.getURL('/'))) return [{ contextType: 'TAB', tabId: t.id, frameId: 0, documentUrl: t.url }];
      if (t.url?.startsWith('https://dichvucong.gov.vn/')) {
        return [{ contextType: 'TAB', tabId: t.id, frameId: 4, documentUrl: fakeBrowser.runtime.getURL('/precheck-frame.html') }];
      }
      return [];
    })) as never;
  // The fake's tabs.query compares `url` as a plain string; Chrome takes match patterns.
  const query = fakeBrowser.tabs.query;
  const matches = (pattern: string, url = '') => new RegExp(`^${pattern.replace(/[.?+^$()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(url);
  fakeBrowser.tabs.query = (async (info: { url?: string | string[] }) =>
    info.url ? (await query({})).filter((t) => [info.url ?? []].flat().some((p) => matches(p, t.url))) : query(info)) as never;
  // The fake's tabs.remove drops the tab, then looks its window up by the tab's id and throws.
  const removeTab = fakeBrowser.tabs.remove;
  fakeBrowser.tabs.remove = (async (ids: number | number[]) => {
    for (const id of [ids].flat()) await removeTab(id).catch(() => {});
  }) as never;
  // Only these domains' messages are sent here (other domains' handlers are never reached).
  const domains = { ...pageHandlers, ...settingsHandlers, ...sessionHandlers, ...slipHandlers, ...returnedHandlers };
  const route = createRouter(domains as Partial<Handlers> as Handlers, fakeBrowser.runtime.id);
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  installSessionLifecycle();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ending a session wipes everything of the citizen', () => {
  it('after "Kết thúc" nothing of the session can be read back from any store; tallies stay', async () => {
    await browser.storage.local.set({ 'catalog-meta': { version: 7 } });
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    await browser.tabs.create({ url: 'https://dichvucong.gov.vn/' });
    const started = await ask({ type: 'session/start', priority: true });
    const sessionId = started.session?.id ?? 'missing';
    expect(started.mode).toBe('assisted');
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await storeCitizenData();
    const during = await dumpEverything();
    expect(during).toContain(MARKER);
    expect(during).toContain(sessionId);
    expect(during).toContain(KHAI_SINH.name);
    expect(await extensionTabs()).toContain('/slip.html');

    const ended = await ask({ type: 'session/end' });
    expect(ended).toMatchObject({ mode: 'personal', session: null, lastEnd: { reason: 'ended', wipeErrors: [] } });

    const after = await dumpEverything();
    expect(after).not.toContain(MARKER);
    expect(after).not.toContain(sessionId);
    expect(after).not.toContain(KHAI_SINH.name);
    // Nothing but the id the next citizen's writes will carry.
    expect(await browser.storage.session.get(null)).toEqual({ 'session-id': ended.sessionId });
    expect(ended.sessionId).not.toBe(sessionId);
    expect(Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('citizen:'))).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['catalog']);
    // Shared data survives: the catalog's own store, non-citizen keys, the side panel, the portal tab.
    const catalog = await openCatalog();
    await catalog.put('procedures', KHAI_SINH, KHAI_SINH.code);
    expect(await catalog.count('ticks')).toBe(0);
    catalog.close();
    expect(await browser.storage.local.get('catalog-meta')).toEqual({ 'catalog-meta': { version: 7 } });
    expect(await extensionTabs()).toEqual(['/sidepanel.html']);
    expect(await browser.tabs.query({ url: 'https://dichvucong.gov.vn/' })).toHaveLength(1);

    const tally = await tallyMonth();
    expect(tally.total).toMatchObject({ sessions: 1, proceduresHelped: 1 });
    expect(tally.lines.map((l) => [l.code, l.counts.proceduresHelped, l.counts.sessions])).toEqual([
      [KHAI_SINH.code, 1, 0],
      ['', 0, 1],
    ]);
  });

  it('a second session sees nothing of the first, and the tallies count both', async () => {
    await ask({ type: 'session/start', priority: true });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'missing-papers' } });
    await storeCitizenData();
    await ask({ type: 'session/end' });
    const second = await ask({ type: 'session/start', priority: false });
    expect(second.session).toMatchObject({ priority: false, procedures: [], notReady: [] });
    expect(second.lastEnd).toBeNull();
    expect(await dumpEverything()).not.toContain(MARKER);
    expect((await tallyMonth()).total).toMatchObject({ sessions: 2, proceduresHelped: 1, notReadyMissingPapers: 1 });
  });

  it('starting a session wipes what an earlier user left, even without an end', async () => {
    await storeCitizenData();
    await ask({ type: 'session/start', priority: false });
    expect(await dumpEverything()).not.toContain(MARKER);
    expect(await extensionTabs()).toEqual([]);
  });

  it('leaves the citizen\'s portal tab open, pre-check frame and all, and tells it to forget its files', async () => {
    const filing = await browser.tabs.create({ url: 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=019e0000-0000-7000-8000-000000000009' });
    const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await ask({ type: 'session/start', priority: false });
    told.mockClear();
    const ended = await ask({ type: 'session/end' });
    expect((await browser.tabs.query({})).map((t) => t.id)).toContain(filing.id);
    // With the id its writes carry from now on.
    expect(told).toHaveBeenCalledWith(filing.id, { type: 'citizen/wiped', sessionId: ended.sessionId });
  });

  it('does not start the next citizen over a failed wipe: it says what is left', async () => {
    await ask({ type: 'session/start', priority: false });
    await ask({ type: 'session/end' });
    brokenWipe = true;
    const refused = await ask({ type: 'session/start', priority: true });
    expect(refused).toMatchObject({ mode: 'personal', session: null, lastEnd: { reason: 'not-started', wipeErrors: ['test-flaky: disk busy'] } });
    brokenWipe = false;
    expect(await ask({ type: 'session/start', priority: true })).toMatchObject({ mode: 'assisted', lastEnd: null });
  });

  it('a store that cannot be wiped is reported, and every other store is still wiped', async () => {
    await ask({ type: 'session/start', priority: false });
    await storeCitizenData();
    brokenWipe = true;
    const ended = await ask({ type: 'session/end' });
    expect(ended.lastEnd?.wipeErrors).toEqual(['test-flaky: disk busy']);
    expect(await dumpEverything()).not.toContain(MARKER);
  });
});

describe('a session ends on its own', () => {
  it('after the configured inactivity, through the alarm', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = new Date(2025, 6, 1, 9, 0).getTime();
    vi.setSystemTime(t0);
    await ask({ type: 'settings/set', settings: { sessionTimeoutMinutes: 10 } });
    await ask({ type: 'session/start', priority: false });
    expect((await browser.alarms.get('session-timeout'))?.scheduledTime).toBe(t0 + 10 * MIN);
    await storeCitizenData();

    // Typing in a portal form at 9:08 moves the deadline; the alarm at 9:10 only reschedules.
    vi.setSystemTime(t0 + 8 * MIN);
    sender = portalTabSender('https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=019e0000-0000-7000-8000-000000000009');
    await ask({ type: 'page/activity' });
    sender = sidePanelSender();
    vi.setSystemTime(t0 + 10 * MIN);
    await fakeBrowser.alarms.onAlarm.trigger(timeoutAlarm(t0 + 10 * MIN));
    expect((await ask({ type: 'session/get' })).mode).toBe('assisted');
    expect((await browser.alarms.get('session-timeout'))?.scheduledTime).toBe(t0 + 18 * MIN);

    vi.setSystemTime(t0 + 18 * MIN);
    await fakeBrowser.alarms.onAlarm.trigger(timeoutAlarm(t0 + 18 * MIN));
    const view = await ask({ type: 'session/get' });
    expect(view).toMatchObject({ mode: 'personal', lastEnd: { reason: 'timeout', at: t0 + 18 * MIN } });
    expect(await dumpEverything()).not.toContain(MARKER);
    expect(await browser.alarms.get('session-timeout')).toBeUndefined();
  });

  it('when the session is looked at after its deadline, even if the alarm is late', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 6, 1, 9, 0));
    await ask({ type: 'session/start', priority: false });
    await storeCitizenData();
    vi.setSystemTime(new Date(2025, 6, 1, 9, 15));
    expect((await ask({ type: 'session/touch' })).lastEnd?.reason).toBe('timeout');
    expect(await dumpEverything()).not.toContain(MARKER);
  });

  it('when the browser restarts: the leftover session ends and IndexedDB and local data go', async () => {
    await ask({ type: 'session/start', priority: true });
    await storeCitizenData();
    await browser.storage.session.clear(); // what the browser itself does on restart
    await fakeBrowser.runtime.onStartup.trigger();
    const view = await ask({ type: 'session/get' });
    expect(view).toMatchObject({ mode: 'personal', lastEnd: { reason: 'restart', wipeErrors: [] } });
    expect(await dumpEverything()).not.toContain(MARKER);
  });

  it('a browser restart in personal mode keeps the personal data', async () => {
    await browser.storage.local.set({ 'citizen:precheck': { hash: MARKER } });
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await ask({ type: 'session/get' })).lastEnd).toBeNull();
    expect(await dumpEverything()).toContain(MARKER);
  });
});

describe('tallies', () => {
  it('count only inside a session, procedures and not-ready reasons once per session', async () => {
    expect(await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'slip-printed' } })).toEqual({ counted: false });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await ask({ type: 'session/start', priority: false });
    const success = { type: 'page/seen', sessionId: null, kind: 'success', procedureId: null, overlayLoaded: false } as const;
    await ask({ ...success, url: 'https://dichvucongnganhtuphap.moj.gov.vn/thanh-cong' });
    await ask({ ...success, url: 'https://dichvucongnganhtuphap.moj.gov.vn/thanh-cong' });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    expect(await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'no-vneid-level2' } })).toEqual({ counted: true });
    expect(await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'no-vneid-level2' } })).toEqual({ counted: false });
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'vneid-reminder' } });
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'vneid-reminder' } });
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'slip-printed' } });
    expect((await tallyMonth()).total).toEqual({
      sessions: 1,
      proceduresHelped: 1,
      dossiersSubmitted: 1,
      dossiersReturned: 0,
      returnedForHeldPapers: 0,
      notReadyNoVneidLevel2: 1,
      notReadyMissingPapers: 0,
      slipsPrinted: 1,
      vneidReminders: 2,
    });
  });

  it('refuse anything but counts at the message boundary', async () => {
    await ask({ type: 'session/start', priority: false });
    const withName = { type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'slip-printed', citizen: 'Nguyễn Văn A' } };
    await expect(ask(withName as never)).rejects.toThrow('invalid-message');
    await expect(ask({ type: 'tally/month', month: '07/2025' } as never)).rejects.toThrow('invalid-message');
  });

  it('export the month as CSV and reset on request', async () => {
    await ask({ type: 'session/start', priority: false });
    const month = new Date().toISOString().slice(0, 7);
    const { filename, csv } = await ask({ type: 'tally/export', month });
    expect(filename).toBe(`thong-ke-ho-tro-${month}.csv`);
    expect(csv.startsWith('\uFEFFTháng,Nơi hỗ trợ,Mã thủ tục,Lượt hỗ trợ công dân,')).toBe(true);
    expect(csv).toContain(`\r\n${month},,,1,0,0,0,0,0,0,0,0\r\nTổng cộng,,,1,0,0,0,0,0,0,0,0\r\n`);
    await ask({ type: 'tally/reset' });
    expect((await tallyMonth()).total.sessions).toBe(0);
    expect((await ask({ type: 'session/get' })).mode).toBe('assisted');
  });
});

describe('personal mode', () => {
  it('keeps data until "Xóa dữ liệu của tôi", which is refused during an assisted session', async () => {
    await browser.storage.local.set({ 'citizen:precheck': { hash: MARKER } });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    expect((await ask({ type: 'session/get' })).mode).toBe('personal');
    expect(await dumpEverything()).toContain(MARKER);
    const cleared = await ask({ type: 'session/clear-personal' });
    expect(cleared.wipeErrors).toEqual([]);
    expect(await dumpEverything()).not.toContain(MARKER);
    await ask({ type: 'session/start', priority: false });
    await expect(ask({ type: 'session/clear-personal' })).rejects.toThrow('session-open');
  });

  it('the sign-out reminder stays until dismissed; the priority flag follows the toggle', async () => {
    await ask({ type: 'session/start', priority: false });
    expect((await ask({ type: 'session/set-priority', sessionId: await sessionIdNow(), priority: true })).session?.priority).toBe(true);
    await ask({ type: 'session/end' });
    expect((await ask({ type: 'session/get' })).lastEnd?.reason).toBe('ended');
    expect((await ask({ type: 'session/dismiss-reminder' })).lastEnd).toBeNull();
  });
});

describe('the monthly report per procedure and place', () => {
  const KET_HON = { code: '1.000894', name: 'Thủ tục đăng ký kết hôn' };
  const line = async (place: string, code: string) =>
    (await tallyMonth()).lines.find((l) => l.place === place && l.code === code)?.counts;

  it('counts what happens in a session for the procedure it is on, and a returned dossier for its own', async () => {
    await ask({ type: 'session/start', priority: false });
    // Before any procedure: the reason stays on the line without one.
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'no-vneid-level2' } });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'missing-papers' } });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KET_HON });
    await ask({ type: 'page/seen', sessionId: null, kind: 'success', procedureId: null, overlayLoaded: false, url: 'https://dichvucong.gov.vn/xong' });
    // Back to the birth registration: a returned marriage dossier still counts for marriage.
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await ask({ type: 'returned/record', code: KET_HON.code, papers: ['Bản sao sổ hộ khẩu'] });
    expect(await line('', KHAI_SINH.code)).toMatchObject({ proceduresHelped: 1, notReadyMissingPapers: 1, dossiersSubmitted: 0, dossiersReturned: 0 });
    expect(await line('', KET_HON.code)).toMatchObject({ proceduresHelped: 1, dossiersSubmitted: 1, dossiersReturned: 1, returnedForHeldPapers: 1 });
    expect(await line('', '')).toMatchObject({ sessions: 1, notReadyNoVneidLevel2: 1, notReadyMissingPapers: 0 });
  });

  it('keeps a community session’s place with its counts, never a person, and wipes the session as before', async () => {
    const started = await ask({ type: 'session/start', priority: false, place: 'Nhà văn hóa thôn 3' });
    expect(started.session?.place).toBe('Nhà văn hóa thôn 3');
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'slip-printed' } });
    await storeCitizenData();
    await ask({ type: 'session/end' });
    expect(await dumpEverything()).not.toContain(MARKER);
    expect(await line('Nhà văn hóa thôn 3', KHAI_SINH.code)).toMatchObject({ proceduresHelped: 1 });
    expect(await line('Nhà văn hóa thôn 3', '')).toMatchObject({ sessions: 1, slipsPrinted: 1 });
    expect(await line('', '')).toBeUndefined();
    // The next session at the counter counts there.
    await ask({ type: 'session/start', priority: false });
    expect(await line('', '')).toMatchObject({ sessions: 1 });
    for (const place of ['', ' thôn 3', 'thôn\n3', 'x'.repeat(81)]) {
      await expect(ask({ type: 'session/start', priority: false, place })).rejects.toThrow('invalid-message');
    }
  });
});

describe('a returned dossier', () => {
  /** Thủ tục đăng ký kết hôn (../shared/data): a civil-status procedure whose residence papers the state holds. */
  const KET_HON = '1.000894';
  const HO_KHAU = 'Bản sao sổ hộ khẩu';
  const Y_TE = 'Giấy xác nhận của cơ sở y tế';
  const returnedTotals = async () => {
    const { dossiersReturned, returnedForHeldPapers } = (await tallyMonth()).total;
    return { dossiersReturned, returnedForHeldPapers };
  };

  it('is judged by the background, kept in the session, counted, and gone with the session while the tally stays', async () => {
    await ask({ type: 'session/start', priority: false });
    const record = await ask({ type: 'returned/record', code: KET_HON, papers: [HO_KHAU, Y_TE, '  '] });
    expect(record.procedure).toEqual({ code: KET_HON, name: 'Thủ tục đăng ký kết hôn' });
    expect(record.papers.map((p) => [p.name, p.held])).toEqual([
      [HO_KHAU, true],
      [Y_TE, false],
    ]);
    expect(record.papers[0]?.legalBasis).toContain('NQ 66.7/2025/NQ-CP, Điều 4');
    await ask({ type: 'returned/record', code: KET_HON, papers: [Y_TE] });
    expect((await ask({ type: 'session/get' })).session?.returned.map((r) => r.id)).toHaveLength(2);
    expect(await returnedTotals()).toEqual({ dossiersReturned: 2, returnedForHeldPapers: 1 });

    const note = await ask({ type: 'returned/note', id: record.id });
    expect(note).toMatchObject({ kind: 'returned', needed: [{ name: Y_TE }], heldByState: [{ name: HO_KHAU }] });
    await ask({ type: 'returned/open-note', id: record.id });
    expect(await extensionTabs()).toEqual(['/slip.html']);
    expect(await dumpEverything()).toContain('hộ khẩu');

    await ask({ type: 'session/end' });
    expect(await extensionTabs()).toEqual([]);
    expect(await ask({ type: 'returned/note', id: record.id })).toBeNull();
    const left = await dumpEverything();
    expect(left).not.toContain('hộ khẩu');
    expect(left).not.toContain('y tế');
    expect(await returnedTotals()).toEqual({ dossiersReturned: 2, returnedForHeldPapers: 1 });
  });

  it('is refused from a portal page, without a session, for an unknown procedure, and when malformed', async () => {
    await expect(ask({ type: 'returned/record', code: KET_HON, papers: [HO_KHAU] })).rejects.toThrow('no-session');
    await ask({ type: 'session/start', priority: false });
    sender = portalTabSender('https://dichvucong.gov.vn/');
    await expect(ask({ type: 'returned/record', code: KET_HON, papers: [HO_KHAU] })).rejects.toThrow('sender-not-allowed');
    await expect(ask({ type: 'returned/note', id: 'x' })).rejects.toThrow('sender-not-allowed');
    await expect(ask({ type: 'returned/open-note', id: 'x' })).rejects.toThrow('sender-not-allowed');
    sender = sidePanelSender();
    await expect(ask({ type: 'returned/record', code: '9.999999', papers: [HO_KHAU] })).rejects.toThrow('unknown-procedure');
    await expect(ask({ type: 'returned/record', code: KET_HON, papers: ['', ' '] })).rejects.toThrow('no-papers');
    for (const papers of [[], Array.from({ length: 31 }, (_, i) => `Giấy ${i}`), ['x'.repeat(2001)]]) {
      await expect(ask({ type: 'returned/record', code: KET_HON, papers })).rejects.toThrow('invalid-message');
    }
    expect((await ask({ type: 'session/get' })).session?.returned).toEqual([]);
    expect(await returnedTotals()).toEqual({ dossiersReturned: 0, returnedForHeldPapers: 0 });
  });
});
