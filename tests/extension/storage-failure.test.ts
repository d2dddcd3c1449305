import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeFailure } from '@/entrypoints/background/failure-message';
import { pageHandlers } from '@/entrypoints/background/handlers/page';
import { sessionHandlers } from '@/entrypoints/background/handlers/session';
import { settingsHandlers } from '@/entrypoints/background/handlers/settings';
import { translate } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { portalTabSender, sidePanelSender } from '../support/senders';
import { sessionIdNow } from '../support/session-id';

/** What Chromium's chrome.storage.local.set rejects with over its quota (seen in Debian's Chromium). */
const QUOTA_ERROR = 'Resource::kQuotaBytes quota exceeded';
const KHAI_SINH = { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' };
const FULL_VI = translate('vi', 'errors.storageFull');

// The same router and failure wording as entrypoints/background/index.ts.
const route = createRouter({ ...pageHandlers, ...settingsHandlers, ...sessionHandlers } as Handlers, fakeBrowser.runtime.id, describeFailure);

const local = fakeBrowser.storage.local;
const realSet = local.set.bind(local);
const realGet = local.get.bind(local);

/** From now on, writes fail like a full chrome.storage.local (only those `when` picks, if given). */
function storageFull(when: (items: Record<string, unknown>) => boolean = () => true) {
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (when(items)) throw new Error(QUOTA_ERROR);
    return realSet(items);
  });
}

const month = () => new Date().toISOString().slice(0, 7);
const stored = async () => structuredClone(await realGet(null));

beforeEach(() => {
  fakeBrowser.reset();
  // Not in the fake browser: no extension page is open in a tab.
  fakeBrowser.runtime.getContexts = (async () => []) as never;
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, sidePanelSender()).then(sendResponse);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings when the storage is full', () => {
  it('the save fails with a Vietnamese message and the saved settings stay as they were', async () => {
    const saved = await ask({ type: 'settings/set', settings: { textSize: 'large', catalogUrl: 'https://danhmuc.example.vn/c.json' } });
    const before = await stored();
    storageFull();

    const failure = ask({ type: 'settings/set', settings: { textSize: 'normal', readAloud: true, catalogUrl: '' } });
    await expect(failure).rejects.toThrow(FULL_VI);
    const message = await failure.catch((error: Error) => error.message);
    expect(message).toMatch(/^Bộ nhớ của trình duyệt dành cho tiện ích đã đầy/);
    expect(message).not.toMatch(/quota|kQuotaBytes|Error/i);

    expect(await ask({ type: 'settings/get' })).toEqual(saved);
    expect(await stored()).toEqual(before);
  });

  it("speaks the user's language, and Vietnamese when even the settings cannot be read", async () => {
    await ask({ type: 'settings/set', settings: { lang: 'en' } });
    storageFull();
    await expect(ask({ type: 'settings/set', settings: { textSize: 'large' } })).rejects.toThrow(translate('en', 'errors.storageFull'));

    vi.spyOn(local, 'get').mockRejectedValue(new Error('IO error: .../Local Extension Settings/000003.log: No space left on device'));
    await expect(ask({ type: 'settings/get' })).rejects.toThrow(translate('vi', 'errors.storageUnavailable'));
  });

  it('other failures keep their own stable codes', async () => {
    await expect(ask({ type: 'session/clear-personal' })).resolves.toBeTruthy();
    await ask({ type: 'session/start', priority: false });
    await expect(ask({ type: 'session/clear-personal' })).rejects.toThrow(/^session-open$/);
  });
});

describe('an assisted session when the storage is full', () => {
  it('a change that cannot be saved is refused in Vietnamese; the session and tallies read back unchanged, and work resumes once there is room', async () => {
    const started = await ask({ type: 'session/start', priority: false });
    await ask({ type: 'procedure/seen', sessionId: await sessionIdNow(), procedure: KHAI_SINH });
    const before = await stored();
    storageFull();

    await expect(ask({ type: 'session/set-priority', sessionId: await sessionIdNow(), priority: true })).rejects.toThrow(FULL_VI);
    await expect(ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'missing-papers' } })).rejects.toThrow(FULL_VI);
    expect(await stored()).toEqual(before);
    const view = await ask({ type: 'session/get' });
    expect(view.session).toMatchObject({ id: started.session?.id, priority: false, procedures: [KHAI_SINH], notReady: [] });
    expect((await ask({ type: 'tally/month', month: month() })).total).toMatchObject({ sessions: 1, notReadyMissingPapers: 0 });

    vi.restoreAllMocks();
    expect((await ask({ type: 'session/set-priority', sessionId: await sessionIdNow(), priority: true })).session?.priority).toBe(true);
    expect(await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'missing-papers' } })).toEqual({ counted: true });
  });

  it('a session that cannot be saved does not start, and is not counted', async () => {
    storageFull();
    await expect(ask({ type: 'session/start', priority: true })).rejects.toThrow(FULL_VI);
    expect(await ask({ type: 'session/get' })).toMatchObject({ mode: 'personal', session: null });
    expect((await ask({ type: 'tally/month', month: month() })).total.sessions).toBe(0);
  });

  it('a counted change is written whole or not at all: the session never says "counted" while the tally did not count it', async () => {
    await ask({ type: 'session/start', priority: false });
    storageFull((items) => 'tallies' in items);

    await expect(ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'no-vneid-level2' } })).rejects.toThrow(FULL_VI);
    expect((await ask({ type: 'session/get' })).session?.notReady).toEqual([]);
    expect((await ask({ type: 'tally/month', month: month() })).total.notReadyNoVneidLevel2).toBe(0);

    vi.restoreAllMocks();
    // Not lost either: the reason counts once the storage has room again.
    expect(await ask({ type: 'tally/record', sessionId: await sessionIdNow(), event: { kind: 'not-ready', reason: 'no-vneid-level2' } })).toEqual({ counted: true });
    expect((await ask({ type: 'tally/month', month: month() })).total.notReadyNoVneidLevel2).toBe(1);
  });

  it('a portal page still gets its overlay when the session cannot note the visit', async () => {
    await ask({ type: 'session/start', priority: false });
    storageFull();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const inject = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = inject as never;
    const reply = await route(
      { type: 'page/seen', sessionId: null, url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x', kind: 'procedure-detail', procedureId: 'x', overlayLoaded: false },
      portalTabSender('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x'),
    );
    expect(reply).toEqual({ ok: true, data: { overlay: true, sessionId: await sessionIdNow() } });
    expect(inject).toHaveBeenCalledOnce();
  });
});

describe('IndexedDB unavailable', () => {
  it('ending a session still ends it, wipes the other stores and says what could not be wiped', async () => {
    await ask({ type: 'session/start', priority: false });
    await browser.storage.local.set({ 'citizen:precheck': { hash: 'CONG-DAN-001' } });
    vi.stubGlobal('indexedDB', undefined);
    const ended = await ask({ type: 'session/end' });
    vi.unstubAllGlobals();
    expect(ended.mode).toBe('personal');
    expect(ended.lastEnd?.wipeErrors.some((e) => e.startsWith('indexedDB:'))).toBe(true);
    expect(await browser.storage.local.get('citizen:precheck')).toEqual({});
  });
});
