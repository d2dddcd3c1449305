import type { BrowserContext } from '@playwright/test';
import { backgroundOf } from '../support/background';
import { detailUrl } from '../support/replica/procedures';
import { expect, PROCEDURES, switchOn, test, openSidePanel } from './fixtures';

/** The extension API inside the service worker, where `evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

const { khaiSinh, tamTru } = PROCEDURES;

interface VersionUpdate {
  versions: { scriptURL: string; runningStatus: 'stopped' | 'starting' | 'running' | 'stopping' }[];
}

/**
 * Stops the extension's MV3 service worker the way Chrome does after 30 s
 * idle: CDP `ServiceWorker.stopAllWorkers` (from a session on an ordinary
 * tab — on an extension page's own session it takes the page down too).
 * Resolves once CDP reports the background stopped; `running()` then resolves
 * when it runs again.
 */
async function stopBackground(context: BrowserContext, extensionId: string) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const background = `chrome-extension://${extensionId}/background.js`;
  const statuses: string[] = [];
  const reached = (status: string) =>
    new Promise<void>((resolve) => {
      const check = () => statuses.includes(status) && resolve();
      cdp.on('ServiceWorker.workerVersionUpdated', check);
      check();
    });
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: VersionUpdate) => {
    for (const v of versions) if (v.scriptURL === background) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reached('stopped');
  statuses.length = 0;
  return { running: () => reached('running'), close: () => tab.close() };
}

test('the background stopped mid-session (MV3 worker termination): settings and the assisted session survive, the overlay still comes', async ({
  context,
  extensionId,
}) => {
  const before = await backgroundOf(context, extensionId);
  await before.evaluate(() => {
    (globalThis as { dvcMarker?: number }).dvcMarker = 1;
  });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Cỡ chữ').selectOption('large');
  await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(options.getByRole('status')).toHaveText('Đã lưu cài đặt.');

  const panel = await openSidePanel(context, extensionId);
  const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await switchOn(bar.getByRole('switch', { name: /Ưu tiên/ }));
  const portal = await context.newPage();
  await portal.goto(detailUrl(khaiSinh.id));
  await expect(bar.getByText(`${khaiSinh.name} (${khaiSinh.code})`)).toBeVisible({ timeout: 20_000 });

  const stopped = await stopBackground(context, extensionId);

  // The next message wakes it: a fresh worker (its globals gone), same state.
  await panel.reload();
  await stopped.running();
  await expect(bar.getByText('ƯU TIÊN — phục vụ trước')).toBeVisible();
  await expect(bar.getByText(`${khaiSinh.name} (${khaiSinh.code})`)).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Kết thúc' })).toBeVisible();
  await expect(bar.getByRole('alert')).toHaveCount(0); // not ended as if the browser had restarted
  const after = await backgroundOf(context, extensionId);
  expect(await after.evaluate(() => (globalThis as { dvcMarker?: number }).dvcMarker)).toBeUndefined();
  const stored = await after.evaluate(() => chrome.storage.local.get(['settings', 'citizen:session']));
  expect(stored.settings).toMatchObject({ textSize: 'large' });

  await options.reload();
  await expect(options.getByLabel('Cỡ chữ')).toHaveValue('large');

  // A portal page after the restart: the detector wakes the worker, which injects the overlay
  // and notes the procedure in the same session.
  await portal.goto(detailUrl(tamTru.id));
  await expect(portal.locator('dvc-assistant').getByTestId('procedure-name')).toHaveText(tamTru.name, { timeout: 20_000 });
  await expect(portal.locator('dvc-assistant .dvc-root')).toHaveAttribute('data-text-size', 'large');
  await expect(bar.getByText(`${tamTru.name} (${tamTru.code})`)).toBeVisible({ timeout: 20_000 });
  await expect(bar.getByText(`${khaiSinh.name} (${khaiSinh.code})`)).toBeVisible();
  await stopped.close();
});
