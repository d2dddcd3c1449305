import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { sharedDataFile } from '../../scripts/shared-data';
import { assistant, currentSessionId, expect, PROCEDURES, sendFromContentScript, sendFromExtensionPage, test, openSidePanel } from './fixtures';

const DETAIL = `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`;

test('the page cannot reach the extension: no externally_connectable, postMessage ignored', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(DETAIL);
  await expect(page.locator('dvc-assistant').getByTestId('procedure-name')).toBeVisible();

  const attempt = await page.evaluate(async (id) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
    const canSend = typeof w.chrome?.runtime?.sendMessage === 'function';
    window.postMessage({ type: 'settings/set', settings: { lang: 'en', catalogUrl: 'https://evil.example/' } }, '*');
    document.dispatchEvent(new CustomEvent('settings/set', { detail: { lang: 'en' } }));
    return { canSend, id };
  }, extensionId);
  expect(attempt.canSend).toBe(false);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const settings = await sendFromExtensionPage(options, { type: 'settings/get' });
  expect(settings).toEqual({ ok: true, data: expect.objectContaining({ lang: 'vi', catalogUrl: '' }) });
});

test('script-looking text from the portal is shown as text, never run', async ({ context }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">Thủ tục <b>giả</b>';
  const line = readFileSync(sharedDataFile('portal-api.jsonl'), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"id": "${PROCEDURES.khaiSinh.id}"`) || l.includes(`"id":"${PROCEDURES.khaiSinh.id}"`));
  if (!line) throw new Error('khai sinh record not found in portal-api.jsonl');
  const record = { ...JSON.parse(line), name: hostile };
  await context.route(`https://dichvucong.gov.vn/api/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ code: 'OK', data: record }) }),
  );
  const page = await context.newPage();
  await page.goto(DETAIL);
  const name = page.locator('dvc-assistant').getByTestId('procedure-name');
  await expect(name).toHaveText(hostile);
  expect(await page.locator('dvc-assistant').evaluate((el) => el.shadowRoot?.querySelectorAll('img, b').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

/** The side panel with a session open, and the birth-registration page in a portal tab with its overlay shown. */
async function assistedPortalTab(context: BrowserContext, extensionId: string) {
  const panel = await openSidePanel(context, extensionId);
  await sendFromExtensionPage(panel, { type: 'session/start', priority: false });
  const page = await context.newPage();
  await page.goto(DETAIL);
  await expect(assistant(page).getByTestId('procedure-name')).toBeVisible();
  return { panel, page };
}

test('a subverted content script cannot change settings, end the session, reset tallies or update the catalog', async ({
  context,
  extensionId,
}) => {
  const { panel, page } = await assistedPortalTab(context, extensionId);

  const refused = { ok: false, error: 'sender-not-allowed' };
  for (const attack of [
    { type: 'settings/set', settings: { catalogUrl: 'https://evil.example/catalog.json' } },
    { type: 'session/end' },
    { type: 'session/start', priority: true },
    { type: 'tally/reset' },
    { type: 'tally/record', sessionId: 'any', event: { kind: 'slip-printed' } },
    { type: 'catalog/update-from-url' },
  ]) {
    expect(await sendFromContentScript(page, extensionId, attack), attack.type).toEqual(refused);
  }
  // What the overlay needs still works from there.
  expect(await sendFromContentScript(page, extensionId, { type: 'guide/get' })).toEqual({ ok: true, data: null });

  const settings = await sendFromExtensionPage(panel, { type: 'settings/get' });
  expect(settings).toEqual({ ok: true, data: expect.objectContaining({ catalogUrl: '' }) });
  const session = await sendFromExtensionPage(panel, { type: 'session/get' });
  expect(session).toEqual({ ok: true, data: expect.objectContaining({ mode: 'assisted', session: expect.objectContaining({ priority: false }) }) });
  const month = new Date().toISOString().slice(0, 7);
  const report = await sendFromExtensionPage(panel, { type: 'tally/month', month });
  expect(report).toEqual({ ok: true, data: expect.objectContaining({ total: expect.objectContaining({ sessions: 1, slipsPrinted: 0 }) }) });
});

test('a late write from the previous citizen’s tab is refused after the session changed; the tab then writes for the new one', async ({
  context,
  extensionId,
}) => {
  const { panel, page } = await assistedPortalTab(context, extensionId);
  const previous = await currentSessionId(panel);

  // "Kết thúc", the next citizen; the tab stays open.
  await sendFromExtensionPage(panel, { type: 'session/end' });
  await sendFromExtensionPage(panel, { type: 'session/start', priority: false });
  const stale = { ok: false, error: 'stale-session' };
  const procedure = { code: PROCEDURES.khaiSinh.code, name: PROCEDURES.khaiSinh.name };
  expect(await sendFromContentScript(page, extensionId, { type: 'procedure/seen', sessionId: previous, procedure })).toEqual(stale);
  const slip = { procedure, date: '2026-12-07', needed: [], heldByState: [] };
  expect(await sendFromContentScript(page, extensionId, { type: 'slip/set', sessionId: previous, slip })).toEqual(stale);
  const next = (await sendFromExtensionPage(panel, { type: 'session/get' })) as { data: { session: { procedures: unknown[] } } };
  expect(next.data.session.procedures).toEqual([]);
  expect(await sendFromExtensionPage(panel, { type: 'slip/get' })).toEqual({ ok: true, data: null });

  // The overlay was told the new id with the wipe: what it writes now lands.
  await assistant(page).getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await expect(assistant(page).getByRole('dialog', { name: /^Hướng dẫn/ })).toBeVisible();
  expect(await sendFromExtensionPage(panel, { type: 'guide/get' })).toEqual({ ok: true, data: expect.objectContaining({ guideId: 'online-submission' }) });
});
