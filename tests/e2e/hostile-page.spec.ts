import { readFileSync } from 'node:fs';
import { sharedDataFile } from '../../scripts/shared-data';
import { expect, PROCEDURES, sendFromExtensionPage, test } from './fixtures';

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
