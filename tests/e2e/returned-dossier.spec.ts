import { axeFindings } from '../support/a11y';
import { backgroundOf } from '../support/background';
import { expect, PROCEDURES, test, openSidePanel } from './fixtures';

/** The extension API inside the service worker, where `evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

const { ketHon } = PROCEDURES;
const HO_KHAU = 'Bản sao sổ hộ khẩu';
const Y_TE = 'Giấy xác nhận của cơ sở y tế';
/** The marriage checklist's identity row (Phụ lục I, số 476 of NQ 66.7/2025/NQ-CP names this procedure's "Căn cước"). */
const IDENTITY = /^Hộ chiếu\/Thẻ căn cước công dân/;

test('counter staff record a returned dossier: state-held papers flagged with the article, a note to print, gone with the session but counted', async ({
  context,
  extensionId,
}) => {
  // A whole session in one flow: two axe runs and a PDF print besides the clicks (about 40 s on an idle machine).
  test.setTimeout(120_000);
  const panel = await openSidePanel(context, extensionId);
  // First run: the answer arranges the panel and the question goes away.
  await panel.getByRole('radio', { name: 'hỗ trợ công dân tại bộ phận một cửa' }).click();
  await expect(panel.getByRole('radio', { name: 'hỗ trợ công dân tại bộ phận một cửa' })).toHaveCount(0);
  const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await expect(bar.getByRole('button', { name: 'Kết thúc' })).toBeVisible();

  // The agency's request, as the helper enters it: the procedure by code, papers ticked and typed.
  await bar.getByRole('combobox', { name: 'Mã thủ tục' }).fill(ketHon.code);
  await bar.getByRole('combobox', { name: 'Mã thủ tục' }).press('Enter');
  const papers = bar.getByRole('group', { name: `Giấy tờ cơ quan yêu cầu bổ sung — ${ketHon.name}` });
  await papers.getByRole('checkbox', { name: IDENTITY }).check();
  await bar.getByRole('textbox', { name: 'Giấy tờ khác được yêu cầu (mỗi dòng một giấy tờ)' }).fill(`${HO_KHAU}\n${Y_TE}\n`);
  await bar.getByRole('button', { name: 'Ghi nhận yêu cầu bổ sung' }).press('Enter');
  await expect(bar.getByRole('status').filter({ hasText: 'Đã ghi nhận' })).toHaveText(
    'Đã ghi nhận 3 giấy tờ được yêu cầu; 2 giấy tờ Nhà nước đã có.',
  );

  const recorded = bar.getByRole('listitem').filter({ hasText: `${ketHon.name} (${ketHon.code})` });
  const paperRow = (name: string | RegExp) => recorded.getByRole('listitem').filter({ hasText: name });
  await expect(paperRow(IDENTITY)).toContainText('Nhà nước đã có trên');
  await expect(paperRow(IDENTITY)).toContainText('NQ 66.7/2025/NQ-CP, Phụ lục I, số 476');
  await expect(paperRow(HO_KHAU)).toContainText('cơ quan không được yêu cầu');
  await expect(paperRow(HO_KHAU)).toContainText('Điều 4 khoản 1 điểm b');
  await expect(paperRow(Y_TE)).toContainText('Công dân cần bổ sung');
  await expect(paperRow(Y_TE)).not.toContainText('Nhà nước đã có');
  const panelAxe = await axeFindings(panel);
  expect(panelAxe.serious).toEqual([]);
  expect(panelAxe.passed).toContain('color-contrast');

  // The note the citizen brings back.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/slip.html?returned='));
  await recorded.getByRole('button', { name: 'In phiếu cho công dân' }).click();
  const note = await opened;
  await expect(note.getByRole('heading', { level: 1 })).toHaveText('Phiếu ghi nhận yêu cầu bổ sung hồ sơ');
  await expect(note.getByText(`Thủ tục: ${ketHon.name}`)).toBeVisible();
  await expect(note.getByTestId('slip-needed').getByRole('listitem')).toHaveText([`${Y_TE} — Cơ quan yêu cầu bổ sung`]);
  const held = note.getByTestId('slip-held').getByRole('listitem');
  await expect(held).toHaveCount(2);
  await expect(held.filter({ hasText: IDENTITY })).toContainText('căn cứ: NQ 66.7/2025/NQ-CP, Phụ lục I, số 476');
  await expect(held.filter({ hasText: HO_KHAU })).toContainText('đã có trên CSDLQG về dân cư');
  await expect(note.getByRole('region', { name: 'Giấy tờ Nhà nước đã có: cơ quan không được yêu cầu nộp' })).toContainText('Điều 8');
  const noteAxe = await axeFindings(note);
  expect(noteAxe.serious).toEqual([]);
  // One A4 page on paper.
  const pdf = (await note.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  // Printing the note counts as a slip printed (the print dialog itself is the browser's).
  await note.evaluate(() => {
    window.print = () => {};
  });
  await note.getByRole('button', { name: 'In / Lưu PDF' }).click();

  // "Kết thúc": the record and its note are gone; the tally keeps the count.
  await panel.bringToFront();
  await bar.getByRole('button', { name: 'Kết thúc' }).click();
  await expect(bar.getByRole('alert')).toContainText('Dữ liệu của công dân đã được xóa');
  await expect.poll(() => note.isClosed()).toBe(true);
  await expect(bar.getByText(Y_TE)).toHaveCount(0);
  const left = JSON.stringify(
    await (await backgroundOf(context, extensionId)).evaluate(async () => [await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
  );
  expect(left).not.toContain(Y_TE);
  expect(left).not.toContain(HO_KHAU);
  await panel.getByText('Thống kê hỗ trợ (ẩn danh)').click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 1 1 0' })).toBeVisible();
  // Counted for the returned dossier's own procedure: returned once, for a paper the state holds.
  await expect(panel.getByRole('row', { name: `${ketHon.code} ${ketHon.name} 0 0 1 1 0 0` })).toBeVisible();
});
