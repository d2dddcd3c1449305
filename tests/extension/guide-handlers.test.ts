import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageInfo } from '@/lib/guide/engine';
import { sessionIdNow } from '../support/session-id';

const detail: PageInfo = {
  kind: 'procedure-detail',
  site: 'portal',
  url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
};
const sender = { id: 'test', tab: { id: 1 } };

/** A fresh copy of the background's handlers, as after a service-worker restart (storage is kept). */
async function freshBackground() {
  vi.resetModules();
  return import('@/entrypoints/background/handlers/guide');
}

describe('guide progress owned by the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts, advances on reported actions and survives a service-worker restart', async () => {
    const { guideHandlers } = await freshBackground();
    const started = await guideHandlers['guide/start'](
      { type: 'guide/start', sessionId: await sessionIdNow(), guideId: 'online-submission', procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' }, items: null, page: detail },
      sender,
    );
    expect(started).toMatchObject({ index: 1, step: { id: 'vneid-sign-in.open' } });
    await guideHandlers['guide/advance']({ type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'target-missing', stepId: 'vneid-sign-in.open', page: detail } }, sender);

    const restarted = await freshBackground();
    const view = await restarted.guideHandlers['guide/get']({ type: 'guide/get' }, sender);
    expect(view).toMatchObject({ step: { id: 'province' }, guideId: 'online-submission' });
    expect(await restarted.guideActive()).toBe(true);
  });

  it('applies reports from two tabs arriving together one after the other', async () => {
    const { guideHandlers } = await freshBackground();
    await guideHandlers['guide/start']({ type: 'guide/start', sessionId: await sessionIdNow(), guideId: 'online-submission', procedure: null, items: null, page: null }, sender);
    const [a, b] = await Promise.all([
      guideHandlers['guide/advance']({ type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'action-observed', stepId: 'vneid-sign-in.open', action: 'click' } }, sender),
      guideHandlers['guide/advance']({ type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'action-observed', stepId: 'vneid-sign-in.id-number', action: 'value' } }, sender),
    ]);
    expect(a?.step.id).toBe('vneid-sign-in.id-number');
    expect(b?.step.id).toBe('vneid-sign-in.password');
    expect(b?.revision).toBe((a?.revision ?? 0) + 1);
  });

  it('stops, wipes, and treats tampered storage as no guide', async () => {
    const { guideHandlers, wipeGuide, guideActive } = await freshBackground();
    await guideHandlers['guide/start']({ type: 'guide/start', sessionId: await sessionIdNow(), guideId: 'vneid-sign-in', procedure: null, items: null, page: null }, sender);
    await guideHandlers['guide/stop']({ type: 'guide/stop', sessionId: await sessionIdNow() }, sender);
    expect(await guideHandlers['guide/get']({ type: 'guide/get' }, sender)).toBeNull();

    await guideHandlers['guide/start']({ type: 'guide/start', sessionId: await sessionIdNow(), guideId: 'vneid-sign-in', procedure: null, items: null, page: null }, sender);
    await wipeGuide();
    expect(await guideActive()).toBe(false);
    expect(await fakeBrowser.storage.session.get('guide')).toEqual({});

    await fakeBrowser.storage.session.set({ guide: { guideId: 'vneid-sign-in', stepId: 7 } });
    expect(await guideHandlers['guide/get']({ type: 'guide/get' }, sender)).toBeNull();
    expect(await guideHandlers['guide/advance']({ type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'next', stepId: 'vneid-sign-in.open' } }, sender)).toBeNull();
  });
  it('a hand-off is tied to the tab Chrome names as sender, not the one the page claims, and survives a restart', async () => {
    const { guideHandlers } = await freshBackground();
    await guideHandlers['guide/start']({ type: 'guide/start', sessionId: await sessionIdNow(), guideId: 'online-submission', procedure: null, items: null, page: detail }, sender);
    const away = await guideHandlers['guide/advance'](
      { type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'handed-off', url: 'https://dichvucong.quangninh.gov.vn/dvc/chi-tiet-thu-tuc.jsp?ma=1.004194', tabId: 99 } },
      sender,
    );
    expect(away?.handOff).toEqual({ host: 'dichvucong.quangninh.gov.vn' });
    const restarted = await freshBackground();
    // The portal in another tab (the page claiming tab 1 changes nothing): still away.
    const elsewhere = await restarted.guideHandlers['guide/advance'](
      { type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'page-changed', page: detail, tabId: 1 } },
      { id: 'test', tab: { id: 2 } },
    );
    expect(elsewhere?.handOff).not.toBeNull();
    const back = await restarted.guideHandlers['guide/advance']({ type: 'guide/advance', sessionId: await sessionIdNow(), event: { type: 'page-changed', page: detail } }, sender);
    expect(back).toMatchObject({ handOff: null, step: { id: 'back-from-other-portal' } });
  });
});
