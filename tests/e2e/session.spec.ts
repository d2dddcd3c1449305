import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { monthKey } from '@/lib/session/tally';
import { parseCsv } from '../support/csv';
import { openSignedInFiling, samplePdf, setKnobs, uploadOnFiling } from '../support/replica/steps';
import { expect, PROCEDURES, switchOn, test, openSidePanel } from './fixtures';

/** The extension API inside the service worker, where `evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

const { khaiSinh } = PROCEDURES;
/** Stands for anything about the citizen a store may keep. */
const MARKER = 'CONG-DAN-Nguyễn Thị Bích-001190012345';

async function backgroundOf(context: BrowserContext, extensionId: string) {
  const own = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find((w) => own(w.url())) ?? (await context.waitForEvent('serviceworker', (w) => own(w.url())));
}

test('two citizens in a row: the second sees nothing of the first, the tally counts both', async ({ context, extensionId }) => {
  const background = await backgroundOf(context, extensionId);
  const panel = await openSidePanel(context, extensionId);
  const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });

  // First citizen: a priority case looking at the birth registration procedure.
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await expect(bar.getByRole('button', { name: 'Kết thúc' })).toBeVisible();
  await switchOn(bar.getByRole('switch', { name: /Ưu tiên/ }));
  await expect(bar.getByText('ƯU TIÊN — phục vụ trước')).toBeVisible();
  const portal = await context.newPage();
  await portal.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${khaiSinh.id}`);
  await expect(portal.locator('dvc-assistant').getByText(`Mã thủ tục: ${khaiSinh.code}`)).toBeVisible();
  await expect(bar.getByText(`${khaiSinh.name} (${khaiSinh.code})`)).toBeVisible();

  // Per-citizen data in every kind of store the convention covers, and an open slip.
  await background.evaluate(async (marker) => {
    await chrome.storage.session.set({ 'guide:progress': marker });
    await chrome.storage.local.set({ 'citizen:e2e': marker });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('citizen-e2e', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('files');
      open.onsuccess = () => {
        const tx = open.result.transaction('files', 'readwrite');
        tx.objectStore('files').put(marker, 'cccd.jpg');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(open.error);
    });
  }, MARKER);
  const slip = await context.newPage();
  await slip.goto(`chrome-extension://${extensionId}/slip.html`);
  await panel.bringToFront(); // a hidden tab throttles rendering, and so Playwright's clicks
  const firstId = await background.evaluate(async () => (await chrome.storage.session.get('session-id'))['session-id']);
  expect(firstId).toEqual(expect.any(String));

  await bar.getByRole('button', { name: 'Kết thúc' }).click();
  const reminder = bar.getByRole('alert');
  await expect(reminder).toContainText('Dữ liệu của công dân đã được xóa');
  await expect(reminder).toContainText('Đăng xuất tài khoản của công dân trên Cổng Dịch vụ công');
  await expect(reminder).toContainText('VNeID');
  await expect(reminder).not.toContainText('Chưa xóa được hết dữ liệu');
  await expect(bar.getByRole('link', { name: 'Mở Cổng Dịch vụ công để đăng xuất' })).toHaveAttribute(
    'href',
    'https://dichvucong.gov.vn/',
  );
  await expect.poll(() => slip.isClosed()).toBe(true);
  expect(portal.isClosed()).toBe(false);

  const left = await background.evaluate(async () => ({
    session: await chrome.storage.session.get(null),
    local: await chrome.storage.local.get(null),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  // Only the id the wipe drew for whoever comes next: random, and not the first citizen's.
  expect(left.session).toEqual({ 'session-id': expect.any(String) });
  expect(left.session['session-id']).not.toBe(firstId);
  expect(Object.keys(left.local).filter((k) => k.startsWith('citizen:'))).toEqual([]);
  expect(left.databases).not.toContain('citizen-e2e');
  expect(JSON.stringify(left)).not.toContain(MARKER);
  expect(JSON.stringify(left)).not.toContain(khaiSinh.name);

  // Second citizen: nothing of the first.
  await bar.getByRole('button', { name: 'Đã đăng xuất xong' }).click();
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await expect(bar.getByText('Chưa xem thủ tục nào.')).toBeVisible();
  // Only the anonymous monthly report names the procedure (public catalog data beside a count), nothing of the citizen.
  await expect(panel.getByText(khaiSinh.name)).toHaveCount(1);
  await expect(panel.locator('.dvc-tally td').getByText(khaiSinh.name, { exact: true })).toHaveCount(1);
  await expect(bar.getByRole('switch', { name: /Ưu tiên/ })).not.toBeChecked();
  await expect(bar.getByText('ƯU TIÊN — phục vụ trước')).toHaveCount(0);

  // The anonymous tally kept both sessions and the procedure, and exports them.
  await panel.getByText('Thống kê hỗ trợ (ẩn danh)').click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 2 0 0' })).toBeVisible();
  // The name is looked up in the catalog for the view; the tallies and the CSV keep the code only.
  await expect(panel.getByRole('row', { name: `${khaiSinh.code} ${khaiSinh.name} 1 0 0 0 0 0` })).toBeVisible();
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Xuất CSV' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  expect(rows[0]?.slice(0, 5)).toEqual(['Tháng', 'Nơi hỗ trợ', 'Mã thủ tục', 'Lượt hỗ trợ công dân', 'Thủ tục được hỗ trợ']);
  expect(rows.find((row) => row[2] === khaiSinh.code)?.slice(0, 5)).toEqual([monthKey(new Date()), '', khaiSinh.code, '0', '1']);
  expect(rows.at(-1)?.slice(0, 5)).toEqual(['Tổng cộng', '', '', '2', '1']);
  expect(bytes.toString('utf8')).not.toContain(khaiSinh.name);
});

test('resetting the tally asks first', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await panel.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await panel.getByText('Thống kê hỗ trợ (ẩn danh)').click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 1 0 0' })).toBeVisible();
  await panel.getByRole('button', { name: 'Đặt lại' }).click();
  await panel.getByRole('button', { name: 'Hủy' }).click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 1 0 0' })).toBeVisible();
  await panel.getByRole('button', { name: 'Đặt lại' }).click();
  await panel.getByRole('button', { name: 'Xóa số liệu' }).click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 0 0 0' })).toBeVisible();
});

/** The side panel with a citizen's session started from its bar, as a helper does it. */
async function startSessionInPanel(context: BrowserContext, extensionId: string) {
  const panel = await openSidePanel(context, extensionId);
  const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await expect(bar.getByRole('button', { name: 'Kết thúc' })).toBeVisible();
  return { panel, bar };
}

test('ending a session leaves the citizen’s filing tab open, and its overlay forgets the files it checked', async ({ context, extensionId }) => {
  const { panel, bar } = await startSessionInPanel(context, extensionId);

  const filing = await context.newPage();
  await setKnobs(filing, { uploadDelayMs: 100 });
  await openSignedInFiling(filing, PROCEDURES.thuongTru.id);
  await uploadOnFiling(filing, 1, samplePdf('so-dang-ky-xe-cua-cong-dan.pdf'));
  const overlay = filing.locator('dvc-assistant');
  await expect(overlay.getByText('so-dang-ky-xe-cua-cong-dan.pdf')).toBeVisible();
  const frames = () => overlay.evaluate((host) => host.shadowRoot?.querySelectorAll('iframe').length);
  expect(await frames()).toBe(1);

  await panel.bringToFront();
  await bar.getByRole('button', { name: 'Kết thúc' }).click();
  await expect(bar.getByRole('alert')).toContainText('Dữ liệu của công dân đã được xóa');
  await expect(overlay.getByText('so-dang-ky-xe-cua-cong-dan.pdf')).toHaveCount(0);
  await expect.poll(frames).toBe(0);
  expect(filing.isClosed()).toBe(false);
  // The portal's own form is untouched: the filing in progress is still there.
  await expect(filing.getByRole('row').filter({ hasText: 'Giấy chứng nhận đăng ký phương tiện' }).getByText('so-dang-ky-xe-cua-cong-dan.pdf')).toBeVisible();
});

test('typing a long form in the portal tab keeps the session in use: each keystroke burst moves its last activity', async ({ context, extensionId }) => {
  const background = await backgroundOf(context, extensionId);
  await startSessionInPanel(context, extensionId);
  const filing = await context.newPage();
  await openSignedInFiling(filing, PROCEDURES.thuongTru.id);
  const field = filing.locator('input.sd-text:not([readonly])').first();
  await expect(field).toBeVisible();

  const lastActivity = () =>
    background.evaluate(async () => ((await chrome.storage.local.get('citizen:session'))['citizen:session'] as { lastActivityAt: number }).lastActivityAt);
  // Whatever the page's load reported is in; from here only the typing can move it.
  const before = await lastActivity();
  const typedAt = Date.now();
  await field.pressSequentially('Kinh');
  await expect.poll(lastActivity).toBeGreaterThanOrEqual(Math.max(before + 1, typedAt));
});

test('a wipe that cannot finish does not start the next citizen: the bar says in Vietnamese what is left', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  // A citizen database someone keeps open and never lets go (rule 3 of the convention broken): its deletion stays blocked.
  await panel.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('citizen-e2e-stuck', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('files');
        open.onsuccess = () => {
          open.result.onversionchange = () => {};
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  const alert = bar.getByRole('alert');
  await expect(alert).toContainText('Chưa bắt đầu phiên mới: dữ liệu của người trước chưa xóa được hết.');
  await expect(alert).toContainText('Chưa xóa được hết dữ liệu (indexedDB: citizen-e2e-stuck is still open)');
  await expect(bar.getByRole('button', { name: 'Kết thúc' })).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' })).toBeVisible();
});
