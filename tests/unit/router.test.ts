import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

function makeRouter() {
  const handlers = {
    'page/seen': vi.fn(async () => ({ overlay: false })),
    'procedure/seen': vi.fn(async () => null),
    'settings/get': vi.fn(async () => DEFAULT_SETTINGS),
    'settings/set': vi.fn(async () => DEFAULT_SETTINGS),
  } satisfies Partial<Handlers>;
  // Only these domains' messages are sent here; the other handlers are never reached.
  return { route: createRouter(handlers as unknown as Handlers, ID), handlers };
}

describe('message router', () => {
  it('answers a valid message from this extension', async () => {
    const { route, handlers } = makeRouter();
    expect(await route({ type: 'settings/get' }, { id: ID })).toEqual({ ok: true, data: DEFAULT_SETTINGS });
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
    ['unknown type', { type: 'settings/wipe-everything' }],
    ['not an object', 'settings/get'],
    ['wrong field type', { type: 'settings/set', settings: { lang: 'fr' } }],
    ['non-https catalog url', { type: 'settings/set', settings: { catalogUrl: 'http://evil.example/c.json' } }],
    ['bad page kind', { type: 'page/seen', url: 'https://x', kind: 'admin', procedureId: null, overlayLoaded: false }],
  ])('rejects a malformed message (%s)', async (_label, message) => {
    const { route, handlers } = makeRouter();
    expect(await route(message, { id: ID })).toEqual({ ok: false, error: 'invalid-message' });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error envelope', async () => {
    const { route, handlers } = makeRouter();
    handlers['settings/get'].mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await route({ type: 'settings/get' }, { id: ID })).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});
