import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SIDE_PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const DETAIL = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019e0000-0000-7000-8000-000000000002';
/** A content script in a portal tab's top frame, as Chrome describes it. */
const portalTab = (url = DETAIL, frameId = 0) => ({ id: ID, tab: { id: 4 }, frameId, url });
/** The session id per-citizen writes carry (its value is the background's business, not the router's). */
const S = '3f2c9e1a-0000-4000-8000-000000000001';

function makeRouter() {
  const handlers = {
    'page/seen': vi.fn(async () => ({ overlay: false, sessionId: S })),
    'procedure/seen': vi.fn(async () => null),
    'settings/get': vi.fn(async () => DEFAULT_SETTINGS),
    'settings/set': vi.fn(async () => DEFAULT_SETTINGS),
    'session/start': vi.fn(async () => {
      throw new Error('reached');
    }),
    'session/end': vi.fn(async () => {
      throw new Error('reached');
    }),
    'tally/reset': vi.fn(async () => null),
    'tally/record': vi.fn(async () => ({ counted: true })),
    'catalog/update-from-url': vi.fn(async () => ({ ok: true as const, version: 1, count: 1 })),
    'catalog/get': vi.fn(async () => ({ procedure: null, owned: [] })),
  } satisfies Partial<Handlers>;
  // Only these domains' messages are sent here; the other handlers are never reached.
  return { route: createRouter(handlers as unknown as Handlers, ID), handlers };
}

describe('message router', () => {
  it('answers a valid message from this extension', async () => {
    const { route, handlers } = makeRouter();
    expect(await route({ type: 'settings/get' }, SIDE_PANEL)).toEqual({ ok: true, data: DEFAULT_SETTINGS });
    expect(handlers['settings/get']).toHaveBeenCalledOnce();
  });

  it('drops messages from another extension or a web page, before any handler runs', async () => {
    const { route, handlers } = makeRouter();
    expect(await route({ type: 'settings/get' }, { id: 'someoneelse' })).toEqual({ ok: false, error: 'foreign-sender' });
    expect(await route({ type: 'settings/get' }, { url: 'https://dichvucong.gov.vn/' })).toEqual({
      ok: false,
      error: 'foreign-sender',
    });
    expect(handlers['settings/get']).not.toHaveBeenCalled();
  });

  it.each([
    ['settings/set', { type: 'settings/set', settings: { catalogUrl: 'https://evil.example/c.json' } }],
    ['session/start', { type: 'session/start', priority: false }],
    ['session/end', { type: 'session/end' }],
    ['tally/reset', { type: 'tally/reset' }],
    ['tally/record of a slip never printed', { type: 'tally/record', sessionId: S, event: { kind: 'slip-printed' } }],
    ['catalog/update-from-url', { type: 'catalog/update-from-url' }],
    ['catalog/get (the citizen\'s ticks)', { type: 'catalog/get', code: '1.001193' }],
  ])('refuses %s from a portal tab, whatever the page makes its content script send', async (_label, message) => {
    const { route, handlers } = makeRouter();
    expect(await route(message, portalTab())).toEqual({ ok: false, error: 'sender-not-allowed' });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('lets a portal tab report what it sees and count the VNeID reminder it showed', async () => {
    const { route, handlers } = makeRouter();
    const seen = { type: 'page/seen', url: DETAIL, kind: 'procedure-detail', procedureId: null, overlayLoaded: true, sessionId: null };
    expect(await route(seen, portalTab())).toEqual({ ok: true, data: { overlay: false, sessionId: S } });
    expect(await route({ type: 'tally/record', sessionId: S, event: { kind: 'vneid-reminder' } }, portalTab())).toEqual({ ok: true, data: { counted: true } });
    expect(handlers['tally/record']).toHaveBeenCalledOnce();
  });

  it.each([
    ['a sub-frame of a portal tab', portalTab(DETAIL, 3)],
    ['a page on a host the extension does not cover', portalTab('https://dichvucong.gov.vn.evil.example/thu-tuc-hanh-chinh/x')],
    ['a plain-http portal URL', portalTab('http://dichvucong.gov.vn/')],
    ['the pre-check frame framed inside a page', { id: ID, tab: { id: 4 }, frameId: 2, url: `chrome-extension://${ID}/precheck-frame.html` }],
    ['another extension\'s page', { id: ID, url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/options.html' }],
    ['a sender without a URL', { id: ID }],
  ])('treats %s as a stranger, even for a harmless message', async (_label, sender) => {
    const { route, handlers } = makeRouter();
    expect(await route({ type: 'settings/get' }, sender)).toEqual({ ok: false, error: 'foreign-sender' });
    expect(handlers['settings/get']).not.toHaveBeenCalled();
  });

  it('takes settings, sessions and tallies from the extension\'s pages, in a tab too (the slip)', async () => {
    const { route, handlers } = makeRouter();
    expect(await route({ type: 'tally/reset' }, SIDE_PANEL)).toEqual({ ok: true, data: null });
    const slipTab = { id: ID, tab: { id: 9 }, frameId: 0, url: `chrome-extension://${ID}/slip.html` };
    expect(await route({ type: 'tally/record', sessionId: S, event: { kind: 'slip-printed' } }, slipTab)).toEqual({ ok: true, data: { counted: true } });
    expect(handlers['tally/reset']).toHaveBeenCalledOnce();
  });

  it.each([
    ['unknown type', { type: 'settings/wipe-everything' }],
    ['not an object', 'settings/get'],
    ['wrong field type', { type: 'settings/set', settings: { lang: 'fr' } }],
    ['non-https catalog url', { type: 'settings/set', settings: { catalogUrl: 'http://evil.example/c.json' } }],
    ['bad page kind', { type: 'page/seen', url: 'https://x', kind: 'admin', procedureId: null, overlayLoaded: false, sessionId: null }],
    ['a slip paper named with 30,000 characters', { type: 'slip/set', sessionId: S, slip: { procedure: null, date: '2026-12-07', needed: [{ name: 'x'.repeat(30_000), reason: 'missing', original: 1, copies: null, form: null, file: null, problems: [] }], heldByState: [] } }],
    ['a slip with 5,000 held papers', { type: 'slip/set', sessionId: S, slip: { procedure: null, date: '2026-12-07', needed: [], heldByState: Array.from({ length: 5000 }, () => ({ name: 'CCCD', heldBy: 'VNeID', legalBasis: null })) } }],
    ['a guide step id of 10,000 characters', { type: 'guide/advance', sessionId: S, event: { type: 'target-found', stepId: 's'.repeat(10_000) } }],
    ['a procedure name of 100,000 characters', { type: 'procedure/seen', sessionId: S, procedure: { code: '1.001193', name: 'n'.repeat(100_000) } }],
    ['a per-citizen write without its session id', { type: 'procedure/seen', procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' } }],
    ['a session id of 10,000 characters', { type: 'catalog/owned-set', sessionId: 's'.repeat(10_000), code: '1.001193', item: 'Giấy chứng sinh', owned: true }],
    ['a catalog URL of 10,000 characters', { type: 'settings/set', settings: { catalogUrl: `https://danhmuc.example.vn/${'a'.repeat(10_000)}` } }],
  ])('rejects a malformed message (%s)', async (_label, message) => {
    const { route, handlers } = makeRouter();
    expect(await route(message, SIDE_PANEL)).toEqual({ ok: false, error: 'invalid-message' });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error envelope', async () => {
    const { route, handlers } = makeRouter();
    handlers['settings/get'].mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await route({ type: 'settings/get' }, SIDE_PANEL)).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});
