import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { monthKey } from '@/lib/session/tally';
import { axeFindings } from '../support/a11y';
import { parseCsv } from '../support/csv';
import { currentSessionId, expect, PROCEDURES, sendFromExtensionPage, test, openSidePanel } from './fixtures';

const { khaiSinh, ketHon } = PROCEDURES;
const PLACE = 'Nhà văn hóa thôn 3';
const bar = (panel: Page) => panel.getByRole('region', { name: 'Phiên hỗ trợ' });

/** What the overlay reports when it recognises a procedure page, and what a portal tab reports on a success page. */
async function seeProcedure(panel: Page, procedure: { code: string; name: string }) {
  const sessionId = await currentSessionId(panel);
  expect(await sendFromExtensionPage(panel, { type: 'procedure/seen', sessionId, procedure: { code: procedure.code, name: procedure.name } })).toEqual({
    ok: true,
    data: null,
  });
  await expect(bar(panel).getByText(`${procedure.name} (${procedure.code})`)).toBeVisible();
}
async function submitted(panel: Page, url: string) {
  await sendFromExtensionPage(panel, { type: 'page/seen', sessionId: null, kind: 'success', procedureId: null, overlayLoaded: false, url });
}

async function startSession(panel: Page) {
  await bar(panel).getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await expect(bar(panel).getByRole('button', { name: 'Kết thúc' })).toBeVisible();
}
async function endSession(panel: Page) {
  await bar(panel).getByRole('button', { name: 'Kết thúc' }).click();
  await bar(panel).getByRole('button', { name: 'Đã đăng xuất xong' }).click();
}

/** "Xuất CSV" in the side panel: the file's text, as saved. */
async function exportCsv(panel: Page): Promise<Buffer> {
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Xuất CSV' }).click();
  return readFileSync(await (await download).path());
}

test('two counters’ CSVs merged in Cài đặt: summed per place and procedure, a foreign file refused by name, printed on A4, exported again', async ({
  context,
  extensionId,
}) => {
  // Two machines' months recorded in turn on one profile (the tally is reset between them), each exported as its counter would.
  test.setTimeout(120_000);
  const panel = await openSidePanel(context, extensionId);
  await panel.getByText('Thống kê hỗ trợ (ẩn danh)').click();

  // Machine 1, at the counter: a birth registration, not ready for missing papers, then submitted.
  await startSession(panel);
  await seeProcedure(panel, khaiSinh);
  await bar(panel).getByRole('button', { name: 'Còn thiếu giấy tờ' }).click();
  await expect(bar(panel).getByRole('button', { name: '✓ Còn thiếu giấy tờ' })).toBeVisible();
  await submitted(panel, 'https://dichvucong.gov.vn/thanh-cong-1');
  await endSession(panel);
  await expect(panel.getByRole('row', { name: `${khaiSinh.code} ${khaiSinh.name} 1 1 0 0 0 1` })).toBeVisible();
  const first = await exportCsv(panel);
  // "Xem và in báo cáo tháng": the month in Cài đặt, printed alone.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/options.html?month='));
  await panel.getByRole('button', { name: 'Xem và in báo cáo tháng' }).click();
  const local = await opened;
  const localReport = local.getByRole('region', { name: 'Báo cáo tháng của máy này' });
  await expect(localReport.getByRole('row', { name: `${khaiSinh.code} ${khaiSinh.name} 1 1 0 0 0 1` })).toBeVisible();
  await local.evaluate(() => {
    window.print = () => {};
  });
  await localReport.getByRole('button', { name: 'In báo cáo (A4)' }).click();
  await local.emulateMedia({ media: 'print' });
  await expect(local.getByRole('region', { name: 'Gộp báo cáo từ nhiều máy' })).toBeHidden();
  await expect(localReport.getByRole('button', { name: 'In báo cáo (A4)' })).toBeHidden();
  await expect(localReport.getByRole('row', { name: `${khaiSinh.code} ${khaiSinh.name} 1 1 0 0 0 1` })).toBeVisible();
  await local.close();
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Đặt lại' }).click();
  await panel.getByRole('button', { name: 'Xóa số liệu' }).click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 0 0 0' })).toBeVisible();

  // Machine 2: a community session at the village hall, then a citizen at the counter.
  await bar(panel).getByRole('switch', { name: 'Buổi hỗ trợ cộng đồng' }).click();
  await bar(panel).getByRole('textbox', { name: 'Địa điểm buổi hỗ trợ' }).fill(`  ${PLACE} `);
  const panelAxe = await axeFindings(panel);
  expect(panelAxe.serious).toEqual([]);
  await startSession(panel);
  await expect(bar(panel).getByText(`Buổi hỗ trợ cộng đồng: ${PLACE}`)).toBeVisible();
  await seeProcedure(panel, khaiSinh);
  await submitted(panel, 'https://dichvucong.gov.vn/thanh-cong-2');
  await endSession(panel);
  await bar(panel).getByRole('switch', { name: 'Buổi hỗ trợ cộng đồng' }).click();
  await startSession(panel);
  await seeProcedure(panel, ketHon);
  await endSession(panel);
  await expect(panel.getByRole('row', { name: `${PLACE} 1 0 0` })).toBeVisible();
  const second = await exportCsv(panel);
  // Tallies keep the place, never a person: only the place's name is text in the file.
  expect(second.toString('utf8')).not.toContain(khaiSinh.name);

  const options = await context.newPage();
  await options.setViewportSize({ width: 794, height: 1123 }); // an A4 page's width at 96 dpi
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const merge = options.getByRole('region', { name: 'Gộp báo cáo từ nhiều máy' });
  await merge.getByLabel('Tệp báo cáo CSV của các máy').setInputFiles([
    { name: 'may-1.csv', mimeType: 'text/csv', buffer: first },
    { name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFHọ tên,Số định danh\r\n=cmd|/C calc,001090012345\r\n') },
    { name: 'may-2.csv', mimeType: 'text/csv', buffer: second },
  ]);
  await expect(merge.getByRole('alert')).toHaveText(/^Tệp “danh-sach\.csv” không phải báo cáo do tiện ích xuất/);
  await expect(merge.getByText('Gộp từ 2 tệp báo cáo.')).toBeVisible();
  const month = monthKey(new Date());
  await expect(merge.getByRole('heading', { name: `Báo cáo hỗ trợ dịch vụ công tháng ${month.slice(5)}/${month.slice(0, 4)}` })).toBeVisible();
  const byProcedure = merge.getByRole('region', { name: 'Bảng báo cáo theo thủ tục' });
  await expect(byProcedure.getByRole('row')).toHaveText([
    /^Nơi hỗ trợ/,
    // As often helped: by code.
    `Tại bộ phận một cửa${ketHon.code}${ketHon.name}100000`,
    `Tại bộ phận một cửa${khaiSinh.code}${khaiSinh.name}110001`,
    `${PLACE}${khaiSinh.code}${khaiSinh.name}110000`,
    'Tổng cộng320001',
  ]);
  await expect(merge.getByRole('row', { name: 'Tại bộ phận một cửa 2 0 0' })).toBeVisible();
  await expect(merge.getByRole('row', { name: `${PLACE} 1 0 0` })).toBeVisible();
  await expect(merge.getByRole('row', { name: 'Tổng cộng 3 0 0' })).toBeVisible();
  const axe = await axeFindings(options);
  expect(axe.serious).toEqual([]);
  expect(axe.passed).toContain('color-contrast');

  // The merged month, exported: the same CSV format, with its BOM, read back.
  const download = options.waitForEvent('download');
  await merge.getByRole('button', { name: 'Xuất CSV' }).click();
  const merged = await download;
  expect(merged.suggestedFilename()).toBe(`thong-ke-ho-tro-gop-${month}.csv`);
  const bytes = readFileSync(await merged.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  expect(rows.find((r) => r[1] === PLACE && r[2] === khaiSinh.code)?.slice(3, 6)).toEqual(['0', '1', '1']);
  expect(rows.at(-1)?.slice(0, 6)).toEqual(['Tổng cộng', '', '', '3', '3', '2']);

  // Printed: only the merged report, without the page's controls, as wide as the page.
  await options.evaluate(() => {
    window.print = () => {}; // the print dialog itself is the browser's; what it prints is checked below
  });
  await merge.getByRole('button', { name: 'In báo cáo (A4)' }).click();
  await options.emulateMedia({ media: 'print' });
  await expect(options.getByRole('button', { name: 'Lưu cài đặt' })).toBeHidden();
  await expect(options.getByRole('region', { name: 'Báo cáo tháng của máy này' })).toBeHidden();
  await expect(merge.getByLabel('Tệp báo cáo CSV của các máy')).toBeHidden();
  await expect(byProcedure.getByRole('row', { name: /^Tổng cộng/ })).toBeVisible();
  const fits = await options.evaluate(() => {
    const table = document.querySelector('.dvc-printing table');
    return table ? table.getBoundingClientRect().right <= document.documentElement.clientWidth : false;
  });
  expect(fits).toBe(true);
  const pdf = (await options.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
});
